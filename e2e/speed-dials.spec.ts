import type { Page } from '@playwright/test'
import { test, expect, expectAccessible, type MockControl } from './support/fixtures.ts'
import {
  goTo,
  heading,
  leaveDialog,
  navLink,
  notSaved,
  openSignedIn,
  reauthDialog,
  reauthenticate,
  signIn,
  status,
} from './support/session.ts'
import { speedDials } from './pages/speed-dials.ts'
import { yourChanges } from './pages/your-changes.ts'
import { asClient, described, requestsTo } from './support/mock-api.ts'

interface Dial {
  index: number
  number: string
  label: string
}

const HOSTILE = '<b>&amp;"]]> 😀👍🏽'

/** Opens the page as a user (a deep link, so sign-in comes back to it). */
const open = (page: Page, user = 'demo', path = '/speed-dials', landing = 'Speed dials') =>
  openSignedIn(page, path, user, { heading: landing })

/** Each phone's list as the mock holds it: [index, label, number]. */
async function phoneLists(mock: MockControl, user = 'demo') {
  const state = await mock.state(user)
  return state.devices
    .filter((d) => d.kind === 'phone')
    .map((d) => d.speedDials.map((s) => [s.index, s.label, s.number]))
}

/** Writes a speed dial request straight to the mock (as another client would), not through the portal. */
const udsAs = (
  mock: MockControl,
  user: string,
  method: 'PUT' | 'POST' | 'DELETE',
  path: string,
  body?: string,
) => asClient(mock, user, method, `/cucm-uds/user/${user}${path}`, body)

function xmlList(items: Dial[]) {
  return `<speedDials>${items
    .map(
      (s) =>
        `<speedDial><index>${s.index}</index><number>${s.number}</number><label>${s.label}</label></speedDial>`,
    )
    .join('')}</speedDials>`
}

/** The speed dial requests (reads too) as "METHOD /path" lines. */
const writes = async (mock: MockControl) => described(await requestsTo(mock, { path: /speedDials/ }))

const rows = (page: Page) => speedDials(page).rows()
const saveBar = (page: Page) => speedDials(page).saveBar()

test.describe('Speed dials', () => {
  test('shows the list in order with named actions, and adds a speed dial with one POST', async ({
    page,
    mock,
  }) => {
    await open(page)
    await expect(page).toHaveTitle('Speed dials – Phone settings')
    await expect(heading(page, 'Speed dials')).toBeFocused()
    await expect(rows(page)).toHaveCount(3)
    await expect(rows(page).nth(0)).toContainText('Speed dial 1')
    await expect(rows(page).nth(0)).toContainText('Reception')
    await expect(rows(page).nth(0)).toContainText('1002')
    await expect(rows(page).nth(2)).toContainText('9,18005550199')
    await expect(speedDials(page).edit('Help desk')).toHaveAttribute('href', '/speed-dials/2')
    await expect(speedDials(page).moveUp('Help desk')).toBeVisible()
    await expect(speedDials(page).moveDown('Help desk')).toBeVisible()
    await expect(speedDials(page).remove('Help desk')).toBeVisible()
    // At the ends the move that doesn't apply is left out.
    await expect(speedDials(page).moveUp('Reception')).toHaveCount(0)
    await expect(speedDials(page).moveDown('Conference bridge')).toHaveCount(0)
    await expect(saveBar(page)).toHaveCount(0)
    await expectAccessible(page)

    await speedDials(page).addLink.click()
    await expect(page).toHaveURL(/\/speed-dials\/add$/)
    await expect(heading(page, 'Add speed dial')).toBeFocused()
    await expect(page).toHaveTitle('Add speed dial – Phone settings')
    await expect(page.getByLabel('Position')).toHaveValue('4')
    await expect(page.getByText('Shown on your phone')).toBeVisible()
    await expect(page.getByText('A comma adds a 2-second pause')).toBeVisible()
    await expectAccessible(page)
    await speedDials(page).fill({ name: 'Dentist', number: '01632 960001' })
    await speedDials(page).addToList()

    await expect(page).toHaveURL(/\/speed-dials$/)
    const added = rows(page).nth(3)
    await expect(added).toContainText('Speed dial 4')
    await expect(added).toContainText('Dentist')
    await expect(added).toContainText('01632960001')
    await expect(added).toContainText('Not saved yet')
    await expect(added).toBeFocused()
    await expect(status(page, "'Dentist' added as speed dial 4 – not saved yet")).toBeAttached()
    await expect(saveBar(page)).toContainText('Unsaved changes')
    await expectAccessible(page)
    // Nothing was sent yet.
    expect(await phoneLists(mock)).toEqual([
      [
        [1, 'Reception', '1002'],
        [2, 'Help desk', '+13125550143'],
        [3, 'Conference bridge', '9,18005550199'],
      ],
      [
        [1, 'Reception', '1002'],
        [2, 'Help desk', '+13125550143'],
        [3, 'Conference bridge', '9,18005550199'],
      ],
    ])

    await mock.clearRequests()
    await saveBar(page).getByRole('button', { name: 'Save speed dials' }).click()
    await expect(speedDials(page).saved).toContainText('You now have 4 speed dials.')
    await expect(saveBar(page)).toHaveCount(0)
    await expect(rows(page).nth(3)).not.toContainText('Not saved yet')
    // A pure addition is one POST: no guard read, no PUT. Then the list is read again.
    const sent = await writes(mock)
    expect(sent[0]).toBe('POST /cucm-uds/user/demo/speedDials')
    expect(sent.filter((r) => !r.startsWith('GET'))).toEqual(['POST /cucm-uds/user/demo/speedDials'])
    for (const list of await phoneLists(mock)) expect(list[3]).toEqual([4, 'Dentist', '01632960001'])
  })

  test('edits a speed dial: the list is re-read, then one PUT of the whole list', async ({ page, mock }) => {
    await open(page)
    await speedDials(page).edit('Help desk').click()
    await expect(page).toHaveURL(/\/speed-dials\/2$/)
    await expect(heading(page, 'Edit speed dial 2')).toBeVisible()
    await expect(speedDials(page).name).toHaveValue('Help desk')
    await expectAccessible(page)
    await speedDials(page).fill({ name: 'IT help', number: '2000' })
    await page.getByRole('button', { name: 'Update' }).click()
    await expect(rows(page).nth(1)).toContainText('IT help')
    await expect(rows(page).nth(1)).toBeFocused()
    await mock.clearRequests()
    await speedDials(page).save()
    await expect(speedDials(page).saved).toBeVisible()
    const sent = await writes(mock)
    expect(sent.slice(0, 2)).toEqual([
      'GET /cucm-uds/user/demo/speedDials',
      'PUT /cucm-uds/user/demo/speedDials',
    ])
    expect(sent.filter((r) => !r.startsWith('GET'))).toHaveLength(1)
    for (const list of await phoneLists(mock)) expect(list[1]).toEqual([2, 'IT help', '2000'])
  })

  test('reorders with the keyboard: focus stays, the new position is announced', async ({ page, mock }) => {
    await open(page)
    const up = speedDials(page).moveUp('Conference bridge')
    await up.focus()
    await page.keyboard.press('Enter')
    await expect(rows(page).nth(1)).toContainText('Conference bridge')
    await expect(rows(page).nth(1)).toContainText('Speed dial 2')
    await expect(speedDials(page).moveUp('Conference bridge')).toBeFocused()
    await expect(status(page, "'Conference bridge' moved to speed dial 2 of 3")).toBeAttached()
    await page.keyboard.press('Enter')
    await expect(rows(page).nth(0)).toContainText('Conference bridge')
    // At the top "Move up" is gone: focus is on the remaining move button.
    await expect(speedDials(page).moveUp('Conference bridge')).toHaveCount(0)
    await expect(speedDials(page).moveDown('Conference bridge')).toBeFocused()
    await expect(status(page, "'Conference bridge' moved to speed dial 1 of 3")).toBeAttached()
    await page.keyboard.press('Space')
    await expect(rows(page).nth(1)).toContainText('Conference bridge')
    await expect(speedDials(page).moveDown('Conference bridge')).toBeFocused()
    await speedDials(page).moveUp('Conference bridge').press('Enter')
    await expect(rows(page).nth(0)).toContainText('Conference bridge')

    await mock.clearRequests()
    await speedDials(page).save()
    await expect(speedDials(page).saved).toBeVisible()
    expect((await writes(mock)).filter((r) => !r.startsWith('GET'))).toEqual([
      'PUT /cucm-uds/user/demo/speedDials',
    ])
    for (const list of await phoneLists(mock))
      expect(list.map((s) => s[1])).toEqual(['Conference bridge', 'Reception', 'Help desk'])
  })

  test('removes a speed dial with one DELETE ?index=, focus moving to the next row', async ({
    page,
    mock,
  }) => {
    await open(page)
    await speedDials(page).remove('Help desk').click()
    await expect(rows(page)).toHaveCount(2)
    await expect(rows(page).nth(1)).toContainText('Conference bridge')
    await expect(rows(page).nth(1)).toBeFocused()
    await expect(status(page, "'Help desk' removed – not saved yet")).toBeAttached()
    await mock.clearRequests()
    await speedDials(page).save()
    await expect(speedDials(page).saved).toContainText('2 speed dials')
    expect((await writes(mock)).filter((r) => !r.startsWith('GET'))).toEqual([
      'DELETE /cucm-uds/user/demo/speedDials?index=2',
    ])
    for (const list of await phoneLists(mock)) expect(list.map((s) => s[0])).toEqual([1, 3])
  })

  test('discard drops the draft and sends nothing', async ({ page, mock }) => {
    await open(page)
    await speedDials(page).remove('Reception').click()
    await speedDials(page).moveUp('Conference bridge').click()
    await expect(saveBar(page)).toBeVisible()
    await mock.clearRequests()
    await page.getByRole('button', { name: 'Discard' }).click()
    await expect(saveBar(page)).toHaveCount(0)
    await expect(rows(page)).toHaveCount(3)
    await expect(rows(page).nth(0)).toContainText('Reception')
    await expect(status(page, 'Your changes were discarded')).toBeAttached()
    expect(await writes(mock)).toEqual([])
    // Leaving is no longer guarded.
    await goTo(page, 'Profile')
  })

  test('a hostile name and emoji round-trip exactly, shown as typed after a reload', async ({
    page,
    mock,
  }) => {
    await open(page)
    await speedDials(page).add({ name: HOSTILE, number: '+44*1#,2' })
    await speedDials(page).save()
    await expect(speedDials(page).saved).toBeVisible()
    for (const list of await phoneLists(mock)) expect(list[3]).toEqual([4, HOSTILE, '+44*1#,2'])

    await page.reload()
    await page.waitForURL(/\/sign-in\?next=/)
    await signIn(page, 'demo', 'demo', 'Speed dials')
    await expect(rows(page).nth(3).locator('.sd-name')).toHaveText(HOSTILE)
    await expect(page.getByRole('button', { name: `Remove '${HOSTILE}'` })).toBeVisible()
    expect(await page.locator('main b').count()).toBe(0)
    await page.getByRole('link', { name: `Edit '${HOSTILE}'` }).click()
    await expect(speedDials(page).name).toHaveValue(HOSTILE)
  })

  test('rejects a bad number, a missing or long name, and a position in use', async ({ page, mock }) => {
    await open(page, 'demo', '/speed-dials/add', 'Add speed dial')
    await speedDials(page).number.fill('12ab')
    await speedDials(page).addToList()
    const summary = page.locator('.error-summary')
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('There is a problem')
    await expect(summary).toContainText('Enter a name for this speed dial')
    await expect(summary).toContainText(
      'Number can only include 0–9, *, #, + and commas (a comma adds a pause)',
    )
    await expect(page).toHaveTitle('Error: Add speed dial – Phone settings')
    await expect(speedDials(page).number).toHaveAttribute('aria-invalid', 'true')
    await expect(speedDials(page).number).toHaveValue('12ab')
    await expectAccessible(page)
    await summary.getByRole('link', { name: /Enter a name/ }).click()
    await expect(speedDials(page).name).toBeFocused()

    await speedDials(page).fill({ name: 'x'.repeat(31), number: '1'.repeat(51) })
    await page.getByLabel('Position').fill('1')
    await speedDials(page).addToList()
    await expect(summary).toContainText('Name must be 30 characters or less')
    await expect(summary).toContainText('Number must be 50 characters or less')
    await expect(summary).toContainText(
      "Speed dial 1 is already used by 'Reception' – choose another position",
    )

    await page.getByLabel('Position').fill('100')
    await speedDials(page).addToList()
    await expect(summary).toContainText('Position must be a whole number from 1 to 99')

    // 30 characters counted as the phone system does (an emoji is one).
    await speedDials(page).fill({ name: '😀'.repeat(30), number: '1' })
    await page.getByLabel('Position').fill('9')
    await speedDials(page).addToList()
    await expect(rows(page).filter({ hasText: 'Speed dial 9' })).toContainText('😀'.repeat(30))
    expect(await writes(mock)).toEqual(['GET /cucm-uds/user/demo/speedDials'])
  })

  test('editing to a position another entry uses is refused', async ({ page, mock: _mock }) => {
    await open(page, 'demo', '/speed-dials/3', 'Edit speed dial 3')
    await page.getByLabel('Position').fill('2')
    await page.getByRole('button', { name: 'Update' }).click()
    await expect(page.locator('.error-summary')).toContainText(
      "Speed dial 2 is already used by 'Help desk' – choose another position",
    )
    await expect(page.locator('#sd-position-error')).toContainText('already used')
  })

  test('a server refusal (415) is shown in words next to the row, and the draft stays', async ({
    page,
    mock,
  }) => {
    await open(page)
    await speedDials(page).add({ name: 'Dentist', number: '123' })
    await mock.fault({ method: 'POST', path: '/cucm-uds/user/demo/speedDials', status: 415 })
    await speedDials(page).save()
    const row = rows(page).filter({ hasText: 'Dentist' })
    await expect(row).toContainText("The phone system didn't accept this speed dial")
    await expect(page.locator('.error-summary')).toContainText('Speed dial 4:')
    await expect(page).toHaveTitle(/^Error: Speed dials/)
    await expect(saveBar(page)).toBeVisible()
    await expectAccessible(page)
    // 409 for a position taken meanwhile says which.
    await udsAs(mock, 'demo', 'POST', '/speedDials', xmlList([{ index: 4, number: '9', label: 'Elsewhere' }]))
    await speedDials(page).save()
    await expect(row).toContainText(
      'Speed dial 4 is already used on the phone system – choose another position',
    )
    await speedDials(page).edit('Dentist').click()
    await page.getByLabel('Position').fill('5')
    await page.getByRole('button', { name: 'Update' }).click()
    await speedDials(page).save()
    await expect(speedDials(page).saved).toContainText('5 speed dials')
  })

  test('per-phone lists: choose a phone, change its own list, then make them all the same', async ({
    page,
    mock,
  }) => {
    const state = await mock.state('split')
    const [office, lobby] = state.devices.filter((d) => d.kind === 'phone')
    await open(page, 'split')
    await expect(page.getByText('Your phones have different speed dials')).toBeVisible()
    const chooser = page.getByLabel('Which phone?')
    await expect(chooser.locator('option')).toHaveText(['Sam Okafor office phone', 'Sam Okafor lobby phone'])
    await expect(page.getByRole('heading', { name: 'On Sam Okafor office phone' })).toBeVisible()
    await expect(rows(page)).toHaveCount(2)
    await expect(rows(page).nth(0)).toContainText('Dana')
    await expectAccessible(page)

    await chooser.selectOption({ label: 'Sam Okafor lobby phone' })
    await page.getByRole('button', { name: 'Show speed dials' }).click()
    await expect(page).toHaveURL(new RegExp(`/speed-dials\\?phone=${lobby!.id}$`))
    await expect(page.getByRole('heading', { name: 'On Sam Okafor lobby phone' })).toBeVisible()
    await expect(rows(page)).toHaveCount(1)
    await expect(rows(page).nth(0)).toContainText('Loading dock')

    // The lobby phone's own list: add (device-level POST), then remove (device-level PUT).
    await speedDials(page).addLink.click()
    await expect(page).toHaveURL(new RegExp(`/speed-dials/add\\?phone=${lobby!.id}$`))
    await expect(page.getByText('On Sam Okafor lobby phone')).toBeVisible()
    await speedDials(page).fill({ name: 'Gate', number: '200' })
    await speedDials(page).addToList()
    await expect(page).toHaveURL(new RegExp(`/speed-dials\\?phone=${lobby!.id}$`))
    await mock.clearRequests()
    await speedDials(page).save()
    await expect(speedDials(page).saved).toContainText('Sam Okafor lobby phone now has 2 speed dials.')
    expect((await writes(mock)).filter((r) => !r.startsWith('GET'))).toEqual([
      `POST /cucm-uds/user/split/device/${lobby!.id}/speedDials`,
    ])
    expect(await phoneLists(mock, 'split')).toEqual([
      [
        [1, 'Dana', '1001'],
        [2, 'Security desk', '+13125550100'],
      ],
      [
        [1, 'Loading dock', '+13125550111'],
        [2, 'Gate', '200'],
      ],
    ])

    // Each phone has its own URL.
    await open(page, 'split', `/speed-dials?phone=${office!.id}`)
    await expect(page.getByRole('heading', { name: 'On Sam Okafor office phone' })).toBeVisible()

    // Make them the same: the confirmation names what the other phone loses.
    await page.getByRole('button', { name: 'Use these speed dials on all my phones' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Use these speed dials on all your phones?' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('Every phone gets the 2 speed dials of Sam Okafor office phone')
    await expect(dialog).toContainText('Sam Okafor lobby phone will lose:')
    await expect(dialog).toContainText('Loading dock')
    await expect(dialog).toContainText('Gate')
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: 'Use these speed dials on all my phones' })).toBeFocused()

    await page.getByRole('button', { name: 'Use these speed dials on all my phones' }).click()
    await mock.clearRequests()
    await dialog.getByRole('button', { name: 'Use on all my phones' }).click()
    await expect(status(page, 'Your 2 phones now have the same 2 speed dials.')).toBeVisible()
    await expect(page).toHaveURL(/\/speed-dials$/)
    await expect(page.getByLabel('Which phone?')).toHaveCount(0)
    await expect(rows(page)).toHaveCount(2)
    const sent = (await writes(mock)).filter((r) => !r.startsWith('GET'))
    expect(sent).toEqual([`PUT /cucm-uds/user/split/device/${lobby!.id}/speedDials`])
    const lists = await phoneLists(mock, 'split')
    expect(lists[1]).toEqual(lists[0])
    // The server now reports one shared list.
    expect((await writes(mock)).some((r) => r === 'GET /cucm-uds/user/split/speedDials')).toBe(true)
    // "Your changes", newest first: the lobby phone's list, replaced by the office phone's, with Undo
    // (after the lobby phone's own save earlier).
    const changes = yourChanges(page)
    await changes.open()
    const newest = changes.items.first()
    await expect(newest.getByRole('heading', { name: 'Speed dials, Sam Okafor lobby phone' })).toBeVisible()
    await expect(newest).toContainText('Loading dock')
    await expect(newest.getByRole('button', { name: /^Undo/ })).toBeVisible()
  })

  test('per-phone: unsaved changes on the copied phone go to every phone', async ({ page, mock }) => {
    await open(page, 'split')
    await speedDials(page).remove('Dana').click()
    await page.getByRole('button', { name: 'Use these speed dials on all my phones' }).click()
    const dialog = page.getByRole('alertdialog')
    await expect(dialog).toContainText('This also saves the changes you haven’t saved yet.')
    await expect(dialog).toContainText('Every phone gets the speed dial of Sam Okafor office phone')
    await dialog.getByRole('button', { name: 'Use on all my phones' }).click()
    await expect(status(page, 'now have the same speed dial')).toBeVisible()
    expect(await phoneLists(mock, 'split')).toEqual([
      [[2, 'Security desk', '+13125550100']],
      [[2, 'Security desk', '+13125550100']],
    ])
  })

  for (const choice of ['Keep mine', "Use the phone system's"] as const) {
    test(`lost update across two sessions: "${choice}"`, async ({ page, mock }) => {
      await open(page)
      await speedDials(page).edit('Reception').click()
      await speedDials(page).name.fill('Front desk')
      await page.getByRole('button', { name: 'Update' }).click()

      // Meanwhile, somewhere else (another browser or the phone itself; two real browsers are in
      // e2e/resilience/concurrent-edits.spec.ts): a new speed dial and a changed one.
      const [current] = await phoneLists(mock)
      const changed = current!.map(([index, label, number]) => ({
        index: index as number,
        label: label as string,
        number: label === 'Help desk' ? '2222' : (number as string),
      }))
      const next = Math.max(...changed.map((d) => d.index)) + 1
      await udsAs(
        mock,
        'demo',
        'PUT',
        '/speedDials',
        xmlList([...changed, { index: next, label: 'Canteen', number: '4444' }]),
      )

      await mock.clearRequests()
      await speedDials(page).save()
      const panel = speedDials(page).conflict()
      await expect(panel).toBeVisible()
      await expect(
        panel.getByRole('heading', { name: 'Your speed dials were changed somewhere else' }),
      ).toBeFocused()
      const theirs = panel.getByRole('list', { name: 'On the phone system now' })
      const mine = panel.getByRole('list', { name: 'Your changes' })
      await expect(theirs).toContainText('Reception')
      await expect(theirs).toContainText('Canteen')
      await expect(theirs).toContainText('2222')
      await expect(mine).toContainText('Front desk')
      await expect(mine).not.toContainText('Canteen')
      // Nothing was written: only the guard's read.
      expect(await writes(mock)).toEqual(['GET /cucm-uds/user/demo/speedDials'])
      await expectAccessible(page)

      await panel.getByRole('button', { name: choice }).click()
      if (choice === 'Keep mine') {
        await expect(speedDials(page).saved).toBeVisible()
        // My rename, on top of their changes to other positions.
        for (const list of await phoneLists(mock))
          expect(list).toEqual([
            [1, 'Front desk', '1002'],
            [2, 'Help desk', '2222'],
            [3, 'Conference bridge', '9,18005550199'],
            [4, 'Canteen', '4444'],
          ])
        const sent = await writes(mock)
        expect(sent.filter((r) => r.startsWith('PUT'))).toEqual(['PUT /cucm-uds/user/demo/speedDials'])
        // Guarded again: a read right before the PUT.
        expect(sent[sent.indexOf('PUT /cucm-uds/user/demo/speedDials') - 1]).toBe(
          'GET /cucm-uds/user/demo/speedDials',
        )
      } else {
        await expect(panel).toHaveCount(0)
        await expect(saveBar(page)).toHaveCount(0)
        await expect(rows(page)).toHaveCount(4)
        await expect(rows(page).nth(0)).toContainText('Reception')
        await expect(rows(page).nth(3)).toContainText('Canteen')
        expect((await writes(mock)).filter((r) => !r.startsWith('GET'))).toEqual([])
        for (const list of await phoneLists(mock)) expect(list[0]).toEqual([1, 'Reception', '1002'])
      }
    })
  }

  test('a 401 during save: sign in again, the save goes through once, the draft was never lost', async ({
    page,
    mock,
  }) => {
    await open(page)
    await speedDials(page).moveUp('Help desk').click()
    await mock.fault({ method: 'PUT', path: '/cucm-uds/user/demo/speedDials', status: 401 })
    await speedDials(page).save()
    const dialog = reauthDialog(page)
    await expect(dialog).toBeVisible()
    await expect(rows(page).nth(0)).toContainText('Help desk')
    await expectAccessible(page)
    await reauthenticate(page)
    await expect(speedDials(page).saved).toBeVisible()
    for (const list of await phoneLists(mock))
      expect(list.map((s) => s[1])).toEqual(['Help desk', 'Reception', 'Conference bridge'])
    const puts = (await writes(mock)).filter((r) => r.startsWith('PUT'))
    expect(puts).toEqual(['PUT /cucm-uds/user/demo/speedDials', 'PUT /cucm-uds/user/demo/speedDials'])
  })

  test('a 503 during save: not saved, nothing retried by itself, Try again works', async ({ page, mock }) => {
    await open(page)
    await speedDials(page).remove('Reception').click()
    await mock.fault({ method: 'DELETE', path: '/cucm-uds/user/demo/speedDials', status: 503 })
    await mock.clearRequests()
    await speedDials(page).save()
    const problem = notSaved(page)
    await expect(problem).toContainText('The phone system is busy at the moment.')
    await expect(problem).toContainText('SD-BUSY-503')
    await expect(rows(page)).toHaveCount(2)
    await expect(saveBar(page)).toBeVisible()
    await expectAccessible(page)
    expect((await writes(mock)).filter((r) => !r.startsWith('GET'))).toEqual([
      'DELETE /cucm-uds/user/demo/speedDials?index=1',
    ])
    await problem.getByRole('button', { name: 'Try again' }).click()
    await expect(speedDials(page).saved).toBeVisible()
    await expect(problem).toHaveCount(0)
    for (const list of await phoneLists(mock)) expect(list.map((s) => s[0])).toEqual([2, 3])
  })

  test('the draft survives a reload (sign in again, changes still there)', async ({ page, mock }) => {
    await open(page)
    await speedDials(page).moveDown('Help desk').click()
    await page.reload()
    await page.waitForURL(/\/sign-in\?next=/)
    await signIn(page, 'demo', 'demo', 'Speed dials')
    await expect(saveBar(page)).toBeVisible()
    await expect(rows(page).nth(2)).toContainText('Help desk')
    await speedDials(page).save()
    await expect(speedDials(page).saved).toBeVisible()
    for (const list of await phoneLists(mock)) expect(list[2]).toEqual([3, 'Help desk', '+13125550143'])
  })

  test('leaving with unsaved changes asks first in the page', async ({ page, mock: _mock }) => {
    await open(page)
    await speedDials(page).remove('Reception').click()
    // Moving between the page's own sub-pages doesn't ask.
    await speedDials(page).addLink.click()
    await page.getByRole('link', { name: 'Back to speed dials' }).click()
    await expect(rows(page)).toHaveCount(2)
    await navLink(page, 'Profile').click()
    const dialog = leaveDialog(page)
    await expect(dialog).toBeVisible()
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Stay on this page' }).click()
    await expect(saveBar(page)).toBeVisible()
    await expect(rows(page)).toHaveCount(2)
    // Leaving without saving really forgets the changes (also the copy kept for a reload).
    await navLink(page, 'Profile').click()
    await dialog.getByRole('button', { name: 'Leave without saving' }).click()
    await expect(heading(page, 'Profile')).toBeVisible()
    await navLink(page, 'Speed dials').click()
    await expect(rows(page)).toHaveCount(3)
    await expect(saveBar(page)).toHaveCount(0)
  })

  test('visitor (not the home cluster): read-only, no controls at all', async ({ page, mock: _mock }) => {
    await open(page, 'visitor')
    await expect(page.getByText('Your settings are managed on another phone system')).toBeVisible()
    await expect(rows(page)).toHaveCount(3)
    await expect(speedDials(page).addLink).toHaveCount(0)
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
    await expect(page.getByRole('main').getByRole('link', { name: /Edit/ })).toHaveCount(0)
    await expectAccessible(page)
    await open(page, 'visitor', '/speed-dials/add', 'Add speed dial')
    await expect(page.getByText('Your settings are managed on another phone system')).toBeVisible()
    await expect(page.getByRole('textbox')).toHaveCount(0)
  })

  test('empty state: says so, and the first speed dial can be added and removed', async ({ page, mock }) => {
    for (const index of [1, 2, 3]) await udsAs(mock, 'demo', 'DELETE', `/speedDials?index=${index}`)
    await open(page)
    await expect(page.getByText('You have no speed dials yet')).toBeVisible()
    await expectAccessible(page)
    await speedDials(page).addLink.click()
    await expect(page.getByLabel('Position')).toHaveValue('1')
    await speedDials(page).fill({ name: 'Mum', number: '07700900123' })
    await speedDials(page).addToList()
    await speedDials(page).save()
    await expect(status(page, 'You now have 1 speed dial.')).toBeVisible()
    await speedDials(page).remove('Mum').click()
    await expect(speedDials(page).addLink).toBeFocused()
  })

  test('40 entries stay usable: reorder, add a 41st in view, save', async ({ page, mock }) => {
    const forty = Array.from({ length: 40 }, (_, i) => ({
      index: i + 1,
      number: `10${i}`,
      label: `Person ${i + 1}`,
    }))
    await udsAs(mock, 'demo', 'PUT', '/speedDials', xmlList(forty))
    await open(page)
    await expect(rows(page)).toHaveCount(40)
    await speedDials(page).moveUp('Person 40').click()
    await expect(status(page, "'Person 40' moved to speed dial 39 of 40")).toBeAttached()
    await expect(speedDials(page).moveUp('Person 40')).toBeFocused()
    await speedDials(page).addLink.click()
    await expect(page.getByLabel('Position')).toHaveValue('41')
    await speedDials(page).fill({ name: 'Person 41', number: '141' })
    await speedDials(page).addToList()
    // The focused row is not hidden behind the sticky save bar.
    const focused = await rows(page).nth(40).boundingBox()
    const bar = await saveBar(page).boundingBox()
    expect(focused!.y + focused!.height).toBeLessThanOrEqual(bar!.y + 1)
    await speedDials(page).save()
    await expect(status(page, 'You now have 41 speed dials.')).toBeVisible()
    const [list] = await phoneLists(mock)
    expect(list).toHaveLength(41)
    expect(list![38]).toEqual([39, 'Person 40', '1039'])
  })

  test.describe('on a phone-sized screen', () => {
    test.use({ viewport: { width: 375, height: 740 } })

    test('one "Actions for" menu per row, usable with the keyboard', async ({ page, mock: _mock }) => {
      await open(page)
      await expect(speedDials(page).moveUp('Help desk')).toBeHidden()
      const toggle = page.getByRole('button', { name: "Actions for 'Help desk'" })
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      await toggle.focus()
      await page.keyboard.press('Enter')
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      const menuUp = speedDials(page).moveUp('Help desk')
      await expect(menuUp).toBeVisible()
      await expect(speedDials(page).edit('Help desk')).toBeVisible()
      await expectAccessible(page)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await expect(menuUp).toBeFocused()
      await page.keyboard.press('Enter')
      await expect(rows(page).nth(0)).toContainText('Help desk')
      await expect(status(page, "'Help desk' moved to speed dial 1 of 3")).toBeAttached()
      // At the top: focus on the remaining move button, in the still-open menu.
      await expect(speedDials(page).moveDown('Help desk')).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(page.getByRole('button', { name: "Actions for 'Help desk'" })).toBeFocused()
      await expect(page.getByRole('button', { name: "Actions for 'Help desk'" })).toHaveAttribute(
        'aria-expanded',
        'false',
      )
      // No sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    })
  })
})
