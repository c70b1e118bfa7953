/**
 * Concurrent edits: two browser contexts signed in as the same user change the same thing. No change
 * may be lost silently: either a conflict is shown, or both changes survive because each side sent
 * only what it changed.
 */
import type { Browser, Page } from '@playwright/test'
import { test, expect } from '../support/fixtures.ts'
import { navigateTo, signInAs } from './support.ts'
import type { PersonaSnapshot } from '../../mock-server/app.ts'

async function twoSessions(browser: Browser, baseURL: string, page: Page): Promise<[Page, Page]> {
  const other = await (await browser.newContext({ baseURL })).newPage()
  for (const p of [page, other]) {
    await p.goto('/sign-in')
    await signInAs(p, 'demo')
  }
  return [page, other]
}

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text })
const MOBILE = 'e1a00001-4444-4e5f-9061-000000000001'
const mobile = (s: PersonaSnapshot) => s.remoteDestinations.find((r) => r.id === MOBILE)!
const card = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) })

test.describe('concurrent edits (two sessions, same user)', () => {
  test('Profile: one changes the display name, the other the language; both survive', async ({
    page,
    browser,
    baseURL,
    mock,
  }) => {
    const [a, b] = await twoSessions(browser, baseURL!, page)
    await a.getByLabel('Display name').fill('Dana from A')
    await b.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch (Deutschland)' })
    await a.getByRole('button', { name: 'Save profile' }).click()
    await expect(status(a, 'Profile saved')).toBeVisible()
    await b.getByRole('button', { name: 'Save profile' }).click()
    await expect(status(b, 'Profile saved')).toBeVisible()
    const s = await mock.state('demo')
    expect({ displayName: s.displayName, locale: s.locale }).toEqual({
      displayName: 'Dana from A',
      locale: '3',
    })
  })

  test('Call forwarding: one forwards a line, the other turns on DND and forwards the other line; all survive', async ({
    page,
    browser,
    baseURL,
    mock,
  }) => {
    const [a, b] = await twoSessions(browser, baseURL!, page)
    await navigateTo(a, 'Call forwarding')
    await navigateTo(b, 'Call forwarding')
    // A: line 2 to voicemail.
    await a.getByRole('radio', { name: 'Forward to voicemail' }).check()
    await a.getByRole('radio', { name: 'Line 2 – 1002' }).check()
    await a.getByRole('button', { name: 'Save forwarding' }).click()
    await expect(status(a, 'Forwarding saved.')).toBeVisible()
    // A again: do not disturb on (a user-level write, like B's forward-all below would be).
    await navigateTo(a, 'Do not disturb')
    await a.getByRole('switch', { name: 'Do not disturb' }).click()
    await expect(status(a, 'Do not disturb is on')).toBeVisible()
    // B, still showing nothing forwarded and DND off: line 1 to a number.
    await b.getByRole('radio', { name: 'Forward to another number' }).check()
    await b.getByRole('textbox', { name: 'Number to forward to' }).fill('5550100')
    await b.getByRole('radio', { name: 'Line 1 – 1001' }).check()
    await b.getByRole('button', { name: 'Save forwarding' }).click()
    await expect(status(b, 'Forwarding saved.')).toBeVisible()
    const s = await mock.state('demo')
    const forwards = Object.fromEntries(s.lines.map((l) => [l.directoryNumber, l.callForwardAll]))
    expect(forwards).toEqual({
      '1001': { voicemail: false, destination: '5550100' },
      '1002': { voicemail: true, destination: '' },
    })
    expect(s.dnd, "A's DND survives B's save").toBe(true)
  })

  test('Call forwarding: both forward all lines from the same stale view; the second says what it replaced or the first survives', async ({
    page,
    browser,
    baseURL,
    mock,
  }) => {
    const [a, b] = await twoSessions(browser, baseURL!, page)
    await navigateTo(a, 'Call forwarding')
    await navigateTo(b, 'Call forwarding')
    await a.getByRole('radio', { name: 'Forward to voicemail' }).check()
    await a.getByRole('button', { name: 'Save forwarding' }).click()
    await expect(status(a, 'Forwarding saved.')).toBeVisible()
    // B chooses the same field deliberately: the last choice wins, and B's read-back says so in full.
    await b.getByRole('radio', { name: 'Forward to another number' }).check()
    await b.getByRole('textbox', { name: 'Number to forward to' }).fill('5550100')
    await b.getByRole('button', { name: 'Save forwarding' }).click()
    await expect(status(b, 'Forwarding saved.')).toContainText(
      'Calls to 1001 now go to 5550100. Calls to 1002 now go to 5550100.',
    )
    const s = await mock.state('demo')
    expect(s.lines.map((l) => l.callForwardAll)).toEqual([
      { voicemail: false, destination: '5550100' },
      { voicemail: false, destination: '5550100' },
    ])
  })

  test('Speed dials: both change the list; the second is shown both versions, and "Keep mine" keeps both', async ({
    page,
    browser,
    baseURL,
    mock,
  }) => {
    const [a, b] = await twoSessions(browser, baseURL!, page)
    await navigateTo(a, 'Speed dials')
    await navigateTo(b, 'Speed dials')
    await a.getByRole('link', { name: "Edit 'Reception'" }).click()
    await a.getByLabel('Name').fill('Front desk')
    await a.getByRole('button', { name: 'Update' }).click()
    await b.getByRole('button', { name: "Move 'Conference bridge' up" }).click()
    await b.getByRole('button', { name: 'Save speed dials' }).click()
    await expect(status(b, 'Speed dials saved')).toBeVisible()
    // A's list (PUT of the whole list) would undo B's move: it is not written, A chooses.
    await a.getByRole('button', { name: 'Save speed dials' }).click()
    const panel = a.getByRole('region', { name: 'Your speed dials were changed somewhere else' })
    await expect(panel.getByRole('list', { name: 'On the phone system now' })).toContainText(
      'Conference bridge',
    )
    await expect(panel.getByRole('list', { name: 'Your changes' })).toContainText('Front desk')
    const unified = (s: PersonaSnapshot) =>
      s.devices.filter((d) => d.kind === 'phone')[0]!.speedDials.map((d) => d.label)
    expect(unified(await mock.state('demo')), 'nothing written yet').toEqual([
      'Reception',
      'Conference bridge',
      'Help desk',
    ])
    await panel.getByRole('button', { name: 'Keep mine' }).click()
    await expect(status(a, 'Speed dials saved')).toBeVisible()
    expect(unified(await mock.state('demo'))).toEqual(['Front desk', 'Conference bridge', 'Help desk'])
  })

  test('Single Number Reach: one renames the phone, the other changes its number and ringing; all survive', async ({
    page,
    browser,
    baseURL,
    mock,
  }) => {
    const [a, b] = await twoSessions(browser, baseURL!, page)
    await navigateTo(a, 'Single Number Reach')
    await navigateTo(b, 'Single Number Reach')
    await card(a, 'Mobile').getByRole('link', { name: 'Change phone: Mobile' }).click()
    await card(b, 'Mobile').getByRole('link', { name: 'Change phone: Mobile' }).click()
    await a.getByLabel('Name', { exact: true }).fill('Work mobile')
    await a.getByRole('button', { name: 'Save phone' }).click()
    await expect(status(a, 'Work mobile saved.')).toBeVisible()
    // B still has the form open from before A's save: a new number only.
    await b.getByLabel('Phone number').fill('+13125550199')
    await b.getByRole('button', { name: 'Save phone' }).click()
    await expect(b.getByRole('heading', { level: 1, name: 'Single Number Reach' })).toBeVisible()
    let s = mobile(await mock.state('demo'))
    expect({ name: s.name, destination: s.destination }).toEqual({
      name: 'Work mobile',
      destination: '+13125550199',
    })
    expect(s.schedule, 'the schedule neither side touched survives').not.toBeNull()

    // A, from its list (which still shows the old number), turns ringing off: nothing else changes.
    await card(a, 'Work mobile').locator('label', { hasText: 'Ring this phone' }).click()
    await expect(status(a, 'won’t ring')).toBeVisible()
    s = mobile(await mock.state('demo'))
    expect({ name: s.name, destination: s.destination, ring: s.ringWhenExtensionDialed }).toEqual({
      name: 'Work mobile',
      destination: '+13125550199',
      ring: false,
    })
  })

  test('Single Number Reach: one removes the phone while the other is changing it; the second is told', async ({
    page,
    browser,
    baseURL,
    mock,
  }) => {
    const [a, b] = await twoSessions(browser, baseURL!, page)
    await navigateTo(a, 'Single Number Reach')
    await navigateTo(b, 'Single Number Reach')
    await card(b, 'Mobile').getByRole('link', { name: 'Change phone: Mobile' }).click()
    await b.getByLabel('Name', { exact: true }).fill('Renamed')
    await a.getByRole('button', { name: 'Remove phone: Mobile' }).click()
    await a.getByRole('alertdialog').getByRole('button', { name: 'Remove phone' }).click()
    await expect(status(a, 'Mobile removed')).toBeVisible()
    await b.getByRole('button', { name: 'Save phone' }).click()
    // Not silently recreated or "saved": B hears the phone is gone, and keeps what it typed.
    await expect(b.getByRole('alert').first()).toBeVisible()
    await expect(b.getByLabel('Name', { exact: true })).toHaveValue('Renamed')
    expect((await mock.state('demo')).remoteDestinations).toEqual([])
  })
})
