/**
 * Each page reads only what its route starts: every page is rendered over a cache filled by its
 * route's reads alone (what the loader and the nav link's prefetch start), and any request the page
 * then makes is a read its route did not start (a hidden extra round trip) and fails the test.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, Suspense } from 'react'
import { LanguageProvider } from '../i18n/localized.tsx'
import { createRoot, type Root } from 'react-dom/client'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMockApp, type MockApp } from '../../mock-server/app.ts'
import { configureClient } from '../api/client.ts'
import * as session from '../api/session.ts'
import type { PortalConfig } from '../config/config.ts'
import { ConfigContext } from '../lib/config-context.ts'
import { MOCK_ORIGIN } from '../testing/mock-fixtures.ts'
import { createQueryClient } from './query-client.ts'
import { openQueries, pageQueries, subQueries } from './route-reads.ts'
import { pageRoutes } from './router.tsx'
import { pages, type PageRoute } from './routes.ts'

// React's act() outside a test renderer.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const config: PortalConfig = {
  udsBaseUrl: `${MOCK_ORIGIN}/cucm-uds`,
  cupiBaseUrl: `${MOCK_ORIGIN}/vmrest`,
  requestTimeoutMs: 5000,
}
const realFetch = globalThis.fetch
let mock: MockApp
let requests: string[]
let root: Root | null = null

/** The portal's fetch, answered by the in-process mock; every request is written down. */
function recordingFetch(): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input))
    requests.push(`${init?.method ?? 'GET'} ${url.pathname}`)
    // The test DOM's AbortSignal is not Node's: the mock answers at once, so no signal is needed.
    return mock.fetch(new Request(url, { method: init?.method, headers: init?.headers, body: init?.body }))
  }
}

beforeEach(() => {
  mock = createMockApp()
  requests = []
  globalThis.fetch = recordingFetch()
  configureClient({ udsBaseUrl: config.udsBaseUrl, cupiBaseUrl: config.cupiBaseUrl, timeoutMs: 5000 })
  session.startSession('demo', session.basicHeader('demo', 'demo'))
})
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
  globalThis.fetch = realFetch
  session.endSession()
})

/** What the route starts for a page: its reads, those started when it opens, and the sub-page's own. */
async function startRouteReads(queryClient: QueryClient, page: PageRoute, url: string) {
  const sub = page.children?.find((c) => c.reads)
  const param = url.slice(page.path.length + 1)
  const subReads = sub && param ? subQueries(sub, 'demo', { deviceId: param }) : []
  const reads = [...pageQueries(page, 'demo'), ...openQueries(page, 'demo'), ...subReads]
  await Promise.all(reads.map((query) => queryClient.fetchQuery(query).catch(() => undefined)))
}

/** The page's own routes (its loaders, lazy code and sub-pages, as the portal has them) at `url`. */
async function render(queryClient: QueryClient, page: PageRoute, url: string) {
  await page.load()
  const routes = pageRoutes(queryClient).filter((route) => route.path === page.path.slice(1))
  const router = createMemoryRouter([{ path: '/', children: routes }], { initialEntries: [url] })
  const container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
  await act(async () => {
    root!.render(
      <ConfigContext.Provider value={config}>
        <LanguageProvider>
          <QueryClientProvider client={queryClient}>
            <Suspense fallback={<p>Loading</p>}>
              <RouterProvider router={router} />
            </Suspense>
          </QueryClientProvider>
        </LanguageProvider>
      </ConfigContext.Provider>,
    )
  })
  // Let effects, lazy code and anything a page starts on its own run.
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  return container
}

/** Each page's own URL, and the sub-pages that read on their own. */
const urls = [
  ...pages.map((page) => ({ page, url: page.path })),
  { page: pages.find((p) => p.path === '/speed-dials')!, url: '/speed-dials/add' },
  { page: pages.find((p) => p.path === '/single-number-reach')!, url: '/single-number-reach/add' },
  {
    page: pages.find((p) => p.path === '/single-number-reach')!,
    url: '/single-number-reach/add/schedule',
  },
  // A phone's page: that phone's reads come from its route (the desk phone, and the profile's RDP).
  {
    page: pages.find((p) => p.path === '/phones')!,
    url: '/phones/d1a00001-3333-4d4e-8f50-000000000001',
    heading: 'Dana Morgan desk phone',
  },
  {
    page: pages.find((p) => p.path === '/phones')!,
    url: '/phones/d1a00003-3333-4d4e-8f50-000000000003',
    heading: 'Dana Morgan RDP',
  },
] as { page: PageRoute; url: string; heading?: string }[]

describe('each page reads only what its route starts', () => {
  it.each(urls)('$url', async ({ page, url, heading }) => {
    const queryClient = createQueryClient()
    await startRouteReads(queryClient, page, url)
    requests = []
    const container = await render(queryClient, page, url)
    // The page really rendered (not stuck waiting for a read), and asked for nothing more.
    expect(container.querySelector('h1')?.textContent).toBeTruthy()
    if (heading) expect(container.querySelector('h1')?.textContent).toBe(heading)
    expect(requests, `${url} read what its route did not start`).toEqual([])
  })
})
