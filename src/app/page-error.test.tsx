/**
 * A page's route error boundary (it comes with the page's code): a read that failed shows "Sorry, we
 * couldn't load …" in the page, and Try again renders the page afresh; code that could not be
 * downloaded is the portal's error page's to explain (it says to reload).
 */
import { QueryClientProvider } from '@tanstack/react-query'
import { act } from 'react'
import { LanguageProvider } from '../i18n/localized.tsx'
import { createRoot, type Root } from 'react-dom/client'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../api/api-error.ts'
import type { PortalConfig } from '../config/config.ts'
import { ConfigContext } from '../lib/config-context.ts'
import { RouteErrorPage } from '../pages/route-error-page.tsx'
import { pageErrorBoundary } from './page-error.tsx'
import { lazyView } from './router.tsx'
import { createQueryClient } from './query-client.ts'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const config: PortalConfig = {
  udsBaseUrl: 'https://cucm.example/cucm-uds',
  cupiBaseUrl: null,
  requestTimeoutMs: 5000,
}
let root: Root | null = null

afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

async function render(page: Omit<RouteObject, 'index' | 'children'>) {
  const router = createMemoryRouter(
    [{ path: '/', ErrorBoundary: RouteErrorPage, children: [{ path: 'page', ...page }] }],
    { initialEntries: ['/page'] },
  )
  const container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
  await act(async () => {
    root!.render(
      <ConfigContext.Provider value={config}>
        <LanguageProvider>
          <QueryClientProvider client={createQueryClient()}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </LanguageProvider>
      </ConfigContext.Provider>,
    )
  })
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  return container
}

describe('page error boundary', () => {
  it("a failed read: the page's own message, and Try again shows the page again", async () => {
    let fail = true
    const Component = () => {
      if (fail) throw new ApiError({ kind: 'busy', status: 503, request: 'GET /speedDials' })
      return <h1>Speed dials</h1>
    }
    const container = await render({
      lazy: lazyView(
        async () => ({ Component }),
        'Component',
        pageErrorBoundary(() => 'Speed dials'),
      ),
    })
    expect(container.textContent).toContain("Sorry, we couldn't load your settings for Speed dials")
    fail = false
    const retry = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again')
    await act(async () => retry!.click())
    for (let i = 0; i < 3; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
    expect(container.querySelector('h1')?.textContent).toBe('Speed dials')
  })

  it("code that could not be downloaded: the portal's error page", async () => {
    const notThere = new TypeError('Failed to fetch dynamically imported module: /assets/speed-dials-page.js')
    const container = await render({
      lazy: lazyView(
        () => Promise.reject(notThere),
        'Component',
        pageErrorBoundary(() => 'Speed dials'),
      ),
    })
    expect(container.textContent).toContain('This page could not be downloaded')
  })
})
