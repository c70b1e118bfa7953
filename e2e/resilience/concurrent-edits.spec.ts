/**
 * Concurrent edits: two browser contexts signed in as the same user change the same thing. No change
 * may be lost silently: either a conflict is shown, or both changes survive because each side sent
 * only what it changed.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { test as base, expect } from '../support/fixtures.ts'
import { goTo, signIn, status, type PageName } from '../support/session.ts'
import { callForwarding } from '../pages/call-forwarding.ts'
import { doNotDisturb } from '../pages/do-not-disturb.ts'
import { profile } from '../pages/profile.ts'
import { singleNumberReach } from '../pages/single-number-reach.ts'
import { speedDials } from '../pages/speed-dials.ts'
import type { PersonaSnapshot } from '../../mock-server/app.ts'

const test = base.extend<{ twoSessions: (on?: PageName) => Promise<readonly [Page, Page]> }>({
  /** This test's page and a second browser context's, both signed in as demo (and on page `on`). */
  twoSessions: async ({ page, browser, baseURL }, use) => {
    const contexts: BrowserContext[] = []
    await use(async (on) => {
      const context = await browser.newContext({ baseURL })
      contexts.push(context)
      const other = await context.newPage()
      for (const p of [page, other]) {
        await signIn(p, 'demo')
        if (on) await goTo(p, on)
      }
      return [page, other] as const
    })
    await Promise.all(contexts.map((c) => c.close()))
  },
})

const MOBILE = 'e1a00001-4444-4e5f-9061-000000000001'
const mobile = (s: PersonaSnapshot) => s.remoteDestinations.find((r) => r.id === MOBILE)!

test.describe('concurrent edits (two sessions, same user)', () => {
  test('Profile: one changes the display name, the other the language; both survive', async ({
    twoSessions,
    mock,
  }) => {
    const [a, b] = await twoSessions()
    await profile(a).displayName.fill('Dana from A')
    await profile(b).language.selectOption({ label: 'Deutsch (Deutschland)' })
    await profile(a).save()
    await expect(profile(a).saved).toBeVisible()
    await profile(b).save()
    await expect(profile(b).saved).toBeVisible()
    const s = await mock.state('demo')
    expect({ displayName: s.displayName, locale: s.locale }).toEqual({
      displayName: 'Dana from A',
      locale: '3',
    })
  })

  test('Call forwarding: one forwards a line, the other turns on DND and forwards the other line; all survive', async ({
    twoSessions,
    mock,
  }) => {
    const [a, b] = await twoSessions('Call forwarding')
    // A: line 2 to voicemail.
    await callForwarding(a).choose('Forward to voicemail', { line: 'Line 2 – 1002' })
    await callForwarding(a).save()
    await expect(callForwarding(a).saved).toBeVisible()
    // A again: do not disturb on (a user-level write, like B's forward-all below would be).
    await goTo(a, 'Do not disturb')
    await doNotDisturb(a).switch.click()
    await expect(status(a, 'Do not disturb is on')).toBeVisible()
    // B, still showing nothing forwarded and DND off: line 1 to a number.
    await callForwarding(b).choose('Forward to another number', { number: '5550100', line: 'Line 1 – 1001' })
    await callForwarding(b).save()
    await expect(callForwarding(b).saved).toBeVisible()
    const s = await mock.state('demo')
    const forwards = Object.fromEntries(s.lines.map((l) => [l.directoryNumber, l.callForwardAll]))
    expect(forwards).toEqual({
      '1001': { voicemail: false, destination: '5550100' },
      '1002': { voicemail: true, destination: '' },
    })
    expect(s.dnd, "A's DND survives B's save").toBe(true)
  })

  test('Call forwarding: both forward all lines from the same stale view; the second says what it replaced or the first survives', async ({
    twoSessions,
    mock,
  }) => {
    const [a, b] = await twoSessions('Call forwarding')
    await callForwarding(a).choose('Forward to voicemail')
    await callForwarding(a).save()
    await expect(callForwarding(a).saved).toBeVisible()
    // B chooses the same field deliberately: the last choice wins, and B's read-back says so in full.
    await callForwarding(b).choose('Forward to another number', { number: '5550100' })
    await callForwarding(b).save()
    await expect(callForwarding(b).saved).toContainText(
      'Calls to 1001 now go to 5550100. Calls to 1002 now go to 5550100.',
    )
    const s = await mock.state('demo')
    expect(s.lines.map((l) => l.callForwardAll)).toEqual([
      { voicemail: false, destination: '5550100' },
      { voicemail: false, destination: '5550100' },
    ])
  })

  test('Speed dials: both change the list; the second is shown both versions, and "Keep mine" keeps both', async ({
    twoSessions,
    mock,
  }) => {
    const [a, b] = await twoSessions('Speed dials')
    await speedDials(a).rename('Reception', 'Front desk')
    await speedDials(b).moveUp('Conference bridge').click()
    await speedDials(b).save()
    await expect(speedDials(b).saved).toBeVisible()
    // A's list (PUT of the whole list) would undo B's move: it is not written, A chooses.
    await speedDials(a).save()
    const panel = speedDials(a).conflict()
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
    await expect(speedDials(a).saved).toBeVisible()
    expect(unified(await mock.state('demo'))).toEqual(['Front desk', 'Conference bridge', 'Help desk'])
  })

  test('Single Number Reach: one renames the phone, the other changes its number and ringing; all survive', async ({
    twoSessions,
    mock,
  }) => {
    const [a, b] = await twoSessions('Single Number Reach')
    const [snrA, snrB] = [singleNumberReach(a), singleNumberReach(b)]
    await snrA.openPhone('Mobile')
    await snrB.openPhone('Mobile')
    await snrA.name.fill('Work mobile')
    await snrA.save()
    await expect(status(a, 'Work mobile saved.')).toBeVisible()
    // B still has the form open from before A's save: a new number only.
    await snrB.number.fill('+13125550199')
    await snrB.save()
    await expect(b.getByRole('heading', { level: 1, name: 'Single Number Reach' })).toBeVisible()
    let s = mobile(await mock.state('demo'))
    expect({ name: s.name, destination: s.destination }).toEqual({
      name: 'Work mobile',
      destination: '+13125550199',
    })
    expect(s.schedule, 'the schedule neither side touched survives').not.toBeNull()

    // A, from its list (which still shows the old number), turns ringing off: nothing else changes.
    await snrA.ringToggle('Work mobile').click()
    await expect(status(a, 'won’t ring')).toBeVisible()
    s = mobile(await mock.state('demo'))
    expect({ name: s.name, destination: s.destination, ring: s.ringWhenExtensionDialed }).toEqual({
      name: 'Work mobile',
      destination: '+13125550199',
      ring: false,
    })
  })

  test('Single Number Reach: one removes the phone while the other is changing it; the second is told', async ({
    twoSessions,
    mock,
  }) => {
    const [a, b] = await twoSessions('Single Number Reach')
    const [snrA, snrB] = [singleNumberReach(a), singleNumberReach(b)]
    await snrB.openPhone('Mobile')
    await snrB.name.fill('Renamed')
    await snrA.removePhone('Mobile')
    await expect(status(a, 'Mobile removed')).toBeVisible()
    await snrB.save()
    // Not silently recreated or "saved": B hears the phone is gone, and keeps what it typed.
    await expect(b.getByRole('alert').first()).toBeVisible()
    await expect(snrB.name).toHaveValue('Renamed')
    expect((await mock.state('demo')).remoteDestinations).toEqual([])
  })
})
