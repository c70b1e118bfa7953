import type { Page } from '@playwright/test'
import { test, expect, signIn } from './support/fixtures.ts'

async function open(page: Page, user = 'demo', path = '/speed-dials', landing = 'Speed dials') {
  await page.goto(path)
  await page.waitForURL(/\/sign-in\?next=/)
  await signIn(page, user, 'demo', landing)
}
const shot = (page: Page, name: string, w: number) =>
  page.screenshot({ path: `/tmp/sd-${name}-${w}.png`, fullPage: true })

for (const w of [1280, 375]) {
  test.describe(`shots ${w}`, () => {
    test.use({ viewport: { width: w, height: 800 } })
    test('states', async ({ page, mock, browser, baseURL }) => {
      await open(page)
      await shot(page, 'list', w)
      if (w === 375) {
        await page.getByRole('button', { name: "Actions for 'Help desk'" }).click()
        await shot(page, 'menu', w)
        await page.keyboard.press('Escape')
        await page.getByRole('button', { name: "Actions for 'Help desk'" }).click()
        await page.getByRole('button', { name: "Move 'Help desk' up" }).click()
        await page.keyboard.press('Escape')
      } else {
        await page.getByRole('button', { name: "Move 'Help desk' up" }).click()
      }
      await page.getByRole('link', { name: 'Add speed dial' }).click()
      await page.getByLabel('Number').fill('12ab')
      await page.getByRole('button', { name: 'Add to list' }).click()
      await shot(page, 'add-errors', w)
      await page.getByLabel('Name').fill('<b>&amp;"]]> 😀 a long name for wrapping')
      await page.getByLabel('Name').fill('Dentist 😀')
      await page.getByLabel('Number').fill('01632960001')
      await page.getByRole('button', { name: 'Add to list' }).click()
      await shot(page, 'unsaved', w)
      // conflict
      const ctx2 = await browser.newContext({ baseURL })
      const p2 = await ctx2.newPage()
      await open(p2)
      await p2.getByRole('button', { name: "Remove 'Reception'" }).first().click({ timeout: 3000 }).catch(async () => {
        await p2.getByRole('button', { name: "Actions for 'Reception'" }).click()
        await p2.getByRole('button', { name: "Remove 'Reception'" }).click()
      })
      await p2.getByRole('button', { name: 'Save speed dials' }).click()
      await expect(p2.getByRole('status').filter({ hasText: 'Speed dials saved' })).toBeVisible()
      await ctx2.close()
      await page.getByRole('button', { name: 'Save speed dials' }).click()
      await expect(page.getByRole('heading', { name: 'On the phone system now' })).toBeVisible()
      await shot(page, 'conflict', w)
      await page.getByRole('button', { name: 'Keep mine' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'Speed dials saved' })).toBeVisible()
      await shot(page, 'saved', w)
      // 415 row error + 503
      await page.getByRole('link', { name: 'Add speed dial' }).click()
      await page.getByLabel('Name').fill('Refused')
      await page.getByLabel('Number').fill('1')
      await page.getByRole('button', { name: 'Add to list' }).click()
      await mock.fault({ method: 'POST', path: '/cucm-uds/user/demo/speedDials', status: 415 })
      await page.getByRole('button', { name: 'Save speed dials' }).click()
      await expect(page.locator('.error-summary')).toBeVisible()
      await shot(page, 'row-error', w)
      await mock.fault({ method: 'POST', path: '/cucm-uds/user/demo/speedDials', status: 503 })
      await page.getByRole('button', { name: 'Save speed dials' }).click()
      await expect(page.getByText('Your changes have not been saved')).toBeVisible()
      await shot(page, 'problem', w)
      await page.getByRole('link', { name: /Edit 'Refused'/ }).first().click().catch(() => {})
      await shot(page, 'edit', w)
    })
    test('split + visitor + empty', async ({ page, mock }) => {
      await open(page, 'split')
      await shot(page, 'split', w)
      await page.getByRole('button', { name: 'Use these speed dials on all my phones' }).click()
      await shot(page, 'confirm', w)
      await page.getByRole('button', { name: 'Use on all my phones' }).click()
      await expect(page.getByText('now have the same')).toBeVisible()
      await shot(page, 'same', w)
      await page.getByRole('button', { name: 'Sign out' }).click()
      await open(page, 'visitor')
      await shot(page, 'visitor', w)
      await page.getByRole('button', { name: 'Sign out' }).click()
      for (const i of [1, 2, 3]) {
        await fetch(`${mock.url}/cucm-uds/user/demo/speedDials?index=${i}`, {
          method: 'DELETE',
          headers: { Authorization: 'Basic ' + Buffer.from('demo:demo').toString('base64') },
        })
      }
      await open(page)
      await shot(page, 'empty', w)
    })
  })
}
