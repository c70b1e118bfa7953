// The shared foundations first, so each component's own stylesheet comes after them.
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { ConfigErrorPage } from './app/config-error-page.tsx'
import { configureClient } from './api/client.ts'
import { loadConfig } from './config/config.ts'

const root = createRoot(document.getElementById('root')!)
const result = await loadConfig()
if (result.ok) {
  configureClient({
    udsBaseUrl: result.config.udsBaseUrl,
    cupiBaseUrl: result.config.cupiBaseUrl,
    timeoutMs: result.config.requestTimeoutMs,
  })
  root.render(
    <StrictMode>
      <App config={result.config} />
    </StrictMode>,
  )
} else {
  document.title = 'Error: Phone settings is not set up'
  root.render(<ConfigErrorPage problem={result.problem} details={result.details} />)
}
