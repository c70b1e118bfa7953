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
  ['/speed-dials', 'Speed dials'],
  ['/single-number-reach', 'Single Number Reach'],
  ['/when-someone-calls', 'When someone calls you'],
  ['/pin-and-password', 'PIN and password'],
]

async function signIn(page: Page, userId: string) {
  await page.goto('/sign-in')
  await page.getByLabel('User ID').fill(userId)
  await page.getByLabel('Password', { exact: true }).fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor()
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
      }
      await context.close()
    }
  }
  console.log(`Screenshots in ${outDir.pathname}`)
} finally {
  await browser.close()
  await portal.close()
  await mock.close()
}
