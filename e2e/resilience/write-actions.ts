/**
 * Every write action of every page, as data for the fault matrix (and reused by the random walk):
 * how to get a draft ready, how the user saves it, how to tell it's still there, how the portal says it
 * is saved, and what the mock's state looks like with the change applied exactly once or not at all.
 */
import type { Locator, Page } from '@playwright/test'
import type { PersonaSnapshot } from '../../mock-server/app.ts'
import { expect, type MockControl } from '../support/fixtures.ts'
import type { FaultKind } from './faults.ts'
import { navigateTo, type WriteTarget } from './support.ts'

export interface WriteAction {
  /** The page's name as in the nav. */
  page: string
  /** What the user changes. */
  name: string
  persona: string
  /** The request that carries the change; the faults hit it. */
  write: WriteTarget
  /** Server state to start from (PUT/POST as the persona, straight to the mock) before signing in. */
  preset?: Array<{ method: 'PUT' | 'POST'; path: string; body: string }>
  /** From the landing page (signed in): go to the page and make the change, up to the save. */
  arrange(page: Page): Promise<void>
  /** The user's save. */
  act(page: Page): Promise<void>
  /**
   * After a failure: the draft (what the user typed or chose) is still there — or, for secrets, the
   * fields were cleared on purpose and the message says so.
   */
  draft(page: Page, fault: FaultKind): Promise<void>
  /** The portal says the change is saved. */
  saved(page: Page): Promise<void>
  /**
   * The one message a fault leaves (default: the re-sign-in dialog for 401, otherwise an alert with
   * the fault's words). Return false to use the default for this fault.
   */
  message?(page: Page, fault: FaultKind): Promise<boolean>
  /** The user's retry after a failure (default: the dialog's sign-in for 401, else "Try again"). */
  retry?(page: Page, fault: FaultKind): Promise<boolean>
  /**
   * Requests the portal sends for the write beyond one per user attempt, by fault: the one resend
   * after a re-sign-in that the session gate makes by design (DESIGN §4).
   */
  resends?: Partial<Record<FaultKind['id'], number>>
  /** The change is in the state, exactly once (secrets, which the state never shows, ask the mock). */
  assertApplied(state: PersonaSnapshot, before: PersonaSnapshot, mock: MockControl): void | Promise<void>
  /** The state is as before. */
  assertNotApplied(state: PersonaSnapshot, before: PersonaSnapshot, mock: MockControl): void | Promise<void>
}

const status = (scope: Page | Locator, text: string | RegExp) =>
  scope.getByRole('status').filter({ hasText: text })

// ---------------------------------------------------------------------------------------------------
// Profile (issue 3)
// ---------------------------------------------------------------------------------------------------

const NEW_NAME = 'Dana Fault-Matrix'

export const profileActions: WriteAction[] = [
  {
    page: 'Profile',
    name: 'display name',
    persona: 'demo',
    write: { method: 'PUT', path: '/cucm-uds/user/demo' },
    async arrange(page) {
      await navigateTo(page, 'Profile')
      await page.getByLabel('Display name').fill(NEW_NAME)
    },
    act: (page) => page.getByRole('button', { name: 'Save profile' }).click(),
    draft: (page) => expect(page.getByLabel('Display name')).toHaveValue(NEW_NAME),
    saved: (page) => expect(status(page, 'Profile saved')).toContainText(NEW_NAME),
    assertApplied: (s, b) =>
      expect({ displayName: s.displayName, locale: s.locale }).toEqual({
        displayName: NEW_NAME,
        locale: b.locale,
      }),
    assertNotApplied: (s, b) => expect(s.displayName).toBe(b.displayName),
  },
  {
    page: 'Profile',
    name: 'language',
    persona: 'demo',
    write: { method: 'PUT', path: '/cucm-uds/user/demo' },
    async arrange(page) {
      await navigateTo(page, 'Profile')
      await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch (Deutschland)' })
    },
    act: (page) => page.getByRole('button', { name: 'Save profile' }).click(),
    draft: (page) =>
      expect(page.getByLabel('Language', { exact: true }).locator('option:checked')).toHaveText(
        'Deutsch (Deutschland)',
      ),
    saved: (page) => expect(status(page, 'Profile saved')).toContainText('Deutsch'),
    // '3' is German in the mock's installedLocales.
    assertApplied: (s, b) =>
      expect({ locale: s.locale, displayName: s.displayName }).toEqual({
        locale: '3',
        displayName: b.displayName,
      }),
    assertNotApplied: (s) => expect(s.locale).toBe(''),
  },
]

// ---------------------------------------------------------------------------------------------------
// Call forwarding and Do not disturb (issue 4)
// ---------------------------------------------------------------------------------------------------

const USER = '/cucm-uds/user/demo'
const LINE2 = 'a1a00002-1111-4b2c-8d3e-0000000000a0'
const forwards = (s: PersonaSnapshot) =>
  Object.fromEntries(s.lines.map((l) => [l.directoryNumber, l.callForwardAll]))
const notForwarded = { voicemail: false, destination: '' }

async function openForwarding(page: Page) {
  await navigateTo(page, 'Call forwarding')
}

export const forwardingActions: WriteAction[] = [
  {
    page: 'Call forwarding',
    name: 'all lines to a number',
    persona: 'demo',
    write: { method: 'PUT', path: USER },
    async arrange(page) {
      await openForwarding(page)
      await page.getByRole('radio', { name: 'Forward to another number' }).check()
      await page.getByRole('textbox', { name: 'Number to forward to' }).fill('5551234')
    },
    act: (page) => page.getByRole('button', { name: 'Save forwarding' }).click(),
    async draft(page) {
      await expect(page.getByRole('radio', { name: 'Forward to another number' })).toBeChecked()
      await expect(page.getByRole('textbox', { name: 'Number to forward to' })).toHaveValue('5551234')
    },
    saved: (page) =>
      expect(status(page, 'Forwarding saved.')).toContainText(
        'Calls to 1001 now go to 5551234. Calls to 1002 now go to 5551234.',
      ),
    assertApplied: (s) =>
      expect(forwards(s)).toEqual({
        '1001': { voicemail: false, destination: '5551234' },
        '1002': { voicemail: false, destination: '5551234' },
      }),
    assertNotApplied: (s) => expect(forwards(s)).toEqual({ '1001': notForwarded, '1002': notForwarded }),
  },
  {
    page: 'Call forwarding',
    name: 'one line to voicemail',
    persona: 'demo',
    write: { method: 'PUT', path: `${USER}/extension/${LINE2}` },
    async arrange(page) {
      await openForwarding(page)
      await page.getByRole('radio', { name: 'Forward to voicemail' }).check()
      await page.getByRole('radio', { name: 'Line 2 – 1002' }).check()
    },
    act: (page) => page.getByRole('button', { name: 'Save forwarding' }).click(),
    async draft(page) {
      await expect(page.getByRole('radio', { name: 'Forward to voicemail' })).toBeChecked()
      await expect(page.getByRole('radio', { name: 'Line 2 – 1002' })).toBeChecked()
    },
    saved: (page) =>
      expect(status(page, 'Forwarding saved.')).toContainText('Calls to 1002 now go to voicemail.'),
    assertApplied: (s) =>
      expect(forwards(s)).toEqual({ '1001': notForwarded, '1002': { voicemail: true, destination: '' } }),
    assertNotApplied: (s) => expect(forwards(s)).toEqual({ '1001': notForwarded, '1002': notForwarded }),
  },
  {
    page: 'Call forwarding',
    name: 'undo',
    persona: 'demo',
    write: { method: 'PUT', path: USER },
    async arrange(page) {
      await openForwarding(page)
      await page.getByRole('radio', { name: 'Forward to voicemail' }).check()
      await page.getByRole('button', { name: 'Save forwarding' }).click()
      await expect(status(page, 'Forwarding saved.')).toBeVisible()
    },
    act: (page) => page.getByRole('button', { name: 'Undo' }).click(),
    // The saved setting is still shown and Undo still offered.
    async draft(page) {
      await expect(page.getByRole('region', { name: 'Where your calls go now' })).toContainText(
        'Calls to 1001 go to voicemail',
      )
    },
    saved: (page) =>
      expect(status(page, 'Your change was undone.')).toContainText('Calls to 1001 are no longer forwarded.'),
    assertApplied: (s) => expect(forwards(s)).toEqual({ '1001': notForwarded, '1002': notForwarded }),
    assertNotApplied: (s) =>
      expect(forwards(s)).toEqual({
        '1001': { voicemail: true, destination: '' },
        '1002': { voicemail: true, destination: '' },
      }),
  },
  {
    page: 'Do not disturb',
    name: 'switch on',
    persona: 'demo',
    write: { method: 'PUT', path: USER },
    arrange: (page) => navigateTo(page, 'Do not disturb'),
    act: (page) => page.getByRole('switch', { name: 'Do not disturb' }).click(),
    // A switch that saves at once: it stays as it was (off), with the reason.
    draft: (page) => expect(page.getByRole('switch', { name: 'Do not disturb' })).not.toBeChecked(),
    saved: async (page) => {
      await expect(page.getByRole('switch', { name: 'Do not disturb' })).toBeChecked()
      await expect(status(page, 'Do not disturb is on')).toBeVisible()
    },
    assertApplied: (s) => expect(s.dnd).toBe(true),
    assertNotApplied: (s) => expect(s.dnd).toBe(false),
  },
  {
    page: 'Do not disturb',
    name: '"Turn off" in the notice',
    persona: 'demo',
    write: { method: 'PUT', path: USER },
    preset: [
      { method: 'PUT', path: USER, body: '<user><enableDoNotDisturb>true</enableDoNotDisturb></user>' },
    ],
    arrange: (page) => expect(page.getByText('Do not disturb is on — your phones won’t ring')).toBeVisible(),
    act: (page) => page.getByRole('button', { name: 'Turn off' }).click(),
    draft: (page) => expect(page.getByText('Do not disturb is on — your phones won’t ring')).toBeVisible(),
    // The notice's own button is the retry (its message has no separate "Try again").
    async retry(page, fault) {
      if (fault.id === '401') return false
      await page.getByRole('button', { name: 'Turn off' }).click()
      return true
    },
    saved: (page) =>
      expect(page.getByText('Do not disturb is off — your phones will ring again.')).toBeVisible(),
    assertApplied: (s) => expect(s.dnd).toBe(false),
    assertNotApplied: (s) => expect(s.dnd).toBe(true),
  },
]

// ---------------------------------------------------------------------------------------------------
// PIN and password (issue 7). Secrets are never kept: after a failure the fields are cleared on purpose
// (and the message says so), and the user types the value again to retry.
// ---------------------------------------------------------------------------------------------------

const section = (page: Page, name: string) => page.getByRole('region', { name })

function secretAction(o: {
  name: string
  section: string
  newLabel: string
  confirmLabel: string
  button: string
  value: string
  write: WriteTarget
  success: string
  field: 'pin' | 'password' | 'voicemailPin'
  initial: string
}): WriteAction {
  const type = async (page: Page) => {
    await page.getByLabel(o.newLabel, { exact: true }).fill(o.value)
    await page.getByLabel(o.confirmLabel, { exact: true }).fill(o.value)
  }
  return {
    page: 'PIN and password',
    name: o.name,
    persona: 'demo',
    write: o.write,
    async arrange(page) {
      await navigateTo(page, 'PIN and password')
      await type(page)
    },
    act: (page) => page.getByRole('button', { name: o.button }).click(),
    async draft(page, fault) {
      const here = section(page, o.section)
      if (fault.id === '401' && o.field === 'voicemailPin') return // asked for the voicemail password
      if (fault.id === '401') {
        // The change waits for the re-sign-in, with what was typed.
        await expect(page.getByLabel(o.newLabel, { exact: true })).toHaveValue(o.value)
        return
      }
      await expect(page.getByLabel(o.newLabel, { exact: true })).toHaveValue('')
      await expect(here.getByRole('alert').filter({ hasText: 'the fields have been cleared' })).toBeVisible()
    },
    async retry(page, fault) {
      if (fault.id === '401' && o.field !== 'voicemailPin') return false
      if (fault.id === 'hang' && o.field === 'password') {
        // Repeating a password change blindly could lock the account, so the message offers no Try
        // again: the user moves on, and the portal finds out on its own which password works (the new
        // one: the change landed late) without asking, and says so.
        const problem = section(page, o.section).getByRole('alert').filter({ hasText: fault.words })
        await expect(problem.getByRole('button', { name: 'Try again' })).toHaveCount(0)
        await navigateTo(page, 'Profile')
        await navigateTo(page, 'PIN and password')
        await expect(page.getByRole('dialog')).toHaveCount(0)
        return true
      }
      if (fault.id === '401') {
        // Unity Connection refused the portal's credentials: its own password, in this section only.
        const here = section(page, o.section)
        await here.getByLabel('Voicemail password', { exact: true }).fill('demo')
        await here.getByRole('button', { name: 'Sign in to voicemail' }).click()
        await expect(here.getByText('Now enter your new voicemail PIN.')).toBeVisible()
      } else {
        await section(page, o.section)
          .getByRole('alert')
          .filter({ hasText: fault.words })
          .getByRole('button', { name: 'Try again' })
          .click()
        await expect(page.getByLabel(o.newLabel, { exact: true })).toBeFocused()
      }
      await type(page)
      await page.getByRole('button', { name: o.button }).click()
      return true
    },

    async message(page, fault) {
      if (fault.id !== '401' || o.field !== 'voicemailPin') return false
      const here = section(page, o.section)
      await expect(here.getByRole('heading', { name: 'Sign in to voicemail' })).toBeVisible()
      await expect(here).toContainText('Your voicemail PIN wasn’t changed')
      return true
    },
    saved: (page) =>
      // After a late password change, the portal's own notice says the new password is in use.
      expect(
        status(
          page,
          o.field === 'password' ? new RegExp(`${o.success}|new portal password is in use`) : o.success,
        ).first(),
      ).toBeVisible(),
    assertApplied: async (_s, _b, mock) =>
      expect(await mock.checkSecret('demo', o.field, o.value)).toBe(true),
    assertNotApplied: async (_s, _b, mock) =>
      expect(await mock.checkSecret('demo', o.field, o.initial)).toBe(true),
  }
}

export const secretActions: WriteAction[] = [
  secretAction({
    name: 'phone PIN',
    section: 'Phone PIN',
    newLabel: 'New phone PIN',
    confirmLabel: 'Confirm new phone PIN',
    button: 'Change phone PIN',
    value: '80417',
    write: { method: 'PUT', path: `${USER}/credentials` },
    success: 'Phone PIN changed',
    field: 'pin',
    initial: '12345',
  }),
  secretAction({
    name: 'portal password',
    section: 'Portal password',
    newLabel: 'New password',
    confirmLabel: 'Confirm new password',
    button: 'Change portal password',
    value: 'Blue ferret 7 skies',
    write: { method: 'PUT', path: `${USER}/credentials` },
    success: 'Portal password changed',
    field: 'password',
    initial: 'demo',
  }),
  secretAction({
    name: 'voicemail PIN',
    section: 'Voicemail PIN',
    newLabel: 'New voicemail PIN',
    confirmLabel: 'Confirm new voicemail PIN',
    button: 'Change voicemail PIN',
    value: '80417',
    write: { method: 'PUT', path: '/vmrest/user/credential/pin' },
    success: 'Voicemail PIN changed',
    field: 'voicemailPin',
    initial: '24680',
  }),
]

// ---------------------------------------------------------------------------------------------------
// Single Number Reach (issue 6)
// ---------------------------------------------------------------------------------------------------

const RD = `${USER}/remoteDestination`
const MOBILE = 'e1a00001-4444-4e5f-9061-000000000001'
const phones = (s: PersonaSnapshot) => s.remoteDestinations
const card = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) })

async function openSnr(page: Page) {
  await navigateTo(page, 'Single Number Reach')
}

export const snrActions: WriteAction[] = [
  {
    page: 'Single Number Reach',
    name: 'add a phone',
    persona: 'demo',
    write: { method: 'POST', path: RD },
    async arrange(page) {
      await openSnr(page)
      await page.getByRole('link', { name: 'Add a phone' }).click()
      await page.getByLabel('Name', { exact: true }).fill('Partner')
      await page.getByLabel('Phone number').fill('+15550001234')
      await page.getByRole('radio', { name: 'At any time' }).check()
    },
    act: (page) => page.getByRole('button', { name: 'Save phone' }).click(),
    async draft(page) {
      await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Partner')
      await expect(page.getByLabel('Phone number')).toHaveValue('+15550001234')
    },
    saved: (page) => expect(status(page, 'Partner added.')).toBeVisible(),
    assertApplied: (s, b) => {
      expect(phones(s)).toHaveLength(phones(b).length + 1)
      expect(
        phones(s)
          .filter((p) => p.name === 'Partner')
          .map((p) => p.destination),
      ).toEqual(['+15550001234'])
    },
    assertNotApplied: (s, b) => expect(phones(s)).toEqual(phones(b)),
  },
  {
    page: 'Single Number Reach',
    name: 'rename a phone',
    persona: 'demo',
    write: { method: 'PUT', path: `${RD}/${MOBILE}` },
    async arrange(page) {
      await openSnr(page)
      await card(page, 'Mobile').getByRole('link', { name: 'Change phone: Mobile' }).click()
      await page.getByLabel('Name', { exact: true }).fill('Work mobile')
    },
    act: (page) => page.getByRole('button', { name: 'Save phone' }).click(),
    draft: (page) => expect(page.getByLabel('Name', { exact: true })).toHaveValue('Work mobile'),
    saved: (page) => expect(status(page, 'Work mobile saved.')).toBeVisible(),
    assertApplied: (s, b) =>
      expect(phones(s)).toEqual(phones(b).map((p) => (p.id === MOBILE ? { ...p, name: 'Work mobile' } : p))),
    assertNotApplied: (s, b) => expect(phones(s)).toEqual(phones(b)),
  },
  {
    page: 'Single Number Reach',
    name: 'ring at any time (schedule removed)',
    persona: 'demo',
    write: { method: 'PUT', path: `${RD}/${MOBILE}` },
    async arrange(page) {
      await openSnr(page)
      await card(page, 'Mobile').getByRole('link', { name: 'Change phone: Mobile' }).click()
      await page.getByRole('radio', { name: 'At any time' }).check()
    },
    act: (page) => page.getByRole('button', { name: 'Save phone' }).click(),
    draft: (page) => expect(page.getByRole('radio', { name: 'At any time' })).toBeChecked(),
    saved: (page) => expect(status(page, 'Mobile saved.')).toBeVisible(),
    assertApplied: (s, b) =>
      expect(phones(s)).toEqual(phones(b).map((p) => (p.id === MOBILE ? { ...p, schedule: null } : p))),
    assertNotApplied: (s, b) => expect(phones(s)).toEqual(phones(b)),
  },
  {
    page: 'Single Number Reach',
    name: 'ringing off',
    persona: 'demo',
    write: { method: 'PUT', path: `${RD}/${MOBILE}` },
    arrange: openSnr,
    act: (page) => card(page, 'Mobile').locator('label', { hasText: 'Ring this phone' }).click(),
    draft: (page) => expect(page.getByRole('switch', { name: 'Ring this phone: Mobile' })).toBeChecked(),
    async retry(page, fault) {
      if (fault.id === '401') return false
      await card(page, 'Mobile').getByRole('button', { name: 'Try again: Ring this phone: Mobile' }).click()
      return true
    },
    saved: async (page) => {
      await expect(page.getByRole('switch', { name: 'Ring this phone: Mobile' })).not.toBeChecked()
      await expect(status(page, 'Mobile won’t ring')).toBeVisible()
    },
    assertApplied: (s, b) =>
      expect(phones(s)).toEqual(
        phones(b).map((p) => (p.id === MOBILE ? { ...p, ringWhenExtensionDialed: false } : p)),
      ),
    assertNotApplied: (s, b) => expect(phones(s)).toEqual(phones(b)),
  },
  {
    page: 'Single Number Reach',
    name: 'remove a phone',
    persona: 'demo',
    write: { method: 'DELETE', path: `${RD}/${MOBILE}` },
    async arrange(page) {
      await openSnr(page)
      await page.getByRole('button', { name: 'Remove phone: Mobile' }).click()
    },
    act: (page) => page.getByRole('alertdialog').getByRole('button', { name: 'Remove phone' }).click(),
    // The confirmation stays open with the reason; the phone is still listed behind it.
    draft: (page, fault) =>
      fault.id === '401'
        ? expect(page.getByRole('alertdialog', { name: /Remove ‘Mobile’/ })).toBeVisible()
        : expect(page.getByRole('alertdialog')).toContainText(
            // No answer: it may already be gone, never "wasn't removed".
            fault.id === 'hang' || fault.id === 'drop'
              ? 'Mobile may already be removed.'
              : 'Mobile wasn’t removed.',
          ),
    async retry(page, fault) {
      if (fault.id === '401') return false
      await page.getByRole('alertdialog').getByRole('button', { name: 'Remove phone' }).click()
      return true
    },
    saved: (page) => expect(status(page, 'Mobile removed')).toBeVisible(),
    assertApplied: (s, b) => expect(phones(s)).toEqual(phones(b).filter((p) => p.id !== MOBILE)),
    assertNotApplied: (s, b) => expect(phones(s)).toEqual(phones(b)),
  },
]

// ---------------------------------------------------------------------------------------------------
// Speed dials (issue 5): changes go into a draft; "Save speed dials" writes the difference.
// ---------------------------------------------------------------------------------------------------

const SPEED_DIALS = `${USER}/speedDials`
/** Every phone's list (unified for demo), as [index, label, number]. */
const dials = (s: PersonaSnapshot) =>
  s.devices
    .filter((d) => d.kind === 'phone')
    .map((d) => d.speedDials.map((x) => [x.index, x.label, x.number]))
const bar = (page: Page) => page.getByRole('region', { name: 'Unsaved changes' })
const saveDials = (page: Page) => bar(page).getByRole('button', { name: 'Save speed dials' }).click()
const withEveryPhone = (b: PersonaSnapshot, list: Array<[number, string, string]>) => dials(b).map(() => list)
const ORIGINAL: Array<[number, string, string]> = [
  [1, 'Reception', '1002'],
  [2, 'Help desk', '+13125550143'],
  [3, 'Conference bridge', '9,18005550199'],
]

function dialAction(o: {
  name: string
  write: WriteTarget
  change(page: Page): Promise<void>
  draftShows: (page: Page) => Promise<void>
  after: Array<[number, string, string]>
}): WriteAction {
  return {
    page: 'Speed dials',
    name: o.name,
    persona: 'demo',
    write: o.write,
    async arrange(page) {
      await navigateTo(page, 'Speed dials')
      await o.change(page)
      await expect(bar(page)).toBeVisible()
    },
    act: saveDials,
    async draft(page) {
      await expect(bar(page)).toBeVisible()
      await o.draftShows(page)
    },
    saved: (page) => expect(status(page, 'Speed dials saved')).toBeVisible(),
    assertApplied: (s, b) => expect(dials(s)).toEqual(withEveryPhone(b, o.after)),
    assertNotApplied: (s, b) => expect(dials(s)).toEqual(withEveryPhone(b, ORIGINAL)),
  }
}

const rowsOf = (page: Page) => page.locator('ol.sd-list > li')

export const speedDialActions: WriteAction[] = [
  dialAction({
    name: 'add',
    write: { method: 'POST', path: SPEED_DIALS },
    async change(page) {
      await page.getByRole('link', { name: 'Add speed dial' }).click()
      await page.getByLabel('Name').fill('Dentist')
      await page.getByLabel('Number').fill('01632960001')
      await page.getByRole('button', { name: 'Add to list' }).click()
    },
    draftShows: (page) => expect(rowsOf(page)).toHaveCount(4),
    after: [...ORIGINAL, [4, 'Dentist', '01632960001']],
  }),
  // An edit and a move in one draft: both become the same guarded PUT of the whole list, so one set of
  // cells checks that neither kind of change is lost.
  dialAction({
    name: 'edit and reorder',
    write: { method: 'PUT', path: SPEED_DIALS },
    async change(page) {
      await page.getByRole('link', { name: "Edit 'Help desk'" }).click()
      await page.getByLabel('Name').fill('IT help')
      await page.getByLabel('Number').fill('2000')
      await page.getByRole('button', { name: 'Update' }).click()
      await page.getByRole('button', { name: "Move 'Conference bridge' up" }).click()
    },
    async draftShows(page) {
      await expect(rowsOf(page).nth(1)).toContainText('Conference bridge')
      await expect(rowsOf(page).nth(2)).toContainText('IT help')
    },
    after: [ORIGINAL[0]!, [2, 'Conference bridge', '9,18005550199'], [3, 'IT help', '2000']],
  }),
  dialAction({
    name: 'remove',
    write: { method: 'DELETE', path: SPEED_DIALS },
    change: (page) => page.getByRole('button', { name: "Remove 'Help desk'" }).click(),
    draftShows: (page) => expect(rowsOf(page)).toHaveCount(2),
    after: [ORIGINAL[0]!, ORIGINAL[2]!],
  }),
]

// Per-phone lists (the `split` persona: its two phones have different speed dials). The page shows one
// phone's list at a time (the office phone first); its saves are device-level writes, and "Use these
// speed dials on all my phones" replaces the other phone's list with one device-level PUT.
const SPLIT_DEVICE = '/cucm-uds/user/split/device'
const OFFICE = 'd1d00001-3333-4d4e-8f50-000000000001'
const LOBBY = 'd1d00002-3333-4d4e-8f50-000000000002'
const OFFICE_LIST: Array<[number, string, string]> = [
  [1, 'Dana', '1001'],
  [2, 'Security desk', '+13125550100'],
]
const LOBBY_LIST: Array<[number, string, string]> = [[1, 'Loading dock', '+13125550111']]
const makeSameDialog = (page: Page) =>
  page.getByRole('alertdialog', { name: 'Use these speed dials on all your phones?' })

export const perPhoneDialActions: WriteAction[] = [
  {
    page: 'Speed dials',
    name: 'one phone: add',
    persona: 'split',
    write: { method: 'POST', path: `${SPLIT_DEVICE}/${OFFICE}/speedDials` },
    async arrange(page) {
      await navigateTo(page, 'Speed dials')
      await expect(page.getByRole('heading', { name: 'On Sam Okafor office phone' })).toBeVisible()
      await page.getByRole('link', { name: 'Add speed dial' }).click()
      await page.getByLabel('Name').fill('Gate')
      await page.getByLabel('Number').fill('200')
      await page.getByRole('button', { name: 'Add to list' }).click()
      await expect(bar(page)).toBeVisible()
    },
    act: saveDials,
    async draft(page) {
      await expect(bar(page)).toBeVisible()
      await expect(page.getByRole('heading', { name: 'On Sam Okafor office phone' })).toBeVisible()
      await expect(rowsOf(page)).toHaveCount(3)
      await expect(rowsOf(page).nth(2)).toContainText('Gate')
    },
    saved: (page) =>
      expect(status(page, 'Speed dials saved')).toContainText(
        'Sam Okafor office phone now has 3 speed dials.',
      ),
    assertApplied: (s) => expect(dials(s)).toEqual([[...OFFICE_LIST, [3, 'Gate', '200']], LOBBY_LIST]),
    assertNotApplied: (s) => expect(dials(s)).toEqual([OFFICE_LIST, LOBBY_LIST]),
  },
  {
    page: 'Speed dials',
    name: 'use on all my phones',
    persona: 'split',
    // The office phone's list is already what it should be; only the lobby phone's is written.
    write: { method: 'PUT', path: `${SPLIT_DEVICE}/${LOBBY}/speedDials` },
    async arrange(page) {
      await navigateTo(page, 'Speed dials')
      await page.getByRole('button', { name: 'Use these speed dials on all my phones' }).click()
      await expect(makeSameDialog(page)).toContainText('Sam Okafor lobby phone will lose:')
    },
    act: (page) => makeSameDialog(page).getByRole('button', { name: 'Use on all my phones' }).click(),
    // The confirmation stays open, still naming what the lobby phone loses; the list behind is as it was.
    async draft(page) {
      await expect(makeSameDialog(page)).toContainText('Sam Okafor lobby phone will lose:')
      await expect(makeSameDialog(page)).toContainText('Loading dock')
      await expect(rowsOf(page)).toHaveCount(2)
    },
    async saved(page) {
      await expect(status(page, 'Your 2 phones now have the same 2 speed dials.')).toBeVisible()
      await expect(page.getByLabel('Which phone?')).toHaveCount(0)
    },
    assertApplied: (s) => expect(dials(s)).toEqual([OFFICE_LIST, OFFICE_LIST]),
    assertNotApplied: (s) => expect(dials(s)).toEqual([OFFICE_LIST, LOBBY_LIST]),
  },
]

export const writeActions: WriteAction[] = [
  ...profileActions,
  ...forwardingActions,
  ...secretActions,
  ...snrActions,
  ...speedDialActions,
  ...perPhoneDialActions,
]
