/**
 * `npm run screenshots`: every page of the built portal at desktop (1280 px), small laptop (1024 px)
 * and phone (375 px) widths, signed in as the demo personas, written to screenshots/ for design review.
 * Needs `npm run build` first.
 *
 *   SCREENSHOTS_DIR=/tmp/before SCREENSHOTS_PORT_BASE=9950 SCREENSHOTS_WIDTHS=1280,375 npm run screenshots [user…]
 *
 * SCREENSHOTS_DIR keeps a set apart (to compare before and after a change); SCREENSHOTS_PORT_BASE moves
 * the two servers' ports when several checkouts take screenshots at once.
 */
import { mkdir } from 'node:fs/promises'
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium.ts'
import { startMockServer } from '../mock-server/server.ts'
import { startPortalServer } from './serve-dist.ts'

const outDir = process.env.SCREENSHOTS_DIR
  ? new URL(`file://${process.env.SCREENSHOTS_DIR.replace(/\/?$/, '/')}`)
  : new URL('../screenshots/', import.meta.url)
const widths = (process.env.SCREENSHOTS_WIDTHS ?? '1280,1024,375').split(',').map(Number)
const pages: Array<[string, string]> = [
  ['/profile', 'Profile'],
  ['/call-forwarding', 'Call forwarding'],
  ['/do-not-disturb', 'Do not disturb'],
  ['/phones', 'Phones'],
  ['/speed-dials', 'Speed dials'],
  ['/single-number-reach', 'Single Number Reach'],
  ['/when-someone-calls', 'When someone calls you'],
  ['/pin-and-password', 'PIN and password'],
  ['/directory', 'Directory'],
  ['/conference-now', 'Conference Now'],
]

async function signIn(page: Page, userId: string) {
  await page.goto('/sign-in')
  await page.getByLabel('User ID').fill(userId)
  await page.getByLabel('Password', { exact: true }).fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor()
}

/**
 * "Your changes": two changes (a display name, do not disturb), the panel from the header, then both
 * undone through it (so the next width starts from the same data), the panel again.
 */
async function yourChanges(page: Page, userId: string, width: number) {
  const go = async (name: string) => {
    if (width < 720) await page.getByRole('button', { name: 'Menu' }).click()
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name, exact: true }).click()
    await page.getByRole('heading', { level: 1, name }).waitFor()
  }
  await go('Do not disturb')
  await page.locator('label', { hasText: 'Do not disturb' }).first().click()
  await page.getByRole('status').filter({ hasText: 'Do not disturb is on' }).first().waitFor()
  await go('Profile')
  const name = page.getByLabel('Display name')
  const before = await name.inputValue()
  await name.fill(`${before} (Sales)`)
  await page.getByRole('button', { name: 'Save profile' }).click()
  await page.getByRole('status').filter({ hasText: 'Profile saved' }).waitFor()
  await page.getByRole('button', { name: 'Your changes (2)' }).click()
  const panel = page.getByRole('dialog', { name: 'Your changes' })
  await panel.getByRole('listitem').nth(1).waitFor()
  await page.screenshot({ path: new URL(`${userId}-your-changes-${width}.png`, outDir).pathname })
  for (const what of ['Display name', 'Do not disturb']) {
    await panel
      .getByRole('button', { name: `Undo: ${what}` })
      .first()
      .click()
    await panel
      .getByRole('status')
      .filter({ hasText: `Undone: ${what}.` })
      .waitFor()
  }
  await page.screenshot({ path: new URL(`${userId}-your-changes-undone-${width}.png`, outDir).pathname })
  await panel.getByRole('button', { name: 'Close' }).click()
}

await mkdir(outDir, { recursive: true })
const portalPort = Number(process.env.SCREENSHOTS_PORT_BASE ?? 9950)
const mock = await startMockServer({
  port: portalPort + 1,
  host: '127.0.0.1',
  corsOrigins: [`http://127.0.0.1:${portalPort}`],
})
const portal = await startPortalServer({
  port: portalPort,
  config: { udsBaseUrl: `${mock.url}/cucm-uds`, cupiBaseUrl: `${mock.url}/vmrest` },
})
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
try {
  for (const userId of process.argv.slice(2).length ? process.argv.slice(2) : ['demo', 'visitor']) {
    for (const width of widths) {
      const context = await browser.newContext({ baseURL: portal.url, viewport: { width, height: 900 } })
      const page = await context.newPage()
      await page.goto('/sign-in')
      await page.screenshot({ path: new URL(`sign-in-${width}.png`, outDir).pathname, fullPage: true })
      await signIn(page, userId)
      for (const [path, name] of pages) {
        // In-app navigation: a reload would ask for the password again (credentials live in memory only).
        if (width < 720) await page.getByRole('button', { name: 'Menu' }).click()
        await page
          .getByRole('navigation', { name: 'Settings' })
          .getByRole('link', { name, exact: true })
          .click()
        await page.getByRole('heading', { level: 1, name }).waitFor()
        await page.waitForLoadState('networkidle')
        const file = new URL(`${userId}${path.replace(/\//g, '-')}-${width}.png`, outDir)
        await page.screenshot({ path: file.pathname, fullPage: true })
        if (path === '/phones') {
          // The first phone's own page (its name, lines and services), then back to the list.
          await page.locator('.phone-card-title a').first().click()
          await page.getByRole('heading', { name: 'Phone services' }).waitFor()
          await page.waitForLoadState('networkidle')
          const phone = new URL(`${userId}-phones-first-${width}.png`, outDir)
          await page.screenshot({ path: phone.pathname, fullPage: true })
        }
        if (path === '/directory') {
          // The directory with results (more than one page of them).
          await page.getByLabel('Search by name or number').fill('1312555')
          await page.getByRole('button', { name: 'Search', exact: true }).click()
          await page.getByText(/^Showing /).waitFor()
          // The top of it: the search, the count and the first people (the rest repeats).
          await page.screenshot({
            path: file.pathname.replace('.png', '-results.png'),
            fullPage: true,
            clip: { x: 0, y: 0, width, height: 1500 },
          })
        }
      }
      if (userId === 'demo') await yourChanges(page, userId, width)
      // Check connection, signed in (from the footer), once every check has its verdict.
      await page.getByRole('contentinfo').getByRole('link', { name: 'Check connection' }).click()
      await page
        .getByRole('status')
        .filter({ hasText: /^(All checks passed|Checks finished)/ })
        .waitFor()
      await page.screenshot({
        path: new URL(`${userId}-check-connection-${width}.png`, outDir).pathname,
        fullPage: true,
      })
      // Back in the shell: the header's "For the helpdesk" menu open, then its "Print settings" on
      // screen and on paper.
      await page.goBack()
      await page.locator('header summary', { hasText: 'For the helpdesk' }).click()
      await page.screenshot({
        path: new URL(`${userId}-helpdesk-menu-${width}.png`, outDir).pathname,
        clip: { x: 0, y: 0, width, height: 400 },
      })
      await page.locator('header').getByRole('link', { name: 'Print settings' }).click()
      await page.locator('article.print-document').waitFor()
      await page.screenshot({
        path: new URL(`${userId}-print-settings-${width}.png`, outDir).pathname,
        fullPage: true,
      })
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({
        path: new URL(`${userId}-print-settings-paper-${width}.png`, outDir).pathname,
        fullPage: true,
      })
      await context.close()
    }
  }
  console.log(`Screenshots in ${outDir.pathname}`)
} finally {
  await browser.close()
  await portal.close()
  await mock.close()
}
