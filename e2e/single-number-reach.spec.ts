import type { Page } from '@playwright/test'
import { test, expect, expectAccessible, type MockControl } from './support/fixtures.ts'
import {
  heading,
  leaveDialog,
  notSaved,
  openSignedIn,
  reauthDialog,
  reauthenticate,
  signIn,
  status,
  errorSummary,
} from './support/session.ts'
import { asClient, described, requestsTo } from './support/mock-api.ts'
import { singleNumberReach } from './pages/single-number-reach.ts'

const RD = '/cucm-uds/user/demo/remoteDestination'
const WEEKDAYS_8_TO_6 = 'Monday to Friday, 8:00am to 6:00pm'

/** Opens a Single Number Reach URL: the portal asks to sign in first, then comes back to it. */
const open = (page: Page, path = '/single-number-reach', user = 'demo', heading?: string) =>
  openSignedIn(page, path, user, { heading })

const openAdd = (page: Page, user = 'demo') => open(page, '/single-number-reach/add', user, 'Add a phone')

/** The add form with an empty request log, its Save button and its error summary. */
async function openAddChecked(page: Page, mock: MockControl) {
  await openAdd(page)
  await mock.clearRequests()
  return { save: singleNumberReach(page).saveButton, summary: errorSummary(page) }
}

const card = (page: Page, name: string) => singleNumberReach(page).card(name)
const day = (page: Page, name: string) => singleNumberReach(page).day(name)
const fillNewPhone = (page: Page, name: string, number: string, when?: string) =>
  singleNumberReach(page).fillNewPhone(name, number, when)

/** Adds a phone behind the portal's back (as another tab or an administrator would). */
const addViaApi = (mock: MockControl, name: string, number: string) =>
  asClient(
    mock,
    'demo',
    'POST',
    RD,
    `<remoteDestination><name>${name}</name><destination>${number}</destination></remoteDestination>`,
    { status: 201 },
  )

test.describe('Single Number Reach', () => {
  test('lists the phone with its schedule, from one parallel set of reads', async ({ page, mock }) => {
    await open(page)
    await expect(heading(page, 'Single Number Reach')).toBeFocused()
    await expect(page).toHaveTitle('Single Number Reach – Phone settings')
    await expect(
      page.getByText('Ring your mobile or home phone at the same time as your desk phone'),
    ).toBeVisible()
    const mobile = card(page, 'Mobile')
    await expect(mobile).toContainText('+13125550177')
    await expect(mobile).toContainText(`Rings${WEEKDAYS_8_TO_6}`)
    await expect(mobile).toContainText('America/Chicago')
    await expect(mobile.getByRole('switch', { name: 'Ring this phone: Mobile' })).toBeChecked()
    await expect(mobile.getByRole('link', { name: 'Change phone: Mobile' })).toBeVisible()
    await expect(mobile.getByRole('button', { name: 'Remove phone: Mobile' })).toBeVisible()
    await expect(page.getByText('You can add up to 4 other phones (you have 1).')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Add a phone' })).toBeVisible()
    await expect(page.getByText('remote destination', { exact: false })).toHaveCount(0)
    await page.getByText('How it works').click()
    await expect(page.getByText('ring at the same time. Answer on whichever is nearest')).toBeVisible()
    await expectAccessible(page)

    // One read of the list carries every schedule: no request per phone.
    const reads = (await requestsTo(mock, { method: 'GET' })).map((r) => r.path)
    expect(reads).toContain('/cucm-uds/user/demo/remoteDestinations')
    expect(reads).toContain('/cucm-uds/options/timeZones')
    expect(reads.filter((p) => p.startsWith(`${RD}/`))).toEqual([])
  })

  test('adds a phone with a ring schedule', async ({ page, mock }) => {
    await open(page)
    await page.getByRole('link', { name: 'Add a phone' }).click()
    await expect(heading(page, 'Add a phone')).toBeFocused()
    // "At any time" is the phone system's own default, so it is chosen already.
    await expect(page.getByRole('radio', { name: 'At any time' })).toBeChecked()
    await expect(page.getByRole('radio', { name: 'Only at times I choose' })).not.toBeChecked()
    await expectAccessible(page)
    await fillNewPhone(page, 'Home', '+44 (20) 7946-0000', 'Only at times I choose')
    await expect(page.getByText('You haven’t chosen any times yet.')).toBeVisible()
    await page.getByText('More options').click()
    await page.getByLabel('Allow control from applications').check()

    await page.getByRole('link', { name: 'Choose times' }).click()
    await expect(page).toHaveURL(/\/single-number-reach\/add\/schedule$/)
    await expect(heading(page, 'Ring schedule for Home')).toBeFocused()
    await page.getByLabel('Ring on Saturday').check()
    await day(page, 'Saturday').getByLabel('From').selectOption({ label: '10:00am' })
    await day(page, 'Saturday').getByLabel('To').selectOption({ label: '2:00pm' })
    await page.getByLabel('Time zone').selectOption({ label: '(GMT+00:00) Europe/London' })
    await expect(page.locator('.snr-readback')).toContainText('Rings Saturday, 10:00am to 2:00pm')
    await expect(page.locator('.snr-readback')).toContainText('Times are in (GMT+00:00) Europe/London.')
    await expectAccessible(page)

    await singleNumberReach(page).save()
    await expect(heading(page, 'Single Number Reach')).toBeVisible()
    const banner = status(page, 'Home added.')
    await expect(banner).toContainText('It rings Saturday, 10:00am to 2:00pm (Europe/London time).')
    const home = card(page, 'Home')
    await expect(home).toContainText('+442079460000')
    await expect(home).toContainText('RingsSaturday, 10:00am to 2:00pm')
    await expect(home.getByRole('switch', { name: 'Ring this phone: Home' })).toBeChecked()
    await expect(page.getByText('You can add up to 4 other phones (you have 2).')).toBeVisible()
    await expectAccessible(page)

    const stored = (await mock.state('demo')).remoteDestinations.find((r) => r.name === 'Home')
    expect(stored).toMatchObject({
      destination: '+442079460000',
      ringWhenExtensionDialed: true,
      allowTransferToMobile: true,
      allowControlFromApplication: true,
      schedule: { timeZone: 'Europe/London', days: [{ day: 6, start: '10:00', end: '14:00' }] },
    })
    // Saved: the draft is gone.
    await page.getByRole('link', { name: 'Add a phone' }).click()
    await expect(singleNumberReach(page).name).toHaveValue('')
  })

  test('a new phone is one draft: it survives the schedule step and a reload', async ({ page }) => {
    await openAdd(page)
    await fillNewPhone(page, 'Home', '+44 (20) 7946-0000', 'Only at times I choose')
    await page.getByText('More options').click()
    await page.getByLabel('Allow control from applications').check()
    await page.getByRole('link', { name: 'Choose times' }).click()
    await page.getByLabel('Ring on Saturday').check()
    await day(page, 'Saturday').getByLabel('From').selectOption({ label: '10:00am' })
    await day(page, 'Saturday').getByLabel('To').selectOption({ label: '2:00pm' })

    // Back to the details: nothing lost.
    await page.getByRole('link', { name: 'Back to phone details' }).first().click()
    await expect(singleNumberReach(page).name).toHaveValue('Home')
    await expect(singleNumberReach(page).number).toHaveValue('+44 (20) 7946-0000')
    await expect(page.getByText('Rings Saturday, 10:00am to 2:00pm')).toBeVisible()

    // A reload forgets the password by design, but not the draft.
    await page.reload()
    await signIn(page, 'demo', 'demo', 'Add a phone')
    await expect(singleNumberReach(page).name).toHaveValue('Home')
    await expect(page.getByRole('radio', { name: 'Only at times I choose' })).toBeChecked()
    await expect(page.getByText('Rings Saturday, 10:00am to 2:00pm')).toBeVisible()
    await page.getByText('More options').click()
    await expect(page.getByLabel('Allow control from applications')).toBeChecked()
  })

  test('changes a phone: number (sent as destinationNumber), schedule with copy to weekdays, shown back in the list', async ({
    page,
    mock,
  }) => {
    await open(page)
    await card(page, 'Mobile').getByRole('link', { name: 'Change phone: Mobile' }).click()
    await expect(heading(page, 'Change Mobile')).toBeFocused()
    await expect(page.getByRole('radio', { name: 'Only at times I choose' })).toBeChecked()
    await expect(page.getByText(`Rings ${WEEKDAYS_8_TO_6}`)).toBeVisible()
    await singleNumberReach(page).name.fill('Work mobile')
    await singleNumberReach(page).number.fill('(312) 555-0199')
    await expectAccessible(page)

    await page.getByRole('link', { name: 'Choose times' }).click()
    // The saved schedule, exactly.
    await expect(day(page, 'Monday').getByLabel('From')).toHaveValue('08:00')
    await expect(day(page, 'Friday').getByLabel('To')).toHaveValue('18:00')
    await expect(page.getByLabel('Ring on Saturday')).not.toBeChecked()
    await expect(page.getByLabel('Time zone')).toHaveValue('America/Chicago')
    await day(page, 'Monday').getByLabel('From').selectOption({ label: '7:30am' })
    await day(page, 'Monday').getByLabel('To').selectOption({ label: 'Midnight (end of day)' })
    await page.getByLabel('Ring on Wednesday').uncheck()
    await page.getByRole('button', { name: 'Copy Monday’s times to Tuesday–Friday' }).click()
    await expect(page.getByText('Monday’s times copied to Tuesday to Friday')).toBeVisible()
    await expect(page.getByLabel('Ring on Wednesday')).toBeChecked()
    for (const name of ['Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await expect(day(page, name).getByLabel('From')).toHaveValue('07:30')
      await expect(day(page, name).getByLabel('To')).toHaveValue('24:00')
    }
    await page.getByLabel('Ring on Sunday').check()
    await day(page, 'Sunday').getByLabel('From').selectOption({ label: 'Midnight (start of day)' })
    await day(page, 'Sunday').getByLabel('To').selectOption({ label: 'Midnight (end of day)' })
    await expect(page.locator('.snr-readback')).toContainText(
      'Rings Monday to Friday, 7:30am to midnight; Sunday, all day',
    )
    await expect(heading(page, 'Ring schedule for Work mobile')).toBeVisible()
    await expectAccessible(page)

    await mock.clearRequests()
    await singleNumberReach(page).save()
    const banner = status(page, 'Work mobile saved.')
    await expect(banner).toContainText('It rings Monday to Friday, 7:30am to midnight; Sunday, all day')
    const phone = card(page, 'Work mobile')
    await expect(phone).toContainText('3125550199')
    await expect(phone).toContainText('Monday to Friday, 7:30am to midnight; Sunday, all day')

    const stored = (await mock.state('demo')).remoteDestinations[0]!
    expect(stored.name).toBe('Work mobile')
    expect(stored.destination).toBe('3125550199')
    expect(stored.schedule).toEqual({
      timeZone: 'America/Chicago',
      days: [
        { day: 0, start: '00:00', end: '24:00' },
        ...[1, 2, 3, 4, 5].map((d) => ({ day: d, start: '07:30', end: '24:00' })),
      ],
    })
    // The PUT's answer is the phone: no re-read of the list.
    expect(described(await requestsTo(mock))).toEqual([`PUT ${RD}/${stored.id}`])
  })

  test('a saved schedule opens again exactly as saved, and "At any time" clears it', async ({
    page,
    mock,
  }) => {
    await open(page)
    await card(page, 'Mobile').getByRole('link', { name: 'Change phone: Mobile' }).click()
    await page.getByRole('link', { name: 'Choose times' }).click()
    await day(page, 'Monday').getByLabel('From').selectOption({ label: '7:30am' })
    await page.getByLabel('Ring on Sunday').check()
    await day(page, 'Sunday').getByLabel('From').selectOption({ label: 'Midnight (start of day)' })
    await day(page, 'Sunday').getByLabel('To').selectOption({ label: 'Midnight (end of day)' })
    await singleNumberReach(page).save()
    const phone = card(page, 'Mobile')
    await expect(status(page, 'Mobile saved.')).toBeVisible()

    // Opened again, the schedule step shows exactly what was saved.
    await phone.getByRole('link', { name: 'Change phone: Mobile' }).click()
    await page.getByRole('link', { name: 'Choose times' }).click()
    await expect(day(page, 'Monday').getByLabel('From')).toHaveValue('07:30')
    await expect(day(page, 'Monday').getByLabel('To')).toHaveValue('18:00')
    await expect(day(page, 'Thursday').getByLabel('From')).toHaveValue('08:00')
    await expect(day(page, 'Sunday').getByLabel('From')).toHaveValue('00:00')
    await expect(day(page, 'Sunday').getByLabel('To')).toHaveValue('24:00')
    await expect(page.getByLabel('Ring on Saturday')).not.toBeChecked()

    // "At any time" clears the schedule.
    await page.getByRole('link', { name: 'Back to phone details' }).first().click()
    await page.getByRole('radio', { name: 'At any time' }).check()
    await singleNumberReach(page).save()
    await expect(status(page, 'Mobile saved.')).toContainText(
      'It rings at any time when your desk number is called.',
    )
    await expect(card(page, 'Mobile')).toContainText('Ringsat any time')
    expect((await mock.state('demo')).remoteDestinations[0]!.schedule).toBeNull()
  })

  test('rings on and off at once, and a refused change leaves the switch as it was', async ({
    page,
    mock,
  }) => {
    await open(page)
    const mobile = card(page, 'Mobile')
    const ring = page.getByRole('switch', { name: 'Ring this phone: Mobile' })
    // The visible switch is the label (its thumb covers the native input).
    const flip = () => mobile.locator('label', { hasText: 'Ring this phone' }).click()
    await mock.fault({ method: 'PUT', path: `${RD}/*`, delayMs: 2500 })
    await flip()
    // Pending: not flipped until the server agrees.
    await expect(mobile.getByText('Turning off…')).toBeVisible()
    await expect(ring).toBeChecked()
    await expect(ring).toHaveAttribute('aria-busy', 'true')
    await expect(ring).not.toBeChecked()
    expect((await mock.state('demo')).remoteDestinations[0]!.ringWhenExtensionDialed).toBe(false)
    await expect(status(page, 'Mobile won’t ring')).toBeVisible()
    await expect(mobile).toContainText('Off')

    // The keyboard works too.
    await ring.focus()
    await page.keyboard.press('Space')
    await expect(ring).toBeChecked()
    expect((await mock.state('demo')).remoteDestinations[0]!.ringWhenExtensionDialed).toBe(true)
    await expect(status(page, 'Mobile will ring when your desk number is called')).toBeVisible()

    await mock.fault({ method: 'PUT', path: `${RD}/*`, status: 409 })
    await page.keyboard.press('Space')
    await expect(mobile.getByRole('alert')).toHaveText(
      'Ringing wasn’t turned off for Mobile. The phone system refused the change.',
    )
    await expect(ring).toBeChecked()
    await expect(ring).toBeFocused()
    expect((await mock.state('demo')).remoteDestinations[0]!.ringWhenExtensionDialed).toBe(true)
    await expectAccessible(page)
    await mobile.getByRole('button', { name: 'Try again: Ring this phone: Mobile' }).click()
    await expect(ring).not.toBeChecked()
    await expect(mobile.getByRole('alert')).toHaveCount(0)
    expect((await mock.state('demo')).remoteDestinations[0]!.ringWhenExtensionDialed).toBe(false)
  })

  test('removes a phone after a confirmation that names it and its schedule', async ({ page, mock }) => {
    await open(page)
    const remove = page.getByRole('button', { name: 'Remove phone: Mobile' })
    await remove.click()
    const dialog = page.getByRole('alertdialog', { name: 'Remove ‘Mobile’ (+13125550177)?' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText(`Its ring schedule (${WEEKDAYS_8_TO_6}) will be removed too.`)
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    await expect(remove).toBeFocused()
    expect((await mock.state('demo')).remoteDestinations).toHaveLength(1)

    await remove.click()
    await dialog.getByRole('button', { name: 'Remove phone' }).click()
    await expect(dialog).toBeHidden()
    await expect(status(page, 'Mobile removed')).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Your other phones' })).toBeFocused()
    await expect(page.getByText('You haven’t added any other phones yet.')).toBeVisible()
    await expect(page.getByText('You can add up to 4 other phones (you have 0).')).toBeVisible()
    expect((await mock.state('demo')).remoteDestinations).toEqual([])
    await expectAccessible(page)
  })

  test('where removing is not supported (405), offers to stop it ringing instead', async ({ page, mock }) => {
    await open(page)
    await mock.fault({ method: 'DELETE', path: `${RD}/*`, status: 405 })
    await page.getByRole('button', { name: 'Remove phone: Mobile' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove phone' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Phones can’t be removed here' })
    await expect(dialog).toContainText('Ask your helpdesk to remove it.')
    await expect(dialog).not.toContainText('405')
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Stop ringing Mobile' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('switch', { name: 'Ring this phone: Mobile' })).not.toBeChecked()
    const stored = (await mock.state('demo')).remoteDestinations
    expect(stored).toHaveLength(1)
    expect(stored[0]!.ringWhenExtensionDialed).toBe(false)
  })

  test('at the limit, says so in words instead of offering to add', async ({ page, mock }) => {
    for (const [name, number] of [
      ['Home', '+13125550100'],
      ['Cabin', '+13125550101'],
      ['Partner', '+13125550102'],
    ])
      await addViaApi(mock, name!, number!)
    await open(page)
    await expect(
      page.getByText('You can add up to 4 other phones (you have 4). Remove one to add another.'),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'Add a phone' })).toHaveCount(0)
    await expectAccessible(page)
    await page.screenshot({ path: '/tmp/snr-limit-1280.png', fullPage: true })
  })

  test('a 409 because the limit was reached elsewhere is explained, and the draft stays', async ({
    page,
    mock,
  }) => {
    await addViaApi(mock, 'Home', '+13125550100')
    await addViaApi(mock, 'Cabin', '+13125550101')
    await openAdd(page)
    await fillNewPhone(page, 'Partner', '07700 900123')
    await addViaApi(mock, 'Boat', '+13125550102')
    await singleNumberReach(page).save()
    await expect(page.getByRole('alert')).toContainText(
      'You already have 4 other phones, the most you can add. Remove one to add another.',
    )
    await expect(singleNumberReach(page).name).toHaveValue('Partner')
    expect((await mock.state('demo')).remoteDestinations.map((r) => r.name)).not.toContain('Partner')
  })

  test('a number the phone system already has (409) is shown at the number', async ({ page, mock }) => {
    await openAdd(page)
    await mock.fault({ method: 'POST', path: RD, status: 409 })
    await fillNewPhone(page, 'Partner', '07700 900123')
    await singleNumberReach(page).save()
    const message =
      'The phone system already has this number for you – enter a different number, or change the phone that has it'
    await expect(page.getByRole('alert').getByRole('link', { name: message })).toBeVisible()
    await expect(page).toHaveTitle(/^Error: /)
    await expect(singleNumberReach(page).number).toHaveAccessibleDescription(new RegExp(message))
  })

  test('nosnr: explains that an administrator has to set it up first', async ({ page }) => {
    await open(page, '/single-number-reach', 'nosnr')
    await expect(
      page.getByText('An administrator needs to set up Single Number Reach for you first.'),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'Add a phone' })).toHaveCount(0)
    await expect(page.getByText('You haven’t added any other phones yet.')).toHaveCount(0)
    await expectAccessible(page)
  })

  test('a hostile name round-trips exactly and is never markup', async ({ page, mock }) => {
    const hostile = `<b>&amp;"]]>'📱`
    await openAdd(page)
    await fillNewPhone(page, hostile, '07700 900123')
    await singleNumberReach(page).save()
    await expect(status(page, `${hostile} added.`)).toBeVisible()
    await expect(card(page, hostile)).toContainText('07700900123')
    await expect(page.getByRole('switch', { name: `Ring this phone: ${hostile}` })).toBeChecked()
    expect(await page.locator('main b').count()).toBe(0)
    const stored = (await mock.state('demo')).remoteDestinations.find((r) => r.destination === '07700900123')
    expect(stored?.name).toBe(hostile)
    await card(page, hostile)
      .getByRole('link', { name: `Change phone: ${hostile}` })
      .click()
    await expect(singleNumberReach(page).name).toHaveValue(hostile)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Change ${hostile}`)
  })

  test('checks the phone\'s answers on "Save phone" and sends nothing until they are right', async ({
    page,
    mock,
  }) => {
    const { save, summary } = await openAddChecked(page, mock)
    await save.click()
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('There is a problem')
    await expect(summary.getByRole('link')).toHaveText([
      'Enter a name for this phone',
      'Enter the phone number',
    ])
    await expect(page).toHaveTitle('Error: Add a phone – Phone settings')
    await expectAccessible(page)

    await fillNewPhone(page, 'Home', '07700 9OO123')
    await save.click()
    await expect(summary.getByRole('link')).toHaveText([
      'Phone number can only include 0–9 and a + at the start',
    ])
    await summary.getByRole('link').click()
    await expect(singleNumberReach(page).number).toBeFocused()
    await expect(singleNumberReach(page).number).toHaveValue('07700 9OO123')

    // One of the user's own desk lines.
    await singleNumberReach(page).number.fill('1001')
    await save.click()
    await expect(summary.getByRole('link')).toHaveText([
      'This number is one of your desk lines – add a mobile or home number',
    ])
    await singleNumberReach(page).number.fill('+1 (312) 555-1001')
    await save.click()
    await expect(summary.getByRole('link')).toHaveText([
      'This number is one of your desk lines – add a mobile or home number',
    ])
    // Already one of the user's other phones.
    await singleNumberReach(page).number.fill('+1 312-555-0177')
    await save.click()
    await expect(summary.getByRole('link')).toHaveText([
      'You’ve already added this number as ‘Mobile’ – enter a different number',
    ])
    await singleNumberReach(page).name.fill('x'.repeat(51))
    await singleNumberReach(page).number.fill('1'.repeat(25))
    await save.click()
    await expect(summary.getByRole('link')).toHaveText([
      'Name must be 50 characters or less',
      'Phone number must be 24 characters or less',
    ])

    expect(await requestsTo(mock, { method: 'POST' })).toEqual([])
  })

  test('checks the schedule answers on "Save phone", their links lead to the schedule step', async ({
    page,
    mock,
  }) => {
    const { save, summary } = await openAddChecked(page, mock)
    // Schedule answers are checked too, and their links lead to the schedule step.
    await singleNumberReach(page).name.fill('Home')
    await singleNumberReach(page).number.fill('07700 900123')
    await page.getByRole('radio', { name: 'Only at times I choose' }).check()
    await save.click()
    await expect(summary.getByRole('link')).toHaveText(['Select at least one day'])
    await summary.getByRole('link').click()
    await expect(page).toHaveURL(/\/add\/schedule$/)
    await expect(page.getByLabel('Ring on Monday')).toBeFocused()
    await expectAccessible(page)

    await page.getByLabel('Ring on Monday').check()
    await day(page, 'Monday').getByLabel('From').selectOption({ label: '6:00pm' })
    await day(page, 'Monday').getByLabel('To').selectOption({ label: '8:00am' })
    await save.click()
    await expect(summary.getByRole('link')).toHaveText(['Monday: end time must be after start time'])
    await expect(day(page, 'Monday')).toContainText('Error: Monday: end time must be after start time')
    await summary.getByRole('link').click()
    await expect(day(page, 'Monday').getByLabel('From')).toBeFocused()
    await expect(page).toHaveTitle(/^Error: Ring schedule/)
    await expectAccessible(page)
    expect(await requestsTo(mock, { method: 'POST' })).toEqual([])

    await day(page, 'Monday').getByLabel('To').selectOption({ label: '9:00pm' })
    await save.click()
    await expect(status(page, 'Home added.')).toContainText('It rings Monday, 6:00pm to 9:00pm')
  })

  test('a session that expires during the save: sign in again and it saves once, nothing lost', async ({
    page,
    mock,
  }) => {
    await openAdd(page)
    await fillNewPhone(page, 'Home', '07700 900123')
    await mock.clearRequests()
    await mock.fault({ method: 'POST', path: RD, status: 401 })
    await singleNumberReach(page).save()
    const dialog = reauthDialog(page)
    await expect(dialog).toBeVisible()
    await expect(page.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true')
    await expectAccessible(page)
    await reauthenticate(page)
    await expect(status(page, 'Home added.')).toBeVisible()
    const posts = await requestsTo(mock, { method: 'POST', path: RD })
    expect(posts.map((r) => r.status)).toEqual([401, 201])
    expect((await mock.state('demo')).remoteDestinations.map((r) => r.name)).toEqual(['Mobile', 'Home'])
  })

  test('a busy phone system during the save: nothing is lost and Try again saves', async ({ page, mock }) => {
    await open(page)
    await page.getByRole('link', { name: 'Change phone: Mobile' }).click()
    await singleNumberReach(page).name.fill('Work mobile')
    await mock.fault({ method: 'PUT', path: `${RD}/*`, status: 503 })
    await singleNumberReach(page).save()
    const problem = notSaved(page)
    await expect(problem).toContainText('The phone system is busy at the moment.')
    await expect(problem.locator('p').first()).not.toContainText('503')
    await expect(singleNumberReach(page).name).toHaveValue('Work mobile')
    expect((await mock.state('demo')).remoteDestinations[0]!.name).toBe('Mobile')
    await expectAccessible(page)
    await problem.getByRole('button', { name: 'Try again' }).click()
    await expect(status(page, 'Work mobile saved.')).toBeVisible()
    expect((await mock.state('demo')).remoteDestinations[0]!.name).toBe('Work mobile')
  })

  test('leaving a changed form asks first, and nothing is saved or kept after leaving', async ({
    page,
    mock,
  }) => {
    await open(page)
    await page.getByRole('link', { name: 'Change phone: Mobile' }).click()
    await singleNumberReach(page).save()
    await expect(status(page, 'You haven’t changed anything yet.')).toBeVisible()
    await mock.clearRequests()
    await singleNumberReach(page).name.fill('Work mobile')
    // Moving to the schedule step and back is not leaving.
    await page.getByRole('link', { name: 'Choose times' }).click()
    await page.getByRole('link', { name: 'Back to phone details' }).first().click()
    await expect(singleNumberReach(page).name).toHaveValue('Work mobile')
    await page.getByRole('link', { name: 'Back to Single Number Reach' }).click()
    const dialog = leaveDialog(page)
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Stay on this page' }).click()
    await expect(singleNumberReach(page).name).toHaveValue('Work mobile')
    await page.getByRole('link', { name: 'Back to Single Number Reach' }).click()
    await dialog.getByRole('button', { name: 'Leave without saving' }).click()
    await expect(heading(page, 'Single Number Reach')).toBeVisible()
    await page.getByRole('link', { name: 'Change phone: Mobile' }).click()
    await expect(singleNumberReach(page).name).toHaveValue('Mobile')
    expect(await requestsTo(mock, { method: 'PUT' })).toEqual([])
  })

  test('fits a 360px-wide phone screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    const fits = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await open(page)
    await fits()
    await page.getByRole('link', { name: 'Change phone: Mobile' }).click()
    await page.getByText('More options').click()
    await fits()
    await page.getByRole('link', { name: 'Choose times' }).click()
    await day(page, 'Monday').getByLabel('To').selectOption({ label: 'Midnight (end of day)' })
    await fits()
  })

  test('visitor (another home cluster): read-only, no controls at all', async ({ page }) => {
    await open(page, '/single-number-reach', 'visitor')
    await expect(page.getByText('Your settings are managed on another phone system')).toBeVisible()
    const mobile = card(page, 'Mobile')
    await expect(mobile).toContainText('+46705550121')
    await expect(mobile).toContainText('Rings when your desk number is calledYes')
    await expect(page.getByRole('switch')).toHaveCount(0)
    // Nothing that changes anything ("Link to this setting" only copies an address).
    await expect(
      page.getByRole('main').getByRole('button').filter({ hasNotText: 'Link to this setting' }),
    ).toHaveCount(0)
    await expect(page.getByRole('link', { name: /Change|Add a phone/ })).toHaveCount(0)
    await expectAccessible(page)
    await openAdd(page, 'visitor')
    await expect(page.getByText('Your settings are managed on another phone system')).toBeVisible()
    await expect(page.getByRole('textbox')).toHaveCount(0)
  })
})
