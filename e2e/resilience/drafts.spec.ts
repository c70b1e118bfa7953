/**
 * Drafts end when the form is back in step with the server: after a save, and after "Nothing to save"
 * (found by the random walk: a reload then restored a stale draft and asked "Leave without saving?").
 */
import { test, expect } from '../support/fixtures.ts'
import { navigateTo, signInAs } from './support.ts'

const drafts = (page: import('@playwright/test').Page) =>
  page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('draft:')))

test('no draft is left after a save or after "Nothing to save", so a reload has nothing unsaved', async ({
  page,
}) => {
  await page.goto('/sign-in')
  await signInAs(page, 'demo')
  await page.getByLabel('Display name').fill('Dana Draftless')
  expect(await drafts(page)).toEqual(['draft:demo:profile'])
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Profile saved' })).toBeVisible()
  expect(await drafts(page)).toEqual([])

  await navigateTo(page, 'Call forwarding')
  await page.getByRole('radio', { name: 'Line 1 – 1001' }).check()
  await page.getByRole('button', { name: 'Save forwarding' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to save' })).toBeVisible()
  expect(await drafts(page)).toEqual([])

  await page.reload()
  await page.getByLabel('Password', { exact: true }).fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Call forwarding' })).toBeVisible()
  await navigateTo(page, 'Profile')
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
})
