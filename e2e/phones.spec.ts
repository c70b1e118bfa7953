/**
 * The Phones page (issue 15): renaming a phone (hostile text, and back to the administrator's name),
 * a line's settings on one phone (only what changed is sent), phone services with a parameter, the
 * policy, a common-area phone, a visitor, and a phone taken away while its page is open. Saves meeting
 * 401, 503 and timeouts are in the fault matrix (e2e/resilience/write-actions.ts).
 */
import { phones } from './pages/phones.ts'
import { expect, expectAccessible, test } from './support/fixtures.ts'
import { requestsTo } from './support/mock-api.ts'
import { goTo, heading, openSignedIn, signIn, signOut } from './support/session.ts'

const DESK = 'd1a00001-3333-4d4e-8f50-000000000001'
const DESK_PATH = `/cucm-uds/user/demo/device/${DESK}`
const JABBER = 'd1a00002-3333-4d4e-8f50-000000000002'
const LINE1 = 'a1a00001-1111-4b2c-8d3e-0000000000a0'
const HOSTILE_NAME = `<b>Dana’s "desk" & ]]> 😀</b>`
const HOSTILE_LABEL = `<i>Team & "co"</i> 😀`

test('rename a phone and set up line 1002; its page opens on what pointing at it read', async ({
  page,
  mock,
}) => {
  await openSignedIn(page, 'Phones')
  const ph = phones(page)
  await expect(ph.link('Settings for Dana Morgan Jabber')).toBeVisible()
  await expect(page.getByText('Jabber on your computer')).toBeVisible()
  // Each card names the lines on the phone and links its model's guide.
  await expect(ph.card('Dana Morgan desk phone')).toContainText('Lines1001, 1002')
  await expect(ph.card('Dana Morgan Jabber')).toContainText('Lines1001')
  await expect(
    ph
      .card('Dana Morgan desk phone')
      .getByRole('link', { name: 'Phone guide (PDF) for Dana Morgan desk phone' }),
  ).toHaveAttribute('href', /^https:\/\/.+\.pdf$/)

  // Pointing at the phone reads its page; opening it then asks the server for nothing.
  await ph.link('Settings for Dana Morgan desk phone').hover()
  await expect
    .poll(
      async () => (await requestsTo(mock, { method: 'GET', path: `${DESK_PATH}/subscribedServices` })).length,
    )
    .toBe(1)
  await mock.clearRequests()
  await ph.open('Dana Morgan desk phone')
  await expect(ph.line('1002').label).toHaveValue('Team line')
  expect(await requestsTo(mock, { method: 'GET' })).toEqual([])
  await expectAccessible(page)

  // A hostile name round-trips exactly; the page and the server agree.
  await ph.rename(HOSTILE_NAME)
  await expect(ph.saved(`The phone is now called “${HOSTILE_NAME}”.`)).toBeVisible()
  await expect(heading(page, HOSTILE_NAME)).toBeVisible()
  let device = (await mock.state('demo')).devices.find((d) => d.id === DESK)!
  expect(device.userDescription).toBe(HOSTILE_NAME)

  // Empty: the administrator's name comes back.
  await ph.rename('')
  await expect(ph.saved('administrator’s name again: “Dana Morgan desk phone”')).toBeVisible()
  await expect(ph.nameField).toHaveValue('Dana Morgan desk phone')
  device = (await mock.state('demo')).devices.find((d) => d.id === DESK)!
  expect(device.userDescription).toBeNull()

  // Line 1002: label, voicemail light and missed calls; only those are sent.
  const line = ph.line('1002')
  await line.label.fill(HOSTILE_LABEL)
  await line.voicemailLight.selectOption({ label: 'Light only' })
  await line.logMissedCalls.uncheck()
  await mock.clearRequests()
  await line.save.click()
  await expect(line.saved).toBeVisible()
  await expect(line.label).toHaveValue(HOSTILE_LABEL)
  const after = (await mock.state('demo')).lines.find((l) => l.directoryNumber === '1002')!
  expect(after).toMatchObject({ label: HOSTILE_LABEL, mwiVisualPref: '3', logMissedCalls: false })
  expect(after).toMatchObject({ mwiAudiblePref: '', onACallRingPref: '', notOnACallRingPref: '' })
  expect((await mock.state('demo')).lines.find((l) => l.directoryNumber === '1001')!.label).toBe(
    'Dana - 1001',
  )
  // The answer was the line on this phone: only the user's list is read again (it says whether every
  // phone with the line now agrees).
  expect((await requestsTo(mock, {})).map((r) => `${r.method} ${r.path}`)).toEqual([
    `PUT ${DESK_PATH}/extension/a1a00002-1111-4b2c-8d3e-0000000000a0`,
    'GET /cucm-uds/user/demo/extensions',
  ])
})

test('Do not disturb on this phone; add and remove a service; a refused name; a phone taken away; a line differs between phones', async ({
  page,
  mock,
}) => {
  await openSignedIn(page, `/phones/${DESK}`, 'demo', { heading: 'Dana Morgan desk phone' })
  const ph = phones(page)
  // What Do not disturb does on this phone, and its call alert.
  await ph.dnd.getByRole('radio', { name: /^Reject calls/ }).check()
  await ph.dnd
    .getByLabel('Incoming call alert when Do not disturb is on')
    .selectOption({ label: 'Flash only' })
  await ph.dnd.getByRole('button', { name: 'Save Do not disturb settings' }).click()
  await expect(ph.saved('Do not disturb settings saved.')).toBeVisible()
  expect((await mock.state('demo')).devices.find((d) => d.id === DESK)).toMatchObject({
    dndOption: '1',
    dndAlert: '1',
  })
  // The line's other phones are named (their lines are read with the list's, which the route starts).
  await expect(ph.line('1001').region).toContainText(
    'Line 1001 is also on Dana Morgan Jabber and Dana Morgan RDP. Saving here changes its settings on this phone only.',
  )
  await expect(ph.line('1002').region).not.toContainText('also on')

  const { services } = ph
  await expect(services.region).toContainText(
    'on all your phones: Dana Morgan desk phone and Dana Morgan Jabber',
  )
  await services.choose('Weather')
  await expect(services.parameter('City')).toHaveValue('Chicago')
  await services.parameter('City').fill('')
  await services.add.click()
  await expect(page.locator('.error-summary')).toContainText('Enter City')
  await services.parameter('City').fill('Springfield & "Shelbyville"')
  await services.add.click()
  await expect(phones(page).saved('Weather added')).toBeVisible()
  await expect(services.item('Weather')).toBeVisible()
  const weather = (await mock.state('demo')).subscribedServices.find((s) => s.name === 'Weather')!
  expect(weather.parameters.map((p) => p.value)).toEqual(['Springfield & "Shelbyville"'])

  await services.remove('Weather').click()
  await expectAccessible(page)
  await services.confirmRemove('Weather').click()
  await expect(phones(page).saved('Weather removed')).toBeVisible()
  await expect(services.item('Weather')).toHaveCount(0)
  expect((await mock.state('demo')).subscribedServices.map((s) => s.name)).toEqual(['Corporate Directory'])

  // A name the server refuses (415) is shown next to the field, in words; the draft stays.
  await mock.fault({ method: 'PUT', path: DESK_PATH, status: 415, count: 1 })
  await phones(page).rename('Mine')
  await expect(page.locator('#phone-name-error')).toContainText('didn’t accept this name')
  await expect(phones(page).nameField).toHaveValue('Mine')

  // An administrator moves the phone away while its page is open: the save says so.
  await mock.fault({ method: 'PUT', path: DESK_PATH, status: 404, count: 1 })
  await phones(page).rename('Mine')
  await expect(phones(page).gone).toBeVisible()
  await page.getByRole('main').getByRole('link', { name: 'Back to Phones' }).last().click()
  await expect(heading(page, 'Phones')).toBeVisible()

  // Line 1001 is on the desk phone, Jabber and the RDP: a label set on Jabber is Jabber's only.
  await expect(ph.card('Dana Morgan Jabber')).toContainText('Lines1001')
  await ph.open('Dana Morgan Jabber')
  await ph.line('1001').label.fill('On my laptop')
  await ph.line('1001').save.click()
  await expect(ph.line('1001').saved).toBeVisible()
  // Opened from the list: the line's other phones are named; the label now differs from theirs.
  await expect(ph.line('1001').region).toContainText(
    'Line 1001 is also on Dana Morgan desk phone and Dana Morgan RDP. Saving here changes its settings on this phone only.',
  )
  await expect(
    ph.line('1001').region.getByText('Different on your other phones with line 1001.'),
  ).toHaveCount(1)
  const state = await mock.state('demo')
  expect(state.devices.find((d) => d.id === JABBER)!.lineSettings).toEqual({
    [LINE1]: { label: 'On my laptop' },
  })
  expect(state.lines.find((l) => l.id === LINE1)!.label).toBe('Dana - 1001')
})

test('policy hides controls; a common-area phone keeps its name; a visitor only looks', async ({
  page,
  mock,
}) => {
  await openSignedIn(page, '/phones/d1f00001-3333-4d4e-8f50-000000000001', 'policy', {
    heading: 'Pat Quinlan desk phone',
  })
  const ph = phones(page)
  const line = ph.line('1062')
  await expect(line.region).toContainText('Your administrator manages the line labels.')
  await expect(line.region).toContainText('Your administrator manages how your lines ring.')
  await expect(line.region).toContainText('Your administrator manages the voicemail light and sound.')
  await expect(line.label).toHaveCount(0)
  await expect(line.voicemailLight).toHaveCount(0)
  await expect(line.ringIdle).toHaveCount(0)
  await expect(line.logMissedCalls).toBeVisible()
  await expect(ph.nameField).toBeEditable()
  await signOut(page)

  // The shared persona: a common-area phone whose name is the administrator's; Extension Mobility.
  await signIn(page, 'shared')
  await goTo(page, 'Phones')
  await expect(page.getByText('You can stay signed in to a shared phone for up to 8 hours')).toBeVisible()
  await ph.open('Lobby phone (common area)')
  await expect(page.getByText('Your administrator names this phone')).toBeVisible()
  await expect(ph.nameField).toHaveCount(0)
  await expect(ph.line('1112').label).toBeEditable()
  // A service the catalogue no longer offers says so, and can still be removed.
  await expect(ph.services.item('Stock Quotes')).toContainText('no longer offered')
  await ph.services.remove('Stock Quotes').click()
  await ph.services.confirmRemove('Stock Quotes').click()
  await expect(ph.saved('Stock Quotes removed')).toBeVisible()
  expect((await mock.state('shared')).subscribedServices.map((s) => s.name)).toEqual(['Corporate Directory'])
  await signOut(page)

  // A visitor sees everything, changes nothing, and is told where to go.
  await signIn(page, 'visitor')
  await goTo(page, 'Phones')
  await expect(page.getByText('cucm-pub.emea.example.invalid')).toBeVisible()
  await ph.open('Vera Lindqvist desk phone')
  await expect(page.getByText('only be changed on your home phone system')).toBeVisible()
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('button', { name: /Save|Add service|Remove/ })).toHaveCount(0)
  await expect(ph.line('1022').region).toContainText('Team line')
  await expectAccessible(page)
})
