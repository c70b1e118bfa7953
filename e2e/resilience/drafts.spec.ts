/**
 * Drafts end when the form is back in step with the server: after a save, and after "Nothing to save"
 * (found by the random walk: a reload then restored a stale draft and asked "Leave without saving?").
 */
import { test, expect } from '../support/fixtures.ts'

import { goTo, heading, signIn, status } from '../support/session.ts'
import { profile } from '../pages/profile.ts'
import { callForwarding } from '../pages/call-forwarding.ts'

const drafts = (page: import('@playwright/test').Page) =>
  page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('draft:')))

test('no draft is left after a save or after "Nothing to save", so a reload has nothing unsaved', async ({
  page,
}) => {
  await signIn(page)
  await profile(page).displayName.fill('Dana Draftless')
  expect(await drafts(page)).toEqual(['draft:demo:profile'])
  await profile(page).save()
  await expect(profile(page).saved).toBeVisible()
  expect(await drafts(page)).toEqual([])

  await goTo(page, 'Call forwarding')
  await callForwarding(page).radio('Line 1 – 1001').check()
  await callForwarding(page).save()
  await expect(status(page, 'Nothing to save')).toBeVisible()
  expect(await drafts(page)).toEqual([])

  await page.reload()
  await page.getByLabel('Password', { exact: true }).fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(heading(page, 'Call forwarding')).toBeVisible()
  await goTo(page, 'Profile')
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
})
