/**
 * Helpers only the resilience suite needs (fault matrix, offline, hygiene, hostile input, random walk):
 * a short request timeout, and what "not broken" means on any page. Signing in, moving between pages
 * and the mock are in e2e/support/, each page's controls in e2e/pages/.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { expect } from '../support/fixtures.ts'

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
