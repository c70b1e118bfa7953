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
import { startI18n } from './i18n/i18n.ts'
import { appMessages } from './app/messages.ts'
import { uiMessages } from './components/messages.ts'
import { LanguageProvider } from './i18n/localized.tsx'

const root = createRoot(document.getElementById('root')!)
// The first catalog's download started with the boot script (index.html), alongside this code.
const [result, words] = await Promise.all([
  loadConfig(),
  startI18n().then(
    () => true,
    () => false,
  ),
])
if (!words) {
  // Not even English's words arrived: the one message the portal has without a catalog.
  document.title = 'Phone settings could not load'
  root.render(
    <main id="main" className="main main--narrow">
      <h1 className="page-heading" lang="en">
        Phone settings could not load
      </h1>
      <p lang="en">Check your connection, then reload the page. Your phone settings are not affected.</p>
    </main>,
  )
} else if (result.ok) {
  configureClient({
    udsBaseUrl: result.config.udsBaseUrl,
    cupiBaseUrl: result.config.cupiBaseUrl,
    timeoutMs: result.config.requestTimeoutMs,
  })
  root.render(
    <StrictMode>
      <LanguageProvider>
        <App config={result.config} />
      </LanguageProvider>
    </StrictMode>,
  )
} else {
  document.title = uiMessages.errorTitle(appMessages.configTitle)
  root.render(
    <LanguageProvider>
      <ConfigErrorPage problem={result.problem} details={result.details} />
    </LanguageProvider>,
  )
}
