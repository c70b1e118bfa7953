import { test, expect, expectAccessible, type MockControl } from './support/fixtures.ts'
import {
  goTo,
  openSignedIn,
  reauthDialog,
  reauthenticate,
  signIn,
  signInAfterReload,
  signOut,
} from './support/session.ts'
import { asClient, requestsTo } from './support/mock-api.ts'
import { callForwarding } from './pages/call-forwarding.ts'
import { profile } from './pages/profile.ts'
import { singleNumberReach } from './pages/single-number-reach.ts'
import { speedDials } from './pages/speed-dials.ts'
import { yourChanges } from './pages/your-changes.ts'

const FORWARD_ALL = 'Call forwarding, all lines'
const SPEED_DIALS = 'Speed dials'
const SNR = 'Single Number Reach, Mobile'
const NAME = 'Display name'

const state = (mock: MockControl) => mock.state('demo')

test('Your changes: four changes listed, two undone, one changed elsewhere asks first; kept over a reload, gone at sign-out', async ({
  page,
  mock,
}) => {
  // Four different changes, each through its own page.
  await openSignedIn(page, '/call-forwarding')
  await expect(yourChanges(page).button).toBeHidden()
  await callForwarding(page).choose('Forward to another number', { number: '07700 900123' })
  await callForwarding(page).save()
  await expect(callForwarding(page).saved).toBeVisible()
  await expect(yourChanges(page).button).toHaveText('Your changes (1)')

  await goTo(page, 'Speed dials')
  await speedDials(page).edit('Help desk').click()
  await speedDials(page).fill({ name: 'IT help', number: '2000' })
  await speedDials(page).update()
  await speedDials(page).save()
  await expect(speedDials(page).saved).toBeVisible()

  await goTo(page, 'Single Number Reach')
  await singleNumberReach(page).ringToggle('Mobile').click()
  await expect(singleNumberReach(page).ringSwitch('Mobile')).not.toBeChecked()

  await goTo(page, 'Profile')
  await profile(page).rename('Dee Morgan')
  await expect(profile(page).saved).toBeVisible()

  // The panel lists them newest first, in plain words.
  const changes = yourChanges(page)
  await expect(changes.button).toHaveText('Your changes (4)')
  await changes.open()
  await expect(changes.items.getByRole('heading')).toHaveText([NAME, SNR, SPEED_DIALS, FORWARD_ALL])
  await changes.reads(NAME, 'Dana Morgan', 'Dee Morgan')
  await changes.reads(FORWARD_ALL, 'Not forwarded', '07700900123')
  await changes.reads(SPEED_DIALS, '2: Help desk (+13125550143)', '2: IT help (2000)')
  await changes.reads(SNR, 'Rings', 'Doesn’t ring')
  await expectAccessible(page)

  // Two undone: the mock holds the earlier values, and each undo is a change of its own.
  await changes.undo(NAME)
  await expect(changes.undone(NAME)).toBeVisible()
  await changes.undo(SNR)
  await expect(changes.undone(SNR)).toBeVisible()
  await expect(changes.button).toHaveText('Your changes (6)')
  const after = await state(mock)
  expect(after.displayName).toBe('Dana Morgan')
  expect(after.remoteDestinations.map((r) => r.ringWhenExtensionDialed)).toEqual([true])

  // Forwarding changed behind the portal's back: the undo shows both and asks.
  await asClient(
    mock,
    'demo',
    'PUT',
    '/cucm-uds/user/demo',
    '<user><callForwardAllDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber></callForwardAllDestination></user>',
  )
  await changes.undo(FORWARD_ALL)
  const question = changes.question(FORWARD_ALL)
  await expect(question).toContainText('Now on the phone system:Voicemail')
  await expect(question).toContainText('Undo would set:Not forwarded')
  await changes.keepCurrent(FORWARD_ALL)
  await expect(changes.item(FORWARD_ALL).getByRole('status')).toHaveText('Kept as it is now.')
  expect((await state(mock)).callForwardAll).toMatchObject({ voicemail: true })
  await changes.undo(FORWARD_ALL)
  await changes.undoAnyway(FORWARD_ALL)
  await expect(changes.undone(FORWARD_ALL)).toBeVisible()
  expect((await state(mock)).callForwardAll).toMatchObject({ voicemail: false, destination: '' })
  await expect(changes.button).toHaveText('Your changes (7)')
  await changes.close()

  // A reload keeps the list (this tab only); sign-out clears it.
  await page.reload()
  await signInAfterReload(page, null)
  await expect(changes.button).toHaveText('Your changes (7)')
  await signOut(page)
  await signIn(page)
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(changes.button).toBeHidden()
})

test('at phone width: an undo the phone system refuses (busy) is offered again; one that meets an expired session completes after sign-in', async ({
  page,
  mock,
}) => {
  // At phone width: the button fits in the header, the panel in the screen.
  await page.setViewportSize({ width: 360, height: 740 })
  await signIn(page)
  await profile(page).rename('Dee Morgan')
  await expect(profile(page).saved).toBeVisible()
  const changes = yourChanges(page)
  await changes.open()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await mock.clearRequests()
  await mock.fault({ method: 'PUT', path: '/cucm-uds/user/demo', status: 503 })
  await changes.undo(NAME)
  const problem = changes.item(NAME).getByRole('alert')
  await expect(problem).toContainText('Your change wasn’t undone')
  await expect(changes.button).toHaveText('Your changes (1)')
  await mock.fault({ method: 'PUT', path: '/cucm-uds/user/demo', status: 401 })
  await problem.getByRole('button', { name: 'Try again' }).click()
  await expect(reauthDialog(page)).toBeVisible()
  await reauthenticate(page)
  await expect(changes.undone(NAME)).toBeVisible()
  await expect(changes.button).toHaveText('Your changes (2)')
  const puts = await requestsTo(mock, { method: 'PUT' })
  expect(puts.map((r) => r.status)).toEqual([503, 401, 200])
  expect((await state(mock)).displayName).toBe('Dana Morgan')
})
