import type { Page } from '@playwright/test'
import { expect, expectAccessible, test, type MockControl } from './support/fixtures.ts'
import { goTo, navLink, signIn, status } from './support/session.ts'
import { requestsTo } from './support/mock-api.ts'
import { doNotDisturb } from './pages/do-not-disturb.ts'

const USER_PATH = '/cucm-uds/user/demo'

async function openDnd(page: Page, userId = 'demo') {
  await signIn(page, userId)
  await goTo(page, 'Do not disturb')
}

async function dndOnServer(mock: MockControl, userId = 'demo') {
  return (await mock.state(userId)).dnd
}

const dndSwitch = (page: Page) => doNotDisturb(page).switch
const notice = (page: Page) => doNotDisturb(page).notice

test('turn do not disturb on and off; the notice shows on every page', async ({ page, mock }) => {
  await openDnd(page)
  await expect(dndSwitch(page)).not.toBeChecked()
  await expect(page.getByText('Off', { exact: true })).toBeVisible()
  await expect(page.getByText("Your phones won't ring. Callers hear busy or go to voicemail")).toBeVisible()
  const phones = page.getByRole('region', { name: 'Phones it applies to' })
  await expect(phones.getByRole('listitem')).toHaveText([
    'Dana Morgan desk phone – Cisco 8865',
    'Dana Morgan Jabber – Cisco Unified Client Services Framework',
  ])
  await expect(notice(page)).toHaveCount(0)
  await expectAccessible(page)

  // While the request runs the switch says so and does not flip.
  await mock.fault({ method: 'PUT', path: USER_PATH, delayMs: 2500, count: 1 })
  await dndSwitch(page).click()
  await expect(page.getByText('Turning on…')).toBeVisible()
  await expect(dndSwitch(page)).not.toBeChecked()
  await expect(dndSwitch(page)).toHaveAttribute('aria-busy', 'true')
  await expect(dndSwitch(page)).toBeChecked()
  await expect(status(page, 'Do not disturb is on')).toBeVisible()
  await expect(page.getByText('On', { exact: true })).toBeVisible()
  await expect(dndSwitch(page)).toBeFocused()
  expect(await dndOnServer(mock)).toBe(true)
  await expect(notice(page)).toBeVisible()
  await expectAccessible(page)

  // The same notice, in the same place, on another page; Profile says it too.
  await goTo(page, 'Profile')
  await expect(notice(page)).toBeVisible()
  await expect(page.getByText('On – your phones won’t ring')).toBeVisible()
  await expectAccessible(page)

  // Back on the page, the switch turns it off.
  await navLink(page, 'Do not disturb').click()
  await expect(dndSwitch(page)).toBeChecked()
  await dndSwitch(page).click()
  await expect(dndSwitch(page)).not.toBeChecked()
  await expect(status(page, 'Do not disturb is off')).toBeVisible()
  await expect(notice(page)).toHaveCount(0)
  expect(await dndOnServer(mock)).toBe(false)
  const puts = await requestsTo(mock, { method: 'PUT' })
  expect(puts.map((r) => [r.path, r.status])).toEqual([
    [USER_PATH, 200],
    [USER_PATH, 200],
  ])
})

test('"Turn off" in the notice turns it off from any page', async ({ page, mock }) => {
  await openDnd(page)
  await dndSwitch(page).click()
  await expect(dndSwitch(page)).toBeChecked()
  await goTo(page, 'Speed dials')
  await expect(notice(page)).toBeVisible()

  await doNotDisturb(page).turnOffInNotice.click()
  const confirmation = status(page, 'Do not disturb is off — your phones will ring again.')
  await expect(confirmation).toBeVisible()
  await expect(confirmation).toBeFocused()
  await expect(notice(page)).toHaveCount(0)
  expect(await dndOnServer(mock)).toBe(false)
  await expectAccessible(page)

  // The confirmation belongs to that page only.
  await navLink(page, 'Do not disturb').click()
  await expect(dndSwitch(page)).not.toBeChecked()
  await expect(confirmation).toHaveCount(0)
})

test('refused: the switch stays as it was, explains, keeps focus, and Try again works', async ({
  page,
  mock,
}) => {
  await openDnd(page)
  await mock.fault({ method: 'PUT', path: USER_PATH, status: 503, count: 1 })
  await dndSwitch(page).click()
  const error = page.getByRole('alert').filter({ hasText: "Do not disturb wasn't turned on." })
  await expect(error).toContainText('The phone system is busy at the moment.')
  await expect(dndSwitch(page)).not.toBeChecked()
  await expect(dndSwitch(page)).toBeFocused()
  await expect(dndSwitch(page)).toHaveAccessibleDescription(/Do not disturb wasn't turned on/)
  expect(await dndOnServer(mock)).toBe(false)
  await expect(notice(page)).toHaveCount(0)
  await expectAccessible(page)

  await error.getByRole('button', { name: 'Try again' }).click()
  await expect(dndSwitch(page)).toBeChecked()
  await expect(error).toHaveCount(0)
  await expect(status(page, 'Do not disturb is on')).toBeVisible()
  expect(await dndOnServer(mock)).toBe(true)
  const puts = await requestsTo(mock, { method: 'PUT' })
  expect(puts.map((r) => r.status)).toEqual([503, 200])
})

test('refused from the notice: it stays, with the reason', async ({ page, mock }) => {
  await openDnd(page)
  await dndSwitch(page).click()
  await expect(notice(page)).toBeVisible()
  await mock.fault({ method: 'PUT', path: USER_PATH, status: 0, count: 20 })
  await doNotDisturb(page).turnOffInNotice.click()
  // The answer never came: it may already be off, and the page says so instead of "wasn't turned off".
  await expect(
    page.getByRole('alert').filter({ hasText: 'Do not disturb may already be off.' }),
  ).toContainText('we can’t tell whether it made the change')
  await expect(notice(page)).toBeVisible()
  await expect(dndSwitch(page)).toBeChecked()
  expect(await dndOnServer(mock)).toBe(true)
})

test('a visitor from another cluster sees do not disturb read-only', async ({ page }) => {
  await openDnd(page, 'visitor')
  await expect(
    page.getByRole('heading', { name: 'Your settings are managed on another phone system' }),
  ).toBeVisible()
  await expect(page.getByRole('switch')).toHaveCount(0)
  // Nothing that changes anything (the sections' "Link to this setting" only copies their address).
  await expect(
    page.getByRole('main').getByRole('button').filter({ hasNotText: 'Link to this setting' }),
  ).toHaveCount(0)
  await expect(page.getByText('Off', { exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Phones it applies to' }).getByRole('listitem')).toHaveCount(
    2,
  )
  await expectAccessible(page)
})
