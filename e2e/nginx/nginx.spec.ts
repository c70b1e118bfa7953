/**
 * The portal served by Debian's nginx with the site deploy/nginx generates (issue 19), in both modes:
 * a whole session through it, the headers of each kind of answer, the SPA fallback and its 404s, the
 * body cap, the phone system unreachable, and the credential rate limit.
 */
import type { Page, Response as PageResponse } from '@playwright/test'
import {
  changeOneSetting,
  expectUsable,
  navLink,
  PORTAL_PAGES,
  signOut,
  submitSignIn,
} from '../../bench/journey.ts'
import type { RequestLogEntry } from '../../mock-server/app.ts'
import type { NginxStack } from '../../scripts/lib/nginx-stack.ts'
import { PORTAL_ROUTES } from '../../scripts/lib/portal-routes.ts'
import { expect, NGINX, test } from '../support/nginx.ts'

test.skip(
  !NGINX,
  'nginx is not installed (apt-get install -y nginx; .ci/run installs it): nginx smoke tests skipped',
)

const BASIC_DEMO = `Basic ${Buffer.from('demo:demo').toString('base64')}`

async function mockLog(stack: NginxStack): Promise<RequestLogEntry[]> {
  const res = await stack.mockServer.mock.fetch(new Request(`${stack.mockUrl}/__mock/requests`))
  return (await res.json()) as RequestLogEntry[]
}

/** Sign in, open every page, change one setting on each, sign out; every response the browser saw. */
async function wholeSession(page: Page, stack: NginxStack): Promise<PageResponse[]> {
  const responses: PageResponse[] = []
  page.on('response', (response) => responses.push(response))
  await page.goto(`${stack.portalUrl}/sign-in`)
  await submitSignIn(page)
  await expectUsable(page, 'Profile')
  const changed: string[] = []
  for (const portalPage of PORTAL_PAGES) {
    if (portalPage.name !== 'Profile') {
      await navLink(page, portalPage.name).click()
      await expectUsable(page, portalPage.name)
    }
    const outcome = await changeOneSetting(page, portalPage)
    if ('changed' in outcome) changed.push(portalPage.name)
  }
  // Every page with a scripted change (bench/journey.ts) saved it: at least the six of the first release.
  expect(changed.length, changed.join(', ')).toBeGreaterThanOrEqual(6)
  await signOut(page)
  return responses
}

/** The headers of the first response whose URL path matches. */
async function headersFor(responses: PageResponse[], path: RegExp): Promise<Record<string, string>> {
  const response = responses.find((r) => path.test(new URL(r.url()).pathname))
  expect(response, `a response for ${path}`).toBeTruthy()
  return response!.allHeaders()
}

/** Headers every answer from nginx carries. */
function expectSecurityHeaders(headers: Record<string, string>, connect: string) {
  expect(headers['content-security-policy']).toContain(`connect-src ${connect};`)
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['permissions-policy']).toContain('camera=()')
}

test('same-origin mode with TLS to the phone system: a whole session, no CORS, no preflight, no cookie', async ({
  page,
  context,
  startStack,
}) => {
  const stack = await startStack({ mode: 'same-origin', tls: true })
  const responses = await wholeSession(page, stack)

  const api = responses.filter((r) => /^\/(cucm-uds|vmrest)\//.test(new URL(r.url()).pathname))
  expect(api.length).toBeGreaterThan(5)
  expect(
    api.every((r) => r.url().startsWith(stack.portalUrl)),
    'every API call goes to the portal',
  ).toBe(true)
  const log = await mockLog(stack)
  expect(log.filter((entry) => entry.preflight)).toEqual([])
  expect(log.length).toBe(api.length)

  // The mock sets a JSESSIONID on every authenticated answer, like CUCM; nginx drops it.
  expect(log.some((entry) => entry.user === 'demo')).toBe(true)
  for (const response of responses)
    expect(await response.headerValue('set-cookie'), response.url()).toBeNull()
  expect(await context.cookies()).toEqual([])

  const document = await headersFor(responses, /^\/sign-in$/)
  expectSecurityHeaders(document, "'self'")
  expect(document['cache-control']).toBe('no-cache')
  expect(document['strict-transport-security']).toBeUndefined() // plain http on this machine
  const script = await headersFor(responses, /^\/assets\/.*\.js$/)
  expect(script['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(script['content-encoding']).toBe('gzip')
  expectSecurityHeaders(script, "'self'")
  expect((await headersFor(responses, /^\/config\.json$/))['cache-control']).toBe('no-cache')
  const xml = await headersFor(responses, /^\/cucm-uds\/user\//)
  expect(xml['cache-control']).toBe('no-store')
  expectSecurityHeaders(xml, "'self'")
})

test('CORS mode: a whole session with the browser calling the phone system directly', async ({
  page,
  startStack,
}) => {
  const stack = await startStack({ mode: 'cors' })
  const responses = await wholeSession(page, stack)
  const mockOrigin = new URL(stack.mockUrl).origin
  expect(responses.some((r) => r.url().startsWith(`${mockOrigin}/cucm-uds/user/`))).toBe(true)
  expect((await mockLog(stack)).some((entry) => entry.preflight)).toBe(true)
  const document = await headersFor(responses, /^\/sign-in$/)
  expectSecurityHeaders(document, `'self' ${mockOrigin}`)
  expect((await headersFor(responses, /^\/assets\/.*\.css$/))['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  )
  // Nothing but the portal's files: no API on the portal's origin in this mode.
  expect((await fetch(`${stack.portalUrl}/cucm-uds/version`)).status).toBe(404)
})

test("the portal's routes serve the app, anything else is a 404; bodies over 64 KiB never reach CUCM", async ({
  startStack,
}) => {
  const stack = await startStack({ mode: 'same-origin' })
  const get = (path: string) => fetch(`${stack.portalUrl}${path}`)
  // Every URL of the routes table (and the public pages), and sub-pages below them.
  for (const path of ['/', ...PORTAL_ROUTES, '/speed-dials/add', '/single-number-reach/x/schedule']) {
    const res = await get(path)
    expect(res.status, path).toBe(200)
    expect(await res.text(), path).toContain('<div id="root">')
  }
  for (const path of [
    '/assets/missing.js',
    '/speed-dials.js',
    '/nothing',
    '/.vite/manifest.json',
    '/__mock/requests',
  ]) {
    const res = await get(path)
    expect(res.status, path).toBe(404)
    expect(await res.text(), path).not.toContain('<div id="root">')
    expectSecurityHeaders(Object.fromEntries(res.headers), "'self'")
  }

  const tooLarge = await fetch(`${stack.portalUrl}/cucm-uds/user/demo`, {
    method: 'PUT',
    headers: { Authorization: BASIC_DEMO, 'Content-Type': 'application/xml' },
    body: `<user><displayName>${'x'.repeat(64 * 1024)}</displayName></user>`,
  })
  expect(tooLarge.status).toBe(413)
  const fits = await fetch(`${stack.portalUrl}/cucm-uds/user/demo`, {
    method: 'PUT',
    headers: { Authorization: BASIC_DEMO, 'Content-Type': 'application/xml' },
    body: '<user><displayName>Dana M.</displayName></user>',
  })
  expect(fits.status).toBeLessThan(300)
  expect((await mockLog(stack)).filter((entry) => entry.method === 'PUT')).toHaveLength(1)
})

test("the phone system down behind nginx: the portal's own can't-reach message with its helpdesk code", async ({
  page,
  startStack,
}) => {
  const stack = await startStack({ mode: 'same-origin' })
  await page.goto(`${stack.portalUrl}/sign-in`)
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  await stack.mockServer.close()
  await submitSignIn(page)
  const alert = page.getByRole('alert').filter({ hasText: "We couldn't reach the phone system" })
  await expect(alert).toContainText('The phone system may be down')
  await expect(alert).not.toContainText('CORS')
  await alert.getByText('Details for your helpdesk').click()
  await expect(alert).toContainText('SI-NET-502')
})

test('a burst of wrong passwords from one client is cut off with 429, in the portal’s words', async ({
  page,
  startStack,
}) => {
  // A slow refill (1 a minute), so nothing frees a slot while the test runs; the shipped rate is in the settings.
  const stack = await startStack({ mode: 'same-origin', credentialRate: { perMinute: 1, burst: 5 } })
  await page.goto(`${stack.portalUrl}/sign-in`)
  const wrong = `Basic ${Buffer.from('nobody:guess').toString('base64')}`
  const statuses: number[] = []
  for (let i = 0; i < 8; i++)
    statuses.push(
      (await fetch(`${stack.portalUrl}/cucm-uds/user/nobody`, { headers: { Authorization: wrong } })).status,
    )
  expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429])
  expect((await mockLog(stack)).filter((entry) => entry.path === '/cucm-uds/user/nobody')).toHaveLength(6)

  await submitSignIn(page)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Too many sign-in attempts have come from this computer')
  await alert.getByText('Details for your helpdesk').click()
  await expect(alert).toContainText('SI-BUSY-429')
})
