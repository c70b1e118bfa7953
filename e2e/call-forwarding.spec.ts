import type { Page } from '@playwright/test'
import { expect, expectAccessible, test, type MockControl } from './support/fixtures.ts'
import {
  alert,
  goTo,
  notSaved,
  reauthDialog,
  reauthenticate,
  signIn,
  signOut,
  status,
} from './support/session.ts'
import { asClient, requestsTo } from './support/mock-api.ts'
import { callForwarding, forwardingRules } from './pages/call-forwarding.ts'

const USER_PATH = '/cucm-uds/user/demo'

async function openForwarding(page: Page, userId = 'demo') {
  await signIn(page, userId)
  await goTo(page, 'Call forwarding')
}

async function forwards(mock: MockControl) {
  const state = await mock.state('demo')
  return state.lines.map((l) => [l.directoryNumber, l.callForwardAll] as const)
}

const puts = (mock: MockControl) => requestsTo(mock, { method: 'PUT' })

/** Puts the demo user's lines into a state before the test, straight to the mock. */
async function preset(mock: MockControl, path: string, xml: string) {
  await asClient(mock, 'demo', 'PUT', path, xml, { status: 200 })
  await mock.clearRequests()
}

const header = (page: Page) => page.getByRole('banner')
const saveButton = (page: Page) => callForwarding(page).saveButton
const numberField = (page: Page) => callForwarding(page).number

test('forward all lines to a number; Profile and the header follow without a reload', async ({
  page,
  mock,
}) => {
  await openForwarding(page)
  const now = callForwarding(page).now
  await expect(now).toContainText('Calls to 1001 are not forwarded')
  await expect(now).toContainText('Calls to 1002 are not forwarded')
  await expect(callForwarding(page).radio("Don't forward")).toBeChecked()
  await expect(callForwarding(page).radio('All my lines')).toBeChecked()
  await expect(header(page).getByRole('link', { name: /Calls forwarded/ })).toHaveCount(0)
  await expectAccessible(page)

  await callForwarding(page).radio('Forward to another number').check()
  await numberField(page).fill('(555) 123 4')
  await saveButton(page).click()

  const banner = callForwarding(page).saved
  await expect(banner).toContainText('Calls to 1001 now go to 5551234. Calls to 1002 now go to 5551234.')
  await expect(banner).toContainText('To check it works, call your number from another phone.')
  await expect(banner).toBeFocused()
  await expect(now).toContainText('Calls to 1001 go to 5551234')
  await expect(numberField(page)).toHaveValue('5551234')
  expect(await forwards(mock)).toEqual([
    ['1001', { voicemail: false, destination: '5551234' }],
    ['1002', { voicemail: false, destination: '5551234' }],
  ])
  expect((await puts(mock)).map((r) => r.path)).toEqual([USER_PATH])
  await expectAccessible(page)

  // The header says so at once, and Profile shows it (client-side navigation, no reload).
  await expect(header(page).getByRole('link', { name: /Calls forwarded/ })).toBeVisible()
  await goTo(page, 'Profile')
  await expect(page.getByText('Calls to 1002 go to 5551234')).toBeVisible()
  expect(await requestsTo(mock, { method: 'GET', path: /\/extensions$/ })).toHaveLength(1)
})

test('forward all lines to voicemail', async ({ page, mock }) => {
  await openForwarding(page)
  await callForwarding(page).radio('Forward to voicemail').check()
  await saveButton(page).click()
  await expect(callForwarding(page).saved).toContainText(
    'Calls to 1001 now go to voicemail. Calls to 1002 now go to voicemail.',
  )
  expect(await forwards(mock)).toEqual([
    ['1001', { voicemail: true, destination: '' }],
    ['1002', { voicemail: true, destination: '' }],
  ])
})

test('forward one line only, through that line', async ({ page, mock }) => {
  await openForwarding(page)
  await callForwarding(page).radio('Forward to voicemail').check()
  await callForwarding(page).radio('Line 2 – 1002').check()
  await saveButton(page).click()
  const banner = callForwarding(page).saved
  await expect(banner).toContainText('Calls to 1002 now go to voicemail.')
  await expect(banner).not.toContainText('1001')
  const now = callForwarding(page).now
  await expect(now).toContainText('Calls to 1001 are not forwarded')
  await expect(now).toContainText('Calls to 1002 go to voicemail')
  await expect(header(page).getByRole('link', { name: /Calls forwarded/ })).toBeVisible()
  const state = await mock.state('demo')
  expect(state.lines.map((l) => [l.directoryNumber, l.callForwardAll])).toEqual([
    ['1001', { voicemail: false, destination: '' }],
    ['1002', { voicemail: true, destination: '' }],
  ])
  const line2 = state.lines.find((l) => l.directoryNumber === '1002')!
  expect((await puts(mock)).map((r) => r.path)).toEqual([`${USER_PATH}/extension/${line2.id}`])
})

test('turn forwarding off', async ({ page, mock }) => {
  await preset(
    mock,
    USER_PATH,
    '<user><callForwardAllDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber></callForwardAllDestination></user>',
  )
  await openForwarding(page)
  await expect(callForwarding(page).radio('Forward to voicemail')).toBeChecked()
  await expect(header(page).getByRole('link', { name: /Calls forwarded/ })).toBeVisible()
  await callForwarding(page).radio("Don't forward").check()
  await saveButton(page).click()
  const banner = callForwarding(page).saved
  await expect(banner).toContainText(
    'Calls to 1001 are no longer forwarded. Calls to 1002 are no longer forwarded.',
  )
  await expect(banner).not.toContainText('To check it works')
  await expect(header(page).getByRole('link', { name: /Calls forwarded/ })).toHaveCount(0)
  expect(await forwards(mock)).toEqual([
    ['1001', { voicemail: false, destination: '' }],
    ['1002', { voicemail: false, destination: '' }],
  ])
})

test('undo restores the previous setting with a partial update', async ({ page, mock }) => {
  await preset(
    mock,
    USER_PATH,
    '<user><callForwardAllDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber></callForwardAllDestination></user>',
  )
  await openForwarding(page)
  await callForwarding(page).radio('Forward to another number').check()
  await numberField(page).fill('+44 20 7946 0000')
  await saveButton(page).click()
  await expect(callForwarding(page).saved).toContainText('Calls to 1001 now go to +442079460000.')
  expect((await forwards(mock))[0]![1]).toEqual({ voicemail: false, destination: '+442079460000' })

  await page.getByRole('button', { name: 'Undo' }).click()
  const undone = status(page, 'Your change was undone.')
  await expect(undone).toContainText('Calls to 1001 now go to voicemail. Calls to 1002 now go to voicemail.')
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0)
  await expect(callForwarding(page).radio('Forward to voicemail')).toBeChecked()
  expect(await forwards(mock)).toEqual([
    ['1001', { voicemail: true, destination: '' }],
    ['1002', { voicemail: true, destination: '' }],
  ])
  expect((await puts(mock)).map((r) => [r.path, r.status])).toEqual([
    [USER_PATH, 200],
    [USER_PATH, 200],
  ])
})

test('undo after forwarding one line restores that line', async ({ page, mock }) => {
  await openForwarding(page)
  await callForwarding(page).radio('Forward to another number').check()
  await numberField(page).fill('5550100')
  await callForwarding(page).radio('Line 1 – 1001').check()
  await saveButton(page).click()
  await expect(callForwarding(page).saved).toContainText('Calls to 1001 now go to 5550100.')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(status(page, 'Your change was undone.')).toContainText(
    'Calls to 1001 are no longer forwarded.',
  )
  expect(await forwards(mock)).toEqual([
    ['1001', { voicemail: false, destination: '' }],
    ['1002', { voicemail: false, destination: '' }],
  ])
  const paths = (await puts(mock)).map((r) => r.path)
  expect(paths).toHaveLength(2)
  expect(paths[0]).toMatch(/\/extension\//)
  expect(paths[1]).toBe(paths[0])
})

test('an invalid or missing number is explained, and nothing is sent', async ({ page, mock }) => {
  await openForwarding(page)
  await callForwarding(page).radio('Forward to another number').check()
  await saveButton(page).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary.getByRole('link', { name: 'Enter the number to forward calls to' })).toBeVisible()
  await expect(page).toHaveTitle(/^Error: Call forwarding/)

  await numberField(page).fill('555-CALL')
  await saveButton(page).click()
  await expect(
    summary.getByRole('link', { name: 'Number can only include 0–9, +, *, # and spaces' }),
  ).toBeVisible()
  await expect(numberField(page)).toHaveAttribute('aria-invalid', 'true')
  await expect(numberField(page)).toHaveAccessibleDescription(/Number can only include/)
  await expectAccessible(page)
  await summary.getByRole('link').click()
  await expect(numberField(page)).toBeFocused()

  await numberField(page).fill('44+20')
  await saveButton(page).click()
  await expect(summary).toContainText('Number can only have a + at the start')
  await numberField(page).fill('1'.repeat(51))
  await saveButton(page).click()
  await expect(summary).toContainText('Number must be 50 characters or less')
  expect(await puts(mock)).toEqual([])
})

test('forwarding a line to itself or to another own line is refused', async ({ page, mock }) => {
  await openForwarding(page)
  await callForwarding(page).radio('Forward to another number').check()
  await numberField(page).fill('1001')
  await saveButton(page).click()
  await expect(
    page.getByRole('link', { name: "You can't forward line 1001 to itself – enter a different number" }),
  ).toBeVisible()
  await callForwarding(page).radio('Line 1 – 1001').check()
  await numberField(page).fill('1002')
  await saveButton(page).click()
  await expect(
    page.getByRole('link', {
      name: "You can't forward line 1001 to your own line 1002 – enter a different number",
    }),
  ).toBeVisible()
  expect(await puts(mock)).toEqual([])
})

test('hostile text is rejected, kept exactly as typed, and never rendered as markup', async ({
  page,
  mock,
}) => {
  const hostile = '<b>&amp;"]]>😀'
  await openForwarding(page)
  await callForwarding(page).radio('Forward to another number').check()
  await numberField(page).fill(hostile)
  await saveButton(page).click()
  await expect(
    page.getByRole('link', { name: 'Number can only include 0–9, +, *, # and spaces' }),
  ).toBeVisible()
  await expect(numberField(page)).toHaveValue(hostile)
  await expect(page.locator('main b')).toHaveCount(0)
  expect(await puts(mock)).toEqual([])
})

test('503 during save: nothing lost, Try again saves once', async ({ page, mock }) => {
  await openForwarding(page)
  await mock.fault({ method: 'PUT', path: USER_PATH, status: 503, count: 1 })
  await callForwarding(page).radio('Forward to another number').check()
  await numberField(page).fill('5551234')
  await saveButton(page).click()
  const problem = notSaved(page)
  await expect(problem).toContainText('The phone system is busy at the moment.')
  // The status code is only in the helpdesk code and details, never in the sentence.
  await expect(problem.locator('p').first()).not.toContainText('503')
  await expect(numberField(page)).toHaveValue('5551234')
  expect((await forwards(mock))[0]![1]).toEqual({ voicemail: false, destination: '' })
  await expectAccessible(page)

  await problem.getByRole('button', { name: 'Try again' }).click()
  await expect(callForwarding(page).saved).toContainText('Calls to 1001 now go to 5551234.')
  await expect(problem).toHaveCount(0)
  expect((await puts(mock)).map((r) => r.status)).toEqual([503, 200])
})

test('connection lost during save: may already be saved, never "not saved"; Try again saves', async ({
  page,
  mock,
}) => {
  await openForwarding(page)
  // Dropped connections (Chromium quietly resends an idempotent PUT on a reused socket, so drop a few).
  await mock.fault({ method: 'PUT', path: USER_PATH, status: 0, count: 20 })
  await callForwarding(page).radio('Forward to voicemail').check()
  await saveButton(page).click()
  const problem = page.getByRole('alert').filter({ hasText: 'Your change may already be saved' })
  await expect(problem).toContainText('we can’t tell whether it made the change')
  await expect(problem).not.toContainText('not been saved')
  await expect(callForwarding(page).radio('Forward to voicemail')).toBeChecked()
  expect((await forwards(mock))[1]![1]).toEqual({ voicemail: false, destination: '' })
  await mock.clearFaults()
  await problem.getByRole('button', { name: 'Try again' }).click()
  await expect(callForwarding(page).saved).toBeVisible()
  expect((await forwards(mock))[1]![1]).toEqual({ voicemail: true, destination: '' })
})

test('415 from the server is shown in words by the field, and the draft stays', async ({ page, mock }) => {
  await openForwarding(page)
  await mock.fault({ method: 'PUT', path: USER_PATH, status: 415, count: 1 })
  await callForwarding(page).radio('Forward to another number').check()
  await numberField(page).fill('900123')
  await saveButton(page).click()
  const message = /The phone system didn't accept this number\. It may not be allowed for forwarding/
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(message)
  await expect(numberField(page)).toHaveAccessibleDescription(message)
  await expect(numberField(page)).toHaveValue('900123')
  await expectAccessible(page)
})

test('401 during save: re-sign-in over the page, the draft stays and the save completes once', async ({
  page,
  mock,
}) => {
  await openForwarding(page)
  await mock.fault({ method: 'PUT', path: USER_PATH, status: 401, count: 1 })
  await callForwarding(page).radio('Forward to another number').check()
  await numberField(page).fill('5551234')
  await saveButton(page).click()

  const dialog = reauthDialog(page)
  await expect(dialog).toBeVisible()
  await expect(numberField(page)).toHaveValue('5551234')
  await expect(page.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true')
  await reauthenticate(page)

  await expect(callForwarding(page).saved).toContainText('Calls to 1001 now go to 5551234.')
  await expect(dialog).toBeHidden()
  const userPuts = (await puts(mock)).filter((r) => r.path === USER_PATH)
  expect(userPuts.map((r) => r.status)).toEqual([401, 200])
  expect(userPuts.filter((r) => r.status === 200)).toHaveLength(1)
  expect((await forwards(mock))[0]![1]).toEqual({ voicemail: false, destination: '5551234' })
})

test('double-clicking Save sends one request', async ({ page, mock }) => {
  await openForwarding(page)
  await mock.fault({ method: 'PUT', path: USER_PATH, delayMs: 2000, count: 1 })
  await callForwarding(page).radio('Forward to voicemail').check()
  await saveButton(page).dblclick()
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible()
  // Clicks while saving are ignored too (the button stays focusable, aria-disabled).
  await page.getByRole('button', { name: 'Saving…' }).click({ force: true })
  await expect(callForwarding(page).saved).toBeVisible()
  expect(await puts(mock)).toHaveLength(1)
})

test('saving without a change sends nothing', async ({ page, mock }) => {
  await openForwarding(page)
  await saveButton(page).click()
  await expect(status(page, 'Nothing to save')).toBeVisible()
  expect(await puts(mock)).toEqual([])
})

test('a visitor from another cluster sees forwarding read-only', async ({ page }) => {
  await openForwarding(page, 'visitor')
  await expect(
    page.getByRole('heading', { name: 'Your settings are managed on another phone system' }),
  ).toBeVisible()
  await expect(page.getByText('cucm-pub.emea.example.invalid')).toBeVisible()
  await expect(page.getByText('Calls to 1021 are not forwarded')).toBeVisible()
  await expect(page.getByRole('main').getByRole('radio')).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
  // Nothing that changes anything (the sections' "Link to this setting" only copies their address).
  await expect(
    page.getByRole('main').getByRole('button').filter({ hasNotText: 'Link to this setting' }),
  ).toHaveCount(0)
  await expectAccessible(page)
})

test('when the administrator hides forwarding, the page says so instead of the form', async ({ page }) => {
  await openForwarding(page, 'policy')
  await expect(
    page.getByRole('heading', { name: 'Your administrator manages call forwarding' }),
  ).toBeVisible()
  await expect(page.getByRole('main').getByRole('radio')).toHaveCount(0)
  await expect(saveButton(page)).toHaveCount(0)
  await expectAccessible(page)
})

// ---- When you don't answer or are busy --------------------------------------------------------

const LINE2_PATH = `${USER_PATH}/extension/a1a00002-1111-4b2c-8d3e-0000000000a0`

async function rulesOf(mock: MockControl, user = 'demo') {
  const state = await mock.state(user)
  return Object.fromEntries(
    state.lines.map((l) => [
      l.directoryNumber,
      {
        busyInternal: l.forwardBusyInternal,
        busyExternal: l.forwardBusyExternal,
        noAnswerInternal: l.forwardNoAnswerInternal,
        noAnswerExternal: l.forwardNoAnswerExternal,
      },
    ]),
  )
}

test('busy forwarding for line 1002 only, then callers inside and outside apart; read back each time', async ({
  page,
  mock,
}) => {
  await openForwarding(page)
  const rules = forwardingRules(page)
  await expect(rules.now).toContainText(
    'Calls to 1002If you don’t answer: voicemailIf you’re on a call: voicemail',
  )
  await expect(rules.line('All my lines')).toBeChecked()
  const before = await rulesOf(mock)
  await mock.clearRequests()

  // The line's own number is refused before anything is sent.
  await rules.line('Line 2 – 1002').check()
  await rules.choose('If you’re already on a call', 'Another number', '10 02')
  await rules.save()
  await expect(
    alert(page, 'Calls to 1002 can’t be forwarded to 1002 – enter a different number'),
  ).toBeVisible()
  expect(await puts(mock)).toEqual([])

  await rules.number('If you’re already on a call').fill('07700 900123')
  await rules.save()
  await expect(rules.saved).toContainText(
    'Rules saved. Calls to 1002: If you don’t answer: voicemail; If you’re on a call: 07700900123.',
  )
  await expect(rules.saved).toBeFocused()
  const busy = { voicemail: false, destination: '07700900123' }
  expect(await rulesOf(mock)).toEqual({
    '1001': before['1001'],
    '1002': { ...before['1002'], busyInternal: busy, busyExternal: busy },
  })
  expect((await puts(mock)).map((r) => r.path)).toEqual([LINE2_PATH])
  await expectAccessible(page)

  // Different for callers from outside: unanswered outside calls take the administrator's setting.
  await rules.splitButton.click()
  await expect(rules.splitButton).toHaveAttribute('aria-expanded', 'true')
  await rules.choose('If you don’t answer', 'Your administrator’s setting', undefined, 'outside')
  await rules.save()
  await expect(rules.saved).toContainText(
    'If you don’t answer: voicemail for callers inside the organisation, your administrator’s setting for callers outside',
  )
  expect((await rulesOf(mock))['1002']).toEqual({
    busyInternal: busy,
    busyExternal: busy,
    noAnswerInternal: { voicemail: true, destination: '' },
    noAnswerExternal: { voicemail: false, destination: '' },
  })
})

test('a phone system that refuses these rules says so in words and keeps showing them', async ({
  page,
  mock,
}) => {
  await openForwarding(page)
  await mock.fault({ method: 'PUT', path: `${USER_PATH}/extension/*`, status: 405, count: 1 })
  const rules = forwardingRules(page)
  await rules.choose('If you don’t answer', 'Another number', '5551234')
  await rules.save()
  await expect(
    alert(page, 'Your phone system doesn’t let you change this here; your administrator can.'),
  ).toBeVisible()
  await expect(rules.number('If you don’t answer')).toHaveValue('5551234')
  await expect(rules.now).toContainText('If you don’t answer: voicemail')
})

test('Profile mentions the away persona’s rules from the first visit, and so does the page; "Forward All only" hides the section', async ({
  page,
}) => {
  await signIn(page, 'away')
  await expect(page.getByRole('region', { name: 'Your settings' })).toContainText(
    'Calls to 1091 are not forwardedBusy: 1001. No answer: +13125550189.',
  )
  await goTo(page, 'Call forwarding')
  const rules = forwardingRules(page)
  await expect(rules.now).toContainText(
    'Calls to 1091If you don’t answer: +13125550189If you’re on a call: 1001',
  )
  await expect(rules.number('If you’re already on a call')).toHaveValue('1001')
  await signOut(page)
  await openForwarding(page, 'forwardallonly')
  await expect(callForwarding(page).saveButton).toBeVisible()
  await expect(rules.region).toHaveCount(0)
})
