import { test as base, expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { startMockServer } from '../../mock-server/server.ts'
import type { MockApp, PersonaSnapshot } from '../../mock-server/app.ts'
import { startPortalServer } from '../../scripts/serve-dist.ts'

export interface Servers {
  /** The built portal, served on its own origin. */
  portalUrl: string
  /** The mock UDS + CUPI server this worker's portal talks to. */
  mockUrl: string
  mock: MockApp
  /** A second mock whose CORS allow-list does not include the portal. */
  blockedMockUrl: string
  /** A port nothing listens on. */
  deadUrl: string
}

export interface Fault {
  method?: string
  path: string
  status?: number
  delayMs?: number
  count?: number
}

export interface MockControl {
  url: string
  /** Makes the next matching requests fail or wait (see mock-server/README.md). */
  fault(fault: Fault): Promise<void>
  clearFaults(): Promise<void>
  /**
   * JSON snapshot of a persona's state on the server (secrets show only as "set (n characters)"), as
   * the mock types it. (`T` only narrows it further; prefer the default.)
   */
  state(userId: string): Promise<PersonaSnapshot>
  /** Whether a persona's password, phone PIN or voicemail PIN on the server now equals `candidate`. */
  checkSecret(
    userId: string,
    secret: 'password' | 'pin' | 'voicemailPin',
    candidate: string,
  ): Promise<boolean>
  /** The UDS/CUPI requests the mock received since the last reset. */
  requests(): Promise<
    Array<{ method: string; path: string; status: number; user: string | null; preflight?: boolean }>
  >
  clearRequests(): Promise<void>
}

async function control(mock: MockApp, base: string, path: string, init?: RequestInit): Promise<Response> {
  const res = await mock.fetch(new Request(base + path, init))
  if (res.status >= 400)
    throw new Error(`${init?.method ?? 'GET'} ${path} → ${res.status}: ${await res.text()}`)
  return res
}

export const test = base.extend<{ mock: MockControl }, { servers: Servers }>({
  servers: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const base = Number(process.env.E2E_PORT_BASE ?? 9100) + workerInfo.parallelIndex * 10
      const portalOrigin = `http://127.0.0.1:${base}`
      const mockServer = await startMockServer({
        port: base + 1,
        host: '127.0.0.1',
        corsOrigins: [portalOrigin],
      })
      const blocked = await startMockServer({
        port: base + 2,
        host: '127.0.0.1',
        corsOrigins: ['https://portal.example.com'],
      })
      const deadUrl = `http://127.0.0.1:${base + 3}`
      const portal = await startPortalServer({
        port: base,
        host: '127.0.0.1',
        config: { udsBaseUrl: `${mockServer.url}/cucm-uds`, cupiBaseUrl: `${mockServer.url}/vmrest` },
        extraConnectOrigins: [blocked.url, deadUrl],
      })
      await use({
        portalUrl: portal.url,
        mockUrl: mockServer.url,
        mock: mockServer.mock,
        blockedMockUrl: blocked.url,
        deadUrl,
      })
      await Promise.all([portal.close(), mockServer.close(), blocked.close()])
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ servers }, use) => use(servers.portalUrl),
  // Automatic: every test starts from the fixtures, whether or not it uses the mock itself.
  mock: [
    async ({ servers }, use) => {
      const { mock, mockUrl } = servers
      mock.reset()
      const json = { 'Content-Type': 'application/json' }
      await use({
        url: mockUrl,
        fault: async (fault) =>
          void (await control(mock, mockUrl, '/__mock/faults', {
            method: 'POST',
            headers: json,
            body: JSON.stringify(fault),
          })),
        clearFaults: async () => void (await control(mock, mockUrl, '/__mock/faults', { method: 'DELETE' })),
        state: async (userId) =>
          (await control(mock, mockUrl, `/__mock/state/${encodeURIComponent(userId)}`)).json(),
        checkSecret: async (userId, secret, candidate) =>
          (
            (await (
              await control(mock, mockUrl, '/__mock/check-secret', {
                method: 'POST',
                headers: json,
                body: JSON.stringify({ userId, secret, candidate }),
              })
            ).json()) as { matches: boolean }
          ).matches,
        requests: async () => (await control(mock, mockUrl, '/__mock/requests')).json(),
        clearRequests: async () =>
          void (await control(mock, mockUrl, '/__mock/requests', { method: 'DELETE' })),
      })
    },
    { auto: true },
  ],
})

export { expect }

// axe-core as @axe-core/playwright uses it (its own dependency, so the two never differ).
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8')
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * An axe scan (WCAG 2.x A/AA) of the page as it is now; fails with the violations listed. The same
 * rules as AxeBuilder.withTags(...).analyze(), but axe is injected once per document and run in
 * place: AxeBuilder injects it again for every scan and finishes each run in a new blank page, which
 * made a scan cost about a second more. The portal has no frames, so nothing is missed.
 */
export async function expectAccessible(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    AXE_TAGS,
  )
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([])
}
