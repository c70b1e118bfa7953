/**
 * Shared helpers of the resilience suite (fault matrix, offline, hygiene, hostile input, random walk).
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, type MockControl } from '../support/fixtures.ts'

/** The timeout the portal is given in tests that make the server hang past it. */
export const SHORT_TIMEOUT_MS = 2000

/**
 * Serves this worker's own config.json with a short request timeout, so a hang past the timeout costs
 * two seconds rather than fifteen. Everything else in the config (API URLs) stays as the worker set it.
 */
export async function useShortTimeout(
  page: Page,
  request: APIRequestContext,
  baseURL: string,
  requestTimeoutMs = SHORT_TIMEOUT_MS,
) {
  const config = (await (await request.get(`${baseURL}/config.json`)).json()) as Record<string, unknown>
  await page.route('**/config.json', (route) => route.fulfill({ json: { ...config, requestTimeoutMs } }))
}

export type MockRequest = Awaited<ReturnType<MockControl['requests']>>[number]

export interface WriteTarget {
  method: 'PUT' | 'POST' | 'DELETE'
  /** The request's pathname (a trailing `*` matches any rest, as in the mock's faults). */
  path: string
}

/** Whether a URL pathname is the target's (a trailing `*` matches any rest). */
export function matchesPath(target: WriteTarget, pathname: string) {
  return target.path.endsWith('*') ? pathname.startsWith(target.path.slice(0, -1)) : pathname === target.path
}

function matches(target: WriteTarget, r: MockRequest) {
  return !r.preflight && r.method === target.method && matchesPath(target, r.path.split('?')[0] ?? '')
}

/** The write requests the mock received (preflights excluded) that hit this target. */
export async function writesTo(mock: MockControl, target: WriteTarget): Promise<MockRequest[]> {
  return (await mock.requests()).filter((r) => matches(target, r))
}

/** Every write (PUT/POST/DELETE, preflights excluded) the mock received. */
export async function allWrites(mock: MockControl): Promise<MockRequest[]> {
  return (await mock.requests()).filter((r) => !r.preflight && r.method !== 'GET')
}

/** Signs in through the form as `userId` and waits for the landing page (Profile; null: any page). */
export async function signInAs(
  page: Page,
  userId: string,
  password = 'demo',
  landing: string | null = 'Profile',
) {
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in')
  await page.getByLabel('User ID').fill(userId)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  if (landing) await expect(page.getByRole('heading', { level: 1, name: landing })).toBeVisible()
  else await expect(page.getByLabel('Password', { exact: true })).toBeHidden()
}

/** Each page's address, by its name in the nav. */
export const PAGE_PATHS: Record<string, string> = {
  Profile: '/profile',
  'Call forwarding': '/call-forwarding',
  'Do not disturb': '/do-not-disturb',
  'Speed dials': '/speed-dials',
  'Single Number Reach': '/single-number-reach',
  'PIN and password': '/pin-and-password',
}

/** Opens a page by its address: the portal asks to sign in first, then shows that page. */
export async function openSignedIn(page: Page, name: string, userId: string, password = 'demo') {
  await page.goto(PAGE_PATHS[name] ?? '/profile')
  await page.waitForURL(/\/sign-in/)
  await signInAs(page, userId, password, name)
}

/** Goes to a page through the navigation (no reload, so the session stays), waiting for its heading. */
export async function navigateTo(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: 'Settings' })
  if (!(await nav.getByRole('link', { name, exact: true }).isVisible())) {
    await page.getByRole('button', { name: 'Menu' }).click()
  }
  await nav.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

/** Not a blank screen: the shell, an h1 and some text in main are visible. */
export async function expectNotBlank(page: Page) {
  await expect(page.getByRole('banner')).toBeVisible()
  await expect(page.locator('main h1')).toBeVisible()
  const text = (await page.locator('main').innerText()).trim()
  expect(text.length, 'main has content').toBeGreaterThan(20)
}

/** The visible, non-empty role=alert elements (error summaries, problem messages, inline alerts). */
export async function visibleAlerts(page: Page): Promise<string[]> {
  return page.locator('[role="alert"]').evaluateAll((nodes) =>
    nodes
      .filter((n) => {
        const el = n as HTMLElement
        return el.offsetParent !== null && (el.innerText ?? '').trim() !== ''
      })
      // An alert inside another alert is one message.
      .filter((n) => !n.parentElement?.closest('[role="alert"]'))
      .map((n) => (n as HTMLElement).innerText.trim()),
  )
}

/** Horizontal overflow of the document in CSS pixels (0 = no sideways scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}
