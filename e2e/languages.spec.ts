/**
 * The portal in the user's language: chosen from the browser before sign-in, from the user's phone
 * system locale after it, or in the switcher (kept in this browser, without losing a draft); Arabic
 * right to left at phone width; German's longer words at phone width; and a pseudo-locale walk of every
 * page that finds any word that never went through a catalog.
 */
import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './support/fixtures.ts'
import { words } from './support/catalog.ts'
import { asClient } from './support/mock-api.ts'
import { heading } from './support/session.ts'

/** Signs in through the form, whatever language it is in (by its fields' ids). */
async function signInAnyLanguage(page: Page, user = 'demo') {
  if (page.url() === 'about:blank') await page.goto('/sign-in')
  await page.locator('#userId').fill(user)
  await page.locator('#password').fill('demo')
  await page.locator('form button[type="submit"]').click()
  await expect(page.locator('#password')).toBeHidden()
  await expect(page.locator('h1')).toBeFocused()
}

/** Every page in the navigation, visited through its link (opening the phone's menu when there is one). */
async function eachPage(
  page: Page,
  visit: (path: string) => Promise<void>,
  half?: 'first half' | 'second half',
) {
  const links = page.locator('#site-nav a')
  const all = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  expect(all.length).toBeGreaterThanOrEqual(8)
  const middle = Math.ceil(all.length / 2)
  const paths =
    half === 'first half' ? all.slice(0, middle) : half === 'second half' ? all.slice(middle) : all
  for (const path of paths) {
    const toggle = page.locator('button[aria-controls="site-nav"]')
    if (await toggle.isVisible()) await toggle.click()
    await page.locator(`#site-nav a[href="${path}"]`).click()
    await expect(page).toHaveURL(new RegExp(`${path}$`))
    await expect(page.locator('h1')).toBeFocused()
    await expect(page.locator('.spinner')).toHaveCount(0)
    await visit(path)
  }
}

const languageMenu = (page: Page) => page.locator('.language-switcher')

/** The page is no wider than the phone; if it is, the message names what sticks out. */
async function expectNoSidewaysScroll(page: Page, path: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  if (width > 360) expect(await sticksOut(page), `${path} is ${width} px wide`).toEqual([])
  expect(width, path).toBeLessThanOrEqual(360)
}

/** Elements that stick out of the viewport sideways (what makes a page scroll sideways). */
function sticksOut(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && (box.right > innerWidth + 1 || box.left < -1)
      })
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.textContent!.trim().slice(0, 30)})`),
  )
}

/** LANGUAGE_SHOTS=/some/dir keeps a full-page screenshot of each page walked, for review. */
async function keepShot(page: Page, name: string) {
  const dir = process.env.LANGUAGE_SHOTS
  if (!dir) return
  // In pieces a reviewer can read (a whole phone-width page is too tall to look at in one).
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  const width = page.viewportSize()!.width
  for (let y = 0, i = 1; y < height; y += 1000, i++)
    await page.screenshot({
      path: `${dir}/${name}-${i}.png`,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(1000, height - y) },
    })
}

async function chooseLanguage(page: Page, name: string) {
  await languageMenu(page).locator('summary').click()
  await languageMenu(page).getByRole('button', { name, exact: true }).click()
}

test.describe('a browser that prefers German', () => {
  test.use({ locale: 'de-DE' })

  test('gets the German sign-in page, downloading only the German words', async ({ page }) => {
    const de = await words('de')
    const catalogs: string[] = []
    page.on('request', (r) => {
      if (/\/assets\/first-[^/]+\.js$/.test(r.url())) catalogs.push(r.url())
    })
    await page.goto('/sign-in')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    await expect(heading(page, de('Sign in to your phone settings'))).toBeVisible()
    await expect(page.getByRole('button', { name: de('Sign in'), exact: true })).toBeVisible()
    await expect(page).toHaveTitle(`${de('Sign in')} – ${de('Phone settings')}`)
    // The switcher names the current language in itself.
    await expect(languageMenu(page).locator('summary')).toContainText('Deutsch')
    expect(catalogs).toHaveLength(1)
  })
})

test('a user whose phone system speaks French sees the portal in French after sign-in, until sign-out', async ({
  page,
  mock,
}) => {
  const fr = await words('fr')
  // French, France (the mock's locale 2), set as an administrator would.
  await asClient(mock, 'demo', 'PUT', '/cucm-uds/user/demo', '<user><userLocale>2</userLocale></user>')
  await page.goto('/sign-in')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await signInAnyLanguage(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(heading(page, fr('Profile'))).toBeVisible()
  await expect(page.locator('#site-nav')).toContainText(fr('Call forwarding'))
  await expect(page.getByRole('button', { name: fr('Sign out') })).toBeVisible()
  // Kept for this tab: a reload (which asks for the password again) stays French.
  await page.reload()
  await expect(page.getByRole('button', { name: fr('Sign in'), exact: true })).toBeVisible()
  await signInAnyLanguage(page)
  // Sign-out: back to the browser's language for the next person.
  await page.getByRole('button', { name: fr('Sign out') }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(heading(page, 'Sign in to your phone settings')).toBeVisible()
})

test('the switcher changes the language in place, keeping a draft, and is remembered in this browser', async ({
  page,
  mock,
}) => {
  const de = await words('de')
  const es = await words('es')
  // The user's own choice beats their phone system's language.
  await asClient(mock, 'demo', 'PUT', '/cucm-uds/user/demo', '<user><userLocale>2</userLocale></user>')
  await page.goto('/sign-in')
  await chooseLanguage(page, 'Deutsch')
  await expect(heading(page, de('Sign in to your phone settings'))).toBeVisible()
  await expect(languageMenu(page).locator('summary')).toBeFocused()
  await signInAnyLanguage(page)
  await expect(heading(page, de('Profile'))).toBeVisible()

  // A draft on Profile survives switching language.
  await page.locator('#displayName').fill('Dana (draft)')
  await chooseLanguage(page, 'Español')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(heading(page, es('Profile'))).toBeVisible()
  await expect(page.locator('#displayName')).toHaveValue('Dana (draft)')
  await expect(page.getByLabel(es('Display name'))).toHaveValue('Dana (draft)')
  // Nothing was saved by switching.
  expect((await mock.state('demo')).displayName ?? '').not.toBe('Dana (draft)')

  // Remembered in this browser: a new visit starts in Spanish.
  await page.goto('/sign-in')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await chooseLanguage(page, 'English')
  await expect(heading(page, 'Sign in to your phone settings')).toBeVisible()
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  // In two halves of the navigation, each with an accessibility scan of every page it visits: as one
  // test it took 22 s on a fresh clone, three quarters of its limit.
  for (const half of ['first half', 'second half'] as const)
    test(`Arabic: right to left, no sideways scrolling, and accessible (pages of the ${half})`, async ({
      page,
    }) => {
      const ar = await words('ar')
      await page.goto('/sign-in?lang=ar')
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      await expect(heading(page, ar('Sign in to your phone settings'))).toBeVisible()
      if (half === 'first half') await expectAccessible(page)
      await signInAnyLanguage(page)
      if (half === 'first half') await keepShot(page, 'ar-360-sign-in')
      await eachPage(
        page,
        async (path) => {
          await keepShot(page, `ar-360${path.replace(/\//g, '-')}`)
          await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
          await expectNoSidewaysScroll(page, path)
          await expectAccessible(page)
        },
        half,
      )
    })

  test('German: no page scrolls sideways or clips its words', async ({ page }) => {
    await page.goto('/sign-in?lang=de')
    await signInAnyLanguage(page)
    await eachPage(page, async (path) => {
      await keepShot(page, `de-360${path.replace(/\//g, '-')}`)
      await expectNoSidewaysScroll(page, path)
      // Text cut off inside its box: an element whose content is wider than it shows, and hides the rest.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main *, header *, nav *')]
          .filter((el) => {
            const style = getComputedStyle(el)
            const hides =
              style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis'
            return (
              hides &&
              el.scrollWidth > el.clientWidth + 1 &&
              el.textContent!.trim() !== '' &&
              el.getBoundingClientRect().width > 1 &&
              !el.classList.contains('visually-hidden')
            )
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent!.trim().slice(0, 40)}`),
      )
      expect(clipped, path).toEqual([])
    })
  })
})

/**
 * Words on the page that never went through a catalog: in the pseudo-locale every message and every
 * formatted date, time and list is accented (no plain ASCII letters), so what is left in plain letters
 * is either the user's data (names, numbers, models: from the mock) or a miss.
 */
async function untranslated(page: Page, data: string[]) {
  return page.evaluate((data) => {
    const found = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      const element = node.parentElement
      if (!element || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(element.tagName)) continue
      // A language's own name in the switcher, or text marked as another language, is meant as it is.
      if (element.closest('[lang]') !== document.documentElement) continue
      let text = node.textContent ?? ''
      for (const value of data) text = text.split(value).join(' ')
      // Helpdesk codes (SI-CORS-000), addresses and times of day are the same in every language.
      text = text.replace(/\b[A-Z]+(-[A-Z0-9]+)+\b/g, ' ').replace(/https?:\/\/\S+/g, ' ')
      // Times for the helpdesk in UTC ("2026-11-30 17:52 UTC") are written the same in every language.
      text = text.replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/g, ' ')
      if (/[A-Za-z]{2,}/.test(text)) found.add((node.textContent ?? '').trim().slice(0, 80))
    }
    return [...found]
  }, data)
}

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string' && /[A-Za-z]{2,}/.test(value)) into.push(value)
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, into)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, into)
  return into
}

test('the pseudo-locale finds no untranslated words on any page', async ({ page, mock }) => {
  // The user's data, and what the deployment's config.json says (the helpdesk's hours).
  const state = await mock.state('demo')
  const config: unknown = await (await page.request.get('/config.json')).json()
  // And the phone system's own lists (time zones, phone services, models), which are its names.
  const system: string[] = []
  for (const list of ['options/timeZones', 'phoneServices', 'options/models']) {
    const xml = await (await fetch(`${mock.url}/cucm-uds/${list}`)).text()
    for (const [, text] of xml.matchAll(/>([^<>]*[A-Za-z][^<>]*)</g)) system.push(text!.trim())
  }
  // Browsers and systems by name (the helpdesk summary says which the user has).
  const products = [
    'Chrome',
    'Chromium',
    'Edge',
    'Firefox',
    'Safari',
    'Windows',
    'macOS',
    'Linux',
    'Android',
    'iOS',
  ]
  const strings = [...stringsIn(state), ...stringsIn(config), ...system, ...products]
  // Places named after a time zone ("Chicago" for America/Chicago) are the zone's, in every language.
  const places = strings
    .filter((s) => /^[A-Z][a-z]+\/[A-Za-z_/]+$/.test(s))
    .map((s) => s.split('/').pop()!.replace(/_/g, ' '))
  const data = [...new Set([...strings, ...places])].sort((a, b) => b.length - a.length)
  await page.goto('/sign-in?lang=pseudo')
  await expect(page.locator('h1')).toContainText('⟦')
  expect(await untranslated(page, data), '/sign-in').toEqual([])
  await signInAnyLanguage(page)
  const misses: string[] = []
  const scan = async (where: string) => {
    for (const text of await untranslated(page, data)) misses.push(`${where}: ${text}`)
  }
  await eachPage(page, scan)
  // Below the pages: a phone's own page, adding a speed dial, adding a Single Number Reach phone (its
  // errors too) and its schedule, the helpdesk menu and the printable settings.
  const open = async (link: string, where: string) => {
    const before = page.url()
    await page.locator(link).first().click()
    await expect(page).not.toHaveURL(before)
    await expect(page.locator('h1')).toBeVisible()
    await expect(page.locator('.spinner')).toHaveCount(0)
    await scan(where)
  }
  // A revealed PIN is announced ("Your PIN is visible").
  await page.locator('#site-nav a[href="/pin-and-password"]').click()
  await page.locator('.password-input button').first().click()
  await expect(page.locator('.password-input [aria-live]').first()).not.toBeEmpty()
  await scan('a PIN shown')
  await page.locator('.password-input button').first().click()
  await page.locator('#site-nav a[href="/phones"]').click()
  await open('.phone-card-title a', 'a phone')
  await page.locator('#site-nav a[href="/speed-dials"]').click()
  await open('a[href$="/speed-dials/add"]', 'add a speed dial')
  await page.locator('#site-nav a[href="/single-number-reach"]').click()
  await open('a[href="/single-number-reach/add"]', 'add a phone')
  await page.locator('main form button[type="submit"]').first().click()
  await expect(page.locator('.error-summary')).toBeVisible()
  await scan('add a phone, with errors')
  await page.locator('input[type="radio"][value="scheduled"]').check()
  await scan('add a phone, on a schedule')
  await open('main a[href$="/schedule"]', 'its schedule')
  await page.locator('.header-helpdesk summary').click()
  await scan('the helpdesk menu')
  // Leaving the unsaved phone asks first: that dialog too.
  await page.locator('.header-helpdesk a[href="/print-settings"]').click()
  await expect(page.getByRole('alertdialog')).toBeVisible()
  await scan('leave without saving?')
  await page.getByRole('alertdialog').locator('.button--warning').click()
  await expect(page).toHaveURL(/\/print-settings$/)
  await expect(page.locator('.spinner')).toHaveCount(0)
  await scan('print settings')
  expect(misses).toEqual([])
})
