/**
 * Every write action of every page, as data for the fault matrix (and reused by the random walk):
 * how to get a draft ready, how the user saves it, how to tell it's still there, how the portal says it
 * is saved, and what the mock's state looks like with the change applied exactly once or not at all.
 */
import type { Page } from '@playwright/test'
import type { PersonaSnapshot } from '../../mock-server/app.ts'
import { callForwarding, forwardingRules } from '../pages/call-forwarding.ts'
import { conferenceNow } from '../pages/conference-now.ts'
import { doNotDisturb } from '../pages/do-not-disturb.ts'
import { phones as phonePage } from '../pages/phones.ts'
import { pinAndPassword, SECRETS, type SecretLabel } from '../pages/pin-and-password.ts'
import { profile } from '../pages/profile.ts'
import { singleNumberReach } from '../pages/single-number-reach.ts'
import { speedDials } from '../pages/speed-dials.ts'
import { expect, type MockControl } from '../support/fixtures.ts'
import type { WriteTarget } from '../support/mock-api.ts'
import { goTo, status, type PageName } from '../support/session.ts'
import type { FaultKind } from './faults.ts'

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

/**
 * A write action on `pageName` whose steps are given its page driver (`on(page)`), as the persona
 * (demo by default). `arrange` starts on that page, reached through the nav (`stay`: where the
 * portal opened, for a notice shown on every page).
 */
function actionOn<D>(
  pageName: PageName | 'Conference Now',
  on: (page: Page) => D,
  o: {
    name: string
    write: WriteTarget
    persona?: string
    preset?: WriteAction['preset']
    stay?: boolean
    arrange?(d: D, page: Page): Promise<void>
    act(d: D, page: Page): Promise<void>
    draft(d: D, fault: FaultKind, page: Page): Promise<void>
    saved(d: D, page: Page): Promise<void>
    message?(d: D, fault: FaultKind, page: Page): Promise<boolean>
    retry?(d: D, fault: FaultKind, page: Page): Promise<boolean>
    assertApplied: WriteAction['assertApplied']
    assertNotApplied: WriteAction['assertNotApplied']
  },
): WriteAction {
  const { message, retry } = o
  return {
    page: pageName,
    name: o.name,
    persona: o.persona ?? 'demo',
    write: o.write,
    ...(o.preset && { preset: o.preset }),
    async arrange(page) {
      if (!o.stay) await goTo(page, pageName)
      await o.arrange?.(on(page), page)
    },
    act: (page) => o.act(on(page), page),
    draft: (page, fault) => o.draft(on(page), fault, page),
    saved: (page) => o.saved(on(page), page),
    ...(message && { message: (page: Page, fault: FaultKind) => message(on(page), fault, page) }),
    ...(retry && { retry: (page: Page, fault: FaultKind) => retry(on(page), fault, page) }),
    assertApplied: o.assertApplied,
    assertNotApplied: o.assertNotApplied,
  }
}

// ---------------------------------------------------------------------------------------------------
// Profile (issue 3)
// ---------------------------------------------------------------------------------------------------

const USER = '/cucm-uds/user/demo'
const NEW_NAME = 'Dana Fault-Matrix'
const nameAndLocale = (s: PersonaSnapshot) => ({ displayName: s.displayName, locale: s.locale })

export const profileActions: WriteAction[] = [
  actionOn('Profile', profile, {
    name: 'display name',
    write: { method: 'PUT', path: USER },
    arrange: (pr) => pr.displayName.fill(NEW_NAME),
    act: (pr) => pr.save(),
    draft: (pr) => expect(pr.displayName).toHaveValue(NEW_NAME),
    saved: (pr) => expect(pr.saved).toContainText(NEW_NAME),
    assertApplied: (s, b) => expect(nameAndLocale(s)).toEqual({ ...nameAndLocale(b), displayName: NEW_NAME }),
    assertNotApplied: (s, b) => expect(s.displayName).toBe(b.displayName),
  }),
  actionOn('Profile', profile, {
    name: 'language',
    write: { method: 'PUT', path: USER },
    arrange: async (pr) => {
      await pr.language.selectOption({ label: 'Deutsch (Deutschland)' })
    },
    act: (pr) => pr.save(),
    draft: (pr) => expect(pr.language.locator('option:checked')).toHaveText('Deutsch (Deutschland)'),
    saved: (pr) => expect(pr.saved).toContainText('Deutsch'),
    // '3' is German in the mock's installedLocales.
    assertApplied: (s, b) => expect(nameAndLocale(s)).toEqual({ ...nameAndLocale(b), locale: '3' }),
    assertNotApplied: (s) => expect(s.locale).toBe(''),
  }),
]

// ---------------------------------------------------------------------------------------------------
// Call forwarding and Do not disturb (issue 4)
// ---------------------------------------------------------------------------------------------------

const LINE2 = 'a1a00002-1111-4b2c-8d3e-0000000000a0'
const forwards = (s: PersonaSnapshot) =>
  Object.fromEntries(s.lines.map((l) => [l.directoryNumber, l.callForwardAll]))
const notForwarded = { voicemail: false, destination: '' }
const toVoicemail = { voicemail: true, destination: '' }
/** Both lines' forwarding is `first` and `second`. */
const forwardsAre =
  (first: typeof notForwarded, second = first): WriteAction['assertApplied'] =>
  (s) =>
    expect(forwards(s)).toEqual({ '1001': first, '1002': second })

/** Line 1002's busy forwarding (inside and outside alike) and the other rules as the fixtures have them. */
const busyOf = (s: PersonaSnapshot) =>
  Object.fromEntries(s.lines.map((l) => [l.directoryNumber, [l.forwardBusyInternal, l.forwardBusyExternal]]))
const busyIs =
  (second: typeof notForwarded): WriteAction['assertApplied'] =>
  (s) =>
    expect(busyOf(s)).toEqual({ '1001': [toVoicemail, toVoicemail], '1002': [second, second] })

export const forwardingActions: WriteAction[] = [
  actionOn('Call forwarding', callForwarding, {
    name: 'all lines to a number',
    write: { method: 'PUT', path: USER },
    arrange: (cf) => cf.choose('Forward to another number', { number: '5551234' }),
    act: (cf) => cf.save(),
    async draft(cf) {
      await expect(cf.radio('Forward to another number')).toBeChecked()
      await expect(cf.number).toHaveValue('5551234')
    },
    saved: (cf) =>
      expect(cf.saved).toContainText('Calls to 1001 now go to 5551234. Calls to 1002 now go to 5551234.'),
    assertApplied: forwardsAre({ voicemail: false, destination: '5551234' }),
    assertNotApplied: forwardsAre(notForwarded),
  }),
  actionOn('Call forwarding', callForwarding, {
    name: 'one line to voicemail',
    write: { method: 'PUT', path: `${USER}/extension/${LINE2}` },
    arrange: (cf) => cf.choose('Forward to voicemail', { line: 'Line 2 – 1002' }),
    act: (cf) => cf.save(),
    async draft(cf) {
      await expect(cf.radio('Forward to voicemail')).toBeChecked()
      await expect(cf.radio('Line 2 – 1002')).toBeChecked()
    },
    saved: (cf) => expect(cf.saved).toContainText('Calls to 1002 now go to voicemail.'),
    assertApplied: forwardsAre(notForwarded, toVoicemail),
    assertNotApplied: forwardsAre(notForwarded),
  }),
  actionOn('Call forwarding', callForwarding, {
    name: 'undo',
    write: { method: 'PUT', path: USER },
    async arrange(cf) {
      await cf.choose('Forward to voicemail')
      await cf.save()
      await expect(cf.saved).toBeVisible()
    },
    act: (cf) => cf.undoButton.click(),
    // The saved setting is still shown and Undo still offered.
    draft: (cf) => expect(cf.now).toContainText('Calls to 1001 go to voicemail'),
    saved: (cf) => expect(cf.undone).toContainText('Calls to 1001 are no longer forwarded.'),
    assertApplied: forwardsAre(notForwarded),
    assertNotApplied: forwardsAre(toVoicemail),
  }),
  actionOn('Call forwarding', forwardingRules, {
    name: 'busy rule for one line',
    write: { method: 'PUT', path: `${USER}/extension/${LINE2}` },
    async arrange(r) {
      await r.line('Line 2 – 1002').check()
      await r.choose('If you’re already on a call', 'Another number', '5551234')
    },
    act: (r) => r.save(),
    async draft(r) {
      await expect(r.line('Line 2 – 1002')).toBeChecked()
      await expect(r.number('If you’re already on a call')).toHaveValue('5551234')
    },
    saved: (r) =>
      expect(r.saved).toContainText(
        'Calls to 1002: If you don’t answer: voicemail; If you’re on a call: 5551234.',
      ),
    assertApplied: busyIs({ voicemail: false, destination: '5551234' }),
    assertNotApplied: busyIs(toVoicemail),
  }),
  actionOn('Do not disturb', doNotDisturb, {
    name: 'switch on',
    write: { method: 'PUT', path: USER },
    act: (dnd) => dnd.switch.click(),
    // A switch that saves at once: it stays as it was (off), with the reason.
    draft: (dnd) => expect(dnd.switch).not.toBeChecked(),
    saved: async (dnd, page) => {
      await expect(dnd.switch).toBeChecked()
      await expect(status(page, 'Do not disturb is on')).toBeVisible()
    },
    assertApplied: (s) => expect(s.dnd).toBe(true),
    assertNotApplied: (s) => expect(s.dnd).toBe(false),
  }),
  actionOn('Do not disturb', doNotDisturb, {
    name: '"Turn off" in the notice',
    write: { method: 'PUT', path: USER },
    preset: [
      { method: 'PUT', path: USER, body: '<user><enableDoNotDisturb>true</enableDoNotDisturb></user>' },
    ],
    stay: true,
    arrange: (dnd) => expect(dnd.notice).toBeVisible(),
    act: (dnd) => dnd.turnOffInNotice.click(),
    draft: (dnd) => expect(dnd.notice).toBeVisible(),
    // The notice's own button is the retry (its message has no separate "Try again").
    async retry(dnd, fault) {
      if (fault.id === '401') return false
      await dnd.turnOffInNotice.click()
      return true
    },
    saved: (dnd) => expect(dnd.turnedOff).toBeVisible(),
    assertApplied: (s) => expect(s.dnd).toBe(false),
    assertNotApplied: (s) => expect(s.dnd).toBe(true),
  }),
]

// ---------------------------------------------------------------------------------------------------
// PIN and password (issue 7). Secrets are never kept: after a failure the fields are cleared on purpose
// (and the message says so), and the user types the value again to retry.
// ---------------------------------------------------------------------------------------------------

function secretAction(o: {
  name: string
  label: SecretLabel
  value: string
  write: WriteTarget
  success: string
  field: 'pin' | 'password' | 'voicemailPin'
  initial: string
}): WriteAction {
  const sectionOf = (pp: ReturnType<typeof pinAndPassword>) => pp.section(SECRETS[o.label].section)
  return actionOn('PIN and password', pinAndPassword, {
    name: o.name,
    write: o.write,
    arrange: (pp) => pp.fillNew(o.label, o.value),
    act: (pp) => pp.change(o.label),
    async draft(pp, fault) {
      if (fault.id === '401' && o.field === 'voicemailPin') return // asked for the voicemail password
      if (fault.id === '401') {
        // The change waits for the re-sign-in, with what was typed.
        await expect(pp.newField(o.label)).toHaveValue(o.value)
        return
      }
      await expect(pp.newField(o.label)).toHaveValue('')
      await expect(
        sectionOf(pp).getByRole('alert').filter({ hasText: 'the fields have been cleared' }),
      ).toBeVisible()
    },
    async retry(pp, fault, page) {
      if (fault.id === '401' && o.field !== 'voicemailPin') return false
      const here = sectionOf(pp)
      if (fault.id === 'hang' && o.field === 'password') {
        // Repeating a password change blindly could lock the account, so the message offers no Try
        // again: the user moves on, and the portal finds out on its own which password works (the new
        // one: the change landed late) without asking, and says so.
        const problem = here.getByRole('alert').filter({ hasText: fault.words })
        await expect(problem.getByRole('button', { name: 'Try again' })).toHaveCount(0)
        await goTo(page, 'Profile')
        await goTo(page, 'PIN and password')
        await expect(page.getByRole('dialog')).toHaveCount(0)
        return true
      }
      if (fault.id === '401') {
        // Unity Connection refused the portal's credentials: its own password, in this section only.
        await here.getByLabel('Voicemail password', { exact: true }).fill('demo')
        await here.getByRole('button', { name: 'Sign in to voicemail' }).click()
        await expect(here.getByText('Now enter your new voicemail PIN.')).toBeVisible()
      } else {
        await here
          .getByRole('alert')
          .filter({ hasText: fault.words })
          .getByRole('button', { name: 'Try again' })
          .click()
        await expect(pp.newField(o.label)).toBeFocused()
      }
      await pp.fillNew(o.label, o.value)
      await pp.change(o.label)
      return true
    },

    async message(pp, fault) {
      if (fault.id !== '401' || o.field !== 'voicemailPin') return false
      const here = sectionOf(pp)
      await expect(here.getByRole('heading', { name: 'Sign in to voicemail' })).toBeVisible()
      await expect(here).toContainText('Your voicemail PIN wasn’t changed')
      return true
    },
    saved: (_pp, page) =>
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
  })
}

export const secretActions: WriteAction[] = [
  secretAction({
    name: 'phone PIN',
    label: 'phone PIN',
    value: '80417',
    write: { method: 'PUT', path: `${USER}/credentials` },
    success: 'Phone PIN changed',
    field: 'pin',
    initial: '12345',
  }),
  secretAction({
    name: 'portal password',
    label: 'password',
    value: 'Blue ferret 7 skies',
    write: { method: 'PUT', path: `${USER}/credentials` },
    success: 'Portal password changed',
    field: 'password',
    initial: 'demo',
  }),
  secretAction({
    name: 'voicemail PIN',
    label: 'voicemail PIN',
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
type Phones = PersonaSnapshot['remoteDestinations']
const phones = (s: PersonaSnapshot) => s.remoteDestinations
/** Applied: the list of phones is `change` of the list before. */
const phonesAre =
  (change: (before: Phones) => Phones): WriteAction['assertApplied'] =>
  (s, b) =>
    expect(phones(s)).toEqual(change(phones(b)))
/** Not applied: the list of phones is as it was. */
const samePhones: WriteAction['assertNotApplied'] = (s, b) => expect(phones(s)).toEqual(phones(b))
/** The list with the mobile changed. */
const mobileWith = (change: Partial<Phones[number]>) =>
  phonesAre((b) => b.map((p) => (p.id === MOBILE ? { ...p, ...change } : p)))

export const snrActions: WriteAction[] = [
  actionOn('Single Number Reach', singleNumberReach, {
    name: 'add a phone',
    write: { method: 'POST', path: RD },
    async arrange(snr) {
      await snr.addLink.click()
      await snr.fillNewPhone('Partner', '+15550001234')
    },
    act: (snr) => snr.save(),
    async draft(snr) {
      await expect(snr.name).toHaveValue('Partner')
      await expect(snr.number).toHaveValue('+15550001234')
    },
    saved: (_snr, page) => expect(status(page, 'Partner added.')).toBeVisible(),
    assertApplied: (s, b) => {
      expect(phones(s)).toHaveLength(phones(b).length + 1)
      expect(
        phones(s)
          .filter((p) => p.name === 'Partner')
          .map((p) => p.destination),
      ).toEqual(['+15550001234'])
    },
    assertNotApplied: samePhones,
  }),
  actionOn('Single Number Reach', singleNumberReach, {
    name: 'rename a phone',
    write: { method: 'PUT', path: `${RD}/${MOBILE}` },
    async arrange(snr) {
      await snr.openPhone('Mobile')
      await snr.name.fill('Work mobile')
    },
    act: (snr) => snr.save(),
    draft: (snr) => expect(snr.name).toHaveValue('Work mobile'),
    saved: (_snr, page) => expect(status(page, 'Work mobile saved.')).toBeVisible(),
    assertApplied: mobileWith({ name: 'Work mobile' }),
    assertNotApplied: samePhones,
  }),
  actionOn('Single Number Reach', singleNumberReach, {
    name: 'ring at any time (schedule removed)',
    write: { method: 'PUT', path: `${RD}/${MOBILE}` },
    async arrange(snr) {
      await snr.openPhone('Mobile')
      await snr.ringWhen('At any time').check()
    },
    act: (snr) => snr.save(),
    draft: (snr) => expect(snr.ringWhen('At any time')).toBeChecked(),
    saved: (_snr, page) => expect(status(page, 'Mobile saved.')).toBeVisible(),
    assertApplied: mobileWith({ schedule: null }),
    assertNotApplied: samePhones,
  }),
  actionOn('Single Number Reach', singleNumberReach, {
    name: 'ringing off',
    write: { method: 'PUT', path: `${RD}/${MOBILE}` },
    act: (snr) => snr.ringToggle('Mobile').click(),
    draft: (snr) => expect(snr.ringSwitch('Mobile')).toBeChecked(),
    async retry(snr, fault) {
      if (fault.id === '401') return false
      await snr.card('Mobile').getByRole('button', { name: 'Try again: Ring this phone: Mobile' }).click()
      return true
    },
    saved: async (snr, page) => {
      await expect(snr.ringSwitch('Mobile')).not.toBeChecked()
      await expect(status(page, 'Mobile won’t ring')).toBeVisible()
    },
    assertApplied: mobileWith({ ringWhenExtensionDialed: false }),
    assertNotApplied: samePhones,
  }),
  actionOn('Single Number Reach', singleNumberReach, {
    name: 'remove a phone',
    write: { method: 'DELETE', path: `${RD}/${MOBILE}` },
    arrange: (snr) => snr.removeButton('Mobile').click(),
    act: (snr) => snr.confirmRemove(),
    // The confirmation stays open with the reason; the phone is still listed behind it.
    draft: (snr, fault, page) =>
      fault.id === '401'
        ? expect(page.getByRole('alertdialog', { name: /Remove ‘Mobile’/ })).toBeVisible()
        : expect(snr.removeDialog).toContainText(
            // No answer: it may already be gone, never "wasn't removed".
            fault.id === 'hang' || fault.id === 'drop'
              ? 'Mobile may already be removed.'
              : 'Mobile wasn’t removed.',
          ),
    async retry(snr, fault) {
      if (fault.id === '401') return false
      await snr.confirmRemove()
      return true
    },
    saved: (_snr, page) => expect(status(page, 'Mobile removed')).toBeVisible(),
    assertApplied: phonesAre((b) => b.filter((p) => p.id !== MOBILE)),
    assertNotApplied: samePhones,
  }),
]

// ---------------------------------------------------------------------------------------------------
// Speed dials (issue 5): changes go into a draft; "Save speed dials" writes the difference.
// ---------------------------------------------------------------------------------------------------

type SpeedDialsPage = ReturnType<typeof speedDials>
type Row = [number, string, string]
const SPEED_DIALS = `${USER}/speedDials`
/** Every phone's list (unified for demo), as [index, label, number]. */
const dials = (s: PersonaSnapshot) =>
  s.devices
    .filter((d) => d.kind === 'phone')
    .map((d) => d.speedDials.map((x) => [x.index, x.label, x.number]))
const withEveryPhone = (b: PersonaSnapshot, list: Row[]) => dials(b).map(() => list)
const ORIGINAL: Row[] = [
  [1, 'Reception', '1002'],
  [2, 'Help desk', '+13125550143'],
  [3, 'Conference bridge', '9,18005550199'],
]

/**
 * A change to the draft saved with "Save speed dials": the draft (the save bar and what `draftShows`)
 * stays after a failure. `after` and `before` are every phone's lists with and without the change.
 */
function dialAction(o: {
  name: string
  persona?: string
  write: WriteTarget
  change(sd: SpeedDialsPage): Promise<void>
  draftShows(sd: SpeedDialsPage): Promise<void>
  saved?(sd: SpeedDialsPage): Promise<void>
  after(b: PersonaSnapshot): Row[][]
  before(b: PersonaSnapshot): Row[][]
}): WriteAction {
  return actionOn('Speed dials', speedDials, {
    name: o.name,
    persona: o.persona,
    write: o.write,
    async arrange(sd) {
      await o.change(sd)
      await expect(sd.saveBar()).toBeVisible()
    },
    act: (sd) => sd.save(),
    async draft(sd) {
      await expect(sd.saveBar()).toBeVisible()
      await o.draftShows(sd)
    },
    saved: (sd) => (o.saved ? o.saved(sd) : expect(sd.saved).toBeVisible()),
    assertApplied: (s, b) => expect(dials(s)).toEqual(o.after(b)),
    assertNotApplied: (s, b) => expect(dials(s)).toEqual(o.before(b)),
  })
}

/** A change to the demo persona's list (the same on every phone). */
const unifiedDialAction = (
  o: Omit<Parameters<typeof dialAction>[0], 'after' | 'before'> & { after: Row[] },
) =>
  dialAction({
    ...o,
    after: (b) => withEveryPhone(b, o.after),
    before: (b) => withEveryPhone(b, ORIGINAL),
  })

export const speedDialActions: WriteAction[] = [
  unifiedDialAction({
    name: 'add',
    write: { method: 'POST', path: SPEED_DIALS },
    change: (sd) => sd.add({ name: 'Dentist', number: '01632960001' }),
    draftShows: (sd) => expect(sd.rows()).toHaveCount(4),
    after: [...ORIGINAL, [4, 'Dentist', '01632960001']],
  }),
  // An edit and a move in one draft: both become the same guarded PUT of the whole list, so one set of
  // cells checks that neither kind of change is lost.
  unifiedDialAction({
    name: 'edit and reorder',
    write: { method: 'PUT', path: SPEED_DIALS },
    async change(sd) {
      await sd.edit('Help desk').click()
      await sd.fill({ name: 'IT help', number: '2000' })
      await sd.update()
      await sd.moveUp('Conference bridge').click()
    },
    async draftShows(sd) {
      await expect(sd.rows().nth(1)).toContainText('Conference bridge')
      await expect(sd.rows().nth(2)).toContainText('IT help')
    },
    after: [ORIGINAL[0]!, [2, 'Conference bridge', '9,18005550199'], [3, 'IT help', '2000']],
  }),
  unifiedDialAction({
    name: 'remove',
    write: { method: 'DELETE', path: SPEED_DIALS },
    change: (sd) => sd.remove('Help desk').click(),
    draftShows: (sd) => expect(sd.rows()).toHaveCount(2),
    after: [ORIGINAL[0]!, ORIGINAL[2]!],
  }),
]

// Per-phone lists (the `split` persona: its two phones have different speed dials). The page shows one
// phone's list at a time (the office phone first); its saves are device-level writes, and "Use these
// speed dials on all my phones" replaces the other phone's list with one device-level PUT.
const SPLIT_DEVICE = '/cucm-uds/user/split/device'
const OFFICE = 'd1d00001-3333-4d4e-8f50-000000000001'
const LOBBY = 'd1d00002-3333-4d4e-8f50-000000000002'
const OFFICE_LIST: Row[] = [
  [1, 'Dana', '1001'],
  [2, 'Security desk', '+13125550100'],
]
const LOBBY_LIST: Row[] = [[1, 'Loading dock', '+13125550111']]
const officePhone = (sd: SpeedDialsPage) => expect(sd.listTitle).toHaveText('On Sam Okafor office phone')

export const perPhoneDialActions: WriteAction[] = [
  dialAction({
    name: 'one phone: add',
    persona: 'split',
    write: { method: 'POST', path: `${SPLIT_DEVICE}/${OFFICE}/speedDials` },
    async change(sd) {
      await officePhone(sd)
      await sd.add({ name: 'Gate', number: '200' })
    },
    async draftShows(sd) {
      await officePhone(sd)
      await expect(sd.rows()).toHaveCount(3)
      await expect(sd.rows().nth(2)).toContainText('Gate')
    },
    saved: (sd) => expect(sd.saved).toContainText('Sam Okafor office phone now has 3 speed dials.'),
    after: () => [[...OFFICE_LIST, [3, 'Gate', '200']], LOBBY_LIST],
    before: () => [OFFICE_LIST, LOBBY_LIST],
  }),
  actionOn('Speed dials', speedDials, {
    name: 'use on all my phones',
    persona: 'split',
    // The office phone's list is already what it should be; only the lobby phone's is written.
    write: { method: 'PUT', path: `${SPLIT_DEVICE}/${LOBBY}/speedDials` },
    async arrange(sd) {
      await sd.makeSameButton.click()
      await expect(sd.makeSameDialog).toContainText('Sam Okafor lobby phone will lose:')
    },
    act: (sd) => sd.confirmMakeSame(),
    // The confirmation stays open, still naming what the lobby phone loses; the list behind is as it was.
    async draft(sd) {
      await expect(sd.makeSameDialog).toContainText('Sam Okafor lobby phone will lose:')
      await expect(sd.makeSameDialog).toContainText('Loading dock')
      await expect(sd.rows()).toHaveCount(2)
    },
    async saved(sd, page) {
      await expect(status(page, 'Your 2 phones now have the same 2 speed dials.')).toBeVisible()
      await expect(sd.phoneChooser).toHaveCount(0)
    },
    assertApplied: (s) => expect(dials(s)).toEqual([OFFICE_LIST, OFFICE_LIST]),
    assertNotApplied: (s) => expect(dials(s)).toEqual([OFFICE_LIST, LOBBY_LIST]),
  }),
]

// ---------------------------------------------------------------------------------------------------
// Phones (issue 15): a phone's name, a line's settings on it, and a phone service (user level for demo,
// whose services are the same on every phone).
// ---------------------------------------------------------------------------------------------------

const DESK = 'd1a00001-3333-4d4e-8f50-000000000001'
const desk = (s: PersonaSnapshot) => s.devices.find((d) => d.id === DESK)!
const line1002 = (s: PersonaSnapshot) => s.lines.find((l) => l.directoryNumber === '1002')!
const weather = (s: PersonaSnapshot) => s.subscribedServices.filter((x) => x.name === 'Weather')
const openDesk = (ph: ReturnType<typeof phonePage>) => ph.open('Dana Morgan desk phone')

export const phoneActions: WriteAction[] = [
  actionOn('Phones', phonePage, {
    name: 'phone name',
    write: { method: 'PUT', path: `${USER}/device/${DESK}` },
    async arrange(ph) {
      await openDesk(ph)
      await ph.nameField.fill('Front desk')
    },
    act: (ph) => ph.saveName.click(),
    draft: (ph) => expect(ph.nameField).toHaveValue('Front desk'),
    saved: (ph) => expect(ph.saved('The phone is now called “Front desk”.')).toBeVisible(),
    assertApplied: (s) => expect(desk(s).userDescription).toBe('Front desk'),
    assertNotApplied: (s) => expect(desk(s).userDescription).toBeNull(),
  }),
  actionOn('Phones', phonePage, {
    name: 'line settings',
    write: { method: 'PUT', path: `${USER}/device/${DESK}/extension/${LINE2}` },
    async arrange(ph) {
      await openDesk(ph)
      await ph.line('1002').label.fill('Sales')
      await ph.line('1002').logMissedCalls.uncheck()
    },
    act: (ph) => ph.line('1002').save.click(),
    async draft(ph) {
      await expect(ph.line('1002').label).toHaveValue('Sales')
      await expect(ph.line('1002').logMissedCalls).not.toBeChecked()
    },
    saved: (ph) => expect(ph.line('1002').saved).toBeVisible(),
    assertApplied: (s, b) =>
      expect(line1002(s)).toEqual({ ...line1002(b), label: 'Sales', logMissedCalls: false }),
    assertNotApplied: (s) => expect(line1002(s)).toMatchObject({ label: 'Team line', logMissedCalls: true }),
  }),
  actionOn('Phones', phonePage, {
    name: 'add a service',
    write: { method: 'POST', path: `${USER}/subscribedServices` },
    async arrange(ph) {
      await openDesk(ph)
      await ph.services.choose('Weather')
      await expect(ph.services.parameter('City')).toHaveValue('Chicago')
      await ph.services.parameter('City').fill('Oslo')
    },
    act: (ph) => ph.services.add.click(),
    draft: (ph) => expect(ph.services.parameter('City')).toHaveValue('Oslo'),
    // After a late add, the retry finds it there already (409), and says so.
    saved: (ph) => expect(ph.saved(/Weather added|Weather is already on this phone/)).toBeVisible(),
    assertApplied: (s) => expect(weather(s).map((x) => x.parameters.map((p) => p.value))).toEqual([['Oslo']]),
    assertNotApplied: (s) => expect(weather(s)).toEqual([]),
  }),
]

// ---------------------------------------------------------------------------------------------------
// Conference Now (issue 17)
// ---------------------------------------------------------------------------------------------------

export const conferenceNowActions: WriteAction[] = [
  actionOn('Conference Now', conferenceNow, {
    name: 'attendee access code',
    write: { method: 'PUT', path: `${USER}/conferencing` },
    arrange: (cn) => cn.code.fill('97531'),
    act: (cn) => cn.saveButton.click(),
    draft: (cn) => expect(cn.code).toHaveValue('97531'),
    saved: (_cn, page) =>
      expect(page.getByText('Access code saved. Attendees now enter 97531.')).toBeVisible(),
    assertApplied: (s) => expect(s.conferencing).toEqual({ enabled: true, accessCode: '97531' }),
    assertNotApplied: (s) => expect(s.conferencing).toEqual({ enabled: true, accessCode: '4321' }),
  }),
]

export const writeActions: WriteAction[] = [
  ...profileActions,
  ...forwardingActions,
  ...secretActions,
  ...snrActions,
  ...speedDialActions,
  ...perPhoneDialActions,
  ...phoneActions,
  ...conferenceNowActions,
]
