/**
 * The user's journey through the portal, driven the way a person would (roles and labels), for the
 * benchmark and the request budgets. Pages that are not built yet ("You'll soon be able to …") are
 * reported as such instead of failing, so the figures cover whatever exists.
 */
import { expect, type Locator, type Page, type Request } from '@playwright/test'
import { pages } from '../src/app/routes.ts'
import type { ObservedRequest } from './requests.ts'

export interface PortalPage {
  name: string
  path: string
}

/** Every page of the portal, in navigation order (from the app's own route table). */
export const PORTAL_PAGES: PortalPage[] = pages.map(({ name, path }) => ({ name, path }))

export const DEMO = { userId: 'demo', password: 'demo' }

const PLACEHOLDER = "You'll soon be able to change this setting here."

export function mainRegion(page: Page): Locator {
  return page.getByRole('main')
}

/** The page's h1 is showing and nothing in it is still loading. */
export async function expectUsable(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible({ timeout: 15_000 })
  await expect(
    mainRegion(page)
      .getByRole('status')
      .filter({ hasText: /^Loading/ }),
  ).toHaveCount(0)
}

export async function isPlaceholder(page: Page): Promise<boolean> {
  return (await mainRegion(page).getByText(PLACEHOLDER).count()) > 0
}

/** Fills the sign-in form and clicks "Sign in" (does not wait for the result). */
export async function submitSignIn(page: Page, user = DEMO) {
  await page.getByLabel('User ID').fill(user.userId)
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

export function navLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name, exact: true })
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
}

export type ChangeOutcome = { changed: string } | { notBuilt: true } | { skipped: string }

/**
 * One typical change per page, as a user would make it; each waits for the portal's confirmation.
 * A page without its controls yet is reported, not failed.
 */
const CHANGES: Record<string, (page: Page) => Promise<ChangeOutcome>> = {
  Profile: async (page) => {
    await page.getByLabel('Display name').fill('Dana M.')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Profile saved' })).toBeVisible()
    return { changed: 'display name' }
  },
  'Call forwarding': async (page) => {
    await page.getByRole('radio', { name: 'Forward to voicemail' }).check()
    await page.getByRole('button', { name: 'Save forwarding' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Forwarding saved.' })).toBeVisible()
    return { changed: 'all lines forwarded to voicemail' }
  },
  'Do not disturb': async (page) => {
    await page.getByRole('switch', { name: 'Do not disturb' }).click()
    await expect(page.getByRole('switch', { name: 'Do not disturb' })).toBeChecked()
    await expect(page.getByRole('status').filter({ hasText: 'Do not disturb is on' })).toBeVisible()
    return { changed: 'do not disturb on' }
  },
  Phones: async (page) => {
    // Pointing at a phone starts its reads; its page then opens on them.
    const link = mainRegion(page).getByRole('link', { name: 'Settings for Dana Morgan desk phone' })
    await link.hover()
    await link.click()
    await expect(page.getByRole('heading', { level: 1, name: 'Dana Morgan desk phone' })).toBeVisible()
    await page.getByLabel('Phone name').fill('Dana’s desk')
    await page.getByRole('button', { name: 'Save name' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'The phone is now called' })).toBeVisible()
    return { changed: 'phone renamed' }
  },
  'Speed dials': async (page) => {
    await page.getByRole('link', { name: 'Add speed dial' }).click()
    await page.getByLabel('Name').fill('Dentist')
    await page.getByLabel('Number').fill('01632 960001')
    await page.getByRole('button', { name: 'Add to list' }).click()
    await page
      .getByRole('region', { name: 'Unsaved changes' })
      .getByRole('button', { name: 'Save speed dials' })
      .click()
    await expect(page.getByRole('status').filter({ hasText: 'Speed dials saved' })).toBeVisible()
    return { changed: 'speed dial added' }
  },
  'Single Number Reach': async (page) => {
    const ring = page.getByRole('switch', { name: 'Ring this phone: Mobile' })
    // The visible switch is its label (the thumb covers the native input).
    await mainRegion(page).locator('label', { hasText: 'Ring this phone' }).first().click()
    await expect(ring).not.toBeChecked()
    await expect(page.getByRole('status').filter({ hasText: 'Mobile won’t ring' })).toBeVisible()
    return { changed: 'mobile stops ringing' }
  },
  'When someone calls you': async (page) => {
    // A page that only reads: trying another time changes nothing on the server.
    const tryTime = page.getByRole('region', { name: 'Try a different time' })
    await tryTime.getByLabel('Day', { exact: true }).selectOption({ label: 'Saturday' })
    await tryTime.getByLabel('Time', { exact: true }).selectOption({ label: '10:00am' })
    await tryTime.getByRole('button', { name: 'Show' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saturday 10:00am' })).toBeVisible()
    return { changed: 'tried Saturday 10:00am (nothing saved)' }
  },
  'PIN and password': async (page) => {
    await page.getByLabel('New phone PIN', { exact: true }).fill('80417')
    await page.getByLabel('Confirm new phone PIN', { exact: true }).fill('80417')
    await page.getByRole('button', { name: 'Change phone PIN' }).click()
    await expect(
      page
        .getByRole('region', { name: 'Phone PIN' })
        .getByRole('status')
        .filter({ hasText: 'Phone PIN changed' }),
    ).toBeVisible()
    return { changed: 'phone PIN' }
  },
  Directory: async (page) => {
    await page.getByLabel('Search by name or number').fill('morgan')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: /^Showing / })).toBeVisible()
    return { changed: 'searched the directory (nothing to save)' }
  },
  'Conference Now': async (page) => {
    await page.getByLabel('New attendee access code').fill('2468')
    await page.getByRole('button', { name: 'Save access code' }).click()
    await expect(page.getByText('Access code saved.')).toBeVisible()
    return { changed: 'attendee access code' }
  },
}

export async function changeOneSetting(page: Page, portalPage: PortalPage): Promise<ChangeOutcome> {
  if (await isPlaceholder(page)) return { notBuilt: true }
  const change = CHANGES[portalPage.name]
  if (!change) return { skipped: 'no scripted change for this page yet' }
  return change(page)
}

/**
 * Records the UDS/CUPI requests the page issues, in the order the browser reports starts and ends,
 * so that round trips and parallelism can be read without looking at clocks.
 */
export class RequestRecorder {
  private seq = 0
  private readonly byRequest = new Map<Request, ObservedRequest>()
  private readonly observed: ObservedRequest[] = []
  private readonly pending: Promise<unknown>[] = []

  constructor(
    page: Page,
    private readonly apiOrigin: string,
  ) {
    page.on('request', (request) => {
      const url = new URL(request.url())
      // UDS and CUPI only: behind a same-origin proxy the portal's own files share the origin.
      if (url.origin !== this.apiOrigin || !/^\/(?:cucm-uds|vmrest)(?:\/|$)/.test(url.pathname)) return
      const entry: ObservedRequest = {
        method: request.method(),
        path: url.pathname + url.search,
        start: this.seq++,
        end: null,
      }
      this.byRequest.set(request, entry)
      this.observed.push(entry)
    })
    const finish = (request: Request) => {
      const entry = this.byRequest.get(request)
      if (!entry) return
      entry.end = this.seq++
      this.pending.push(
        request.response().then((response) => {
          entry.status = response?.status() ?? 0
        }),
      )
    }
    page.on('requestfinished', finish)
    page.on('requestfailed', finish)
  }

  /** A position in the event stream, to cut the recording into phases. */
  mark(): number {
    return this.seq++
  }

  /** Requests that started between two marks (to the end when `until` is omitted). */
  async between(from: number, until = Number.POSITIVE_INFINITY): Promise<ObservedRequest[]> {
    await Promise.all(this.pending)
    return this.observed.filter((r) => r.start > from && r.start < until).map((r) => ({ ...r }))
  }
}

/**
 * What the page asked for, on the page's own clock: every UDS or CUPI fetch as the portal called it
 * (before any CORS preflight) and when its answer's headers came. The browser's network events start a
 * preflighted request only once its preflight is answered, so on a busy machine a read asked for
 * together with the others can look late there; this log can tell "asked late" from "sent late".
 */
export const fetchLog = {
  /** Before the first navigation: wraps the page's fetch. */
  async install(page: Page) {
    await page.addInitScript(() => {
      const calls: Array<{ method: string; url: string; start: number; end: number | null }> = []
      Object.defineProperty(window, '__apiCalls', { value: calls })
      const original = window.fetch.bind(window)
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const request = input instanceof Request ? input : null
        const url = request ? request.url : String(input)
        const method = (init?.method ?? request?.method ?? 'GET').toUpperCase()
        const entry = { method, url, start: performance.now(), end: null as number | null }
        if (/\/(?:cucm-uds|vmrest)(?:\/|$|\?)/.test(new URL(url, location.href).pathname)) calls.push(entry)
        const answer = original(input, init)
        const done = () => (entry.end = performance.now())
        answer.then(done, done)
        return answer
      }
    })
  },
  /** The page's clock now (to cut the log into phases). */
  now: (page: Page): Promise<number> => page.evaluate(() => performance.now()),
  /** The calls made from `from` on (to `until`), as observed requests timed in milliseconds. */
  async between(page: Page, from: number, until = Number.POSITIVE_INFINITY): Promise<ObservedRequest[]> {
    const calls = await page.evaluate(
      () =>
        (
          window as unknown as {
            __apiCalls: Array<{ method: string; url: string; start: number; end: number | null }>
          }
        ).__apiCalls,
    )
    return calls
      .filter((c) => c.start >= from && c.start < until)
      .map((c) => {
        const url = new URL(c.url)
        return { method: c.method, path: url.pathname + url.search, start: c.start, end: c.end }
      })
  },
}
