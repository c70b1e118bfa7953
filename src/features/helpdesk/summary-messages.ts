/**
 * The helpdesk summary's words (its sections and rows), as messages in the catalogs; the buttons'
 * are in messages.ts. Read while the summary is built, so the same facts give the text in the
 * active language and, for the copied text, again in English (summary-for.ts).
 */
import { t } from '@lingui/core/macro'
import type { DndOption } from '../../api/devices/devices.ts'
import { formatNumber, ltr } from '../../i18n/format.ts'

/** Words for the policy flags an administrator can turn off (unknown ones are shown by name). */
const policyFlagWords = (): Record<string, string> => ({
  ShowChangePassword: t`changing the password`,
  ShowChangePin: t`changing the phone PIN`,
  ShowSpeedDials: t`speed dials`,
  ShowDirectorySearch: t`directory search`,
  ShowLineLabel: t`line labels`,
  ShowRingPreferences: t`ring preferences`,
  ShowMessageWaitingAlertPreference: t`voicemail light preferences`,
})

const dndOptionWords = (option: DndOption): string =>
  ({
    ringerOff: t`rings silently (Ringer Off)`,
    callReject: t`rejects calls (Call Reject)`,
    common: t`the common phone profile’s setting`,
    '': t`no option set`,
  })[option]

/** The parts the summary reads, each of which can fail on its own. */
export type SummaryPart =
  | 'user'
  | 'cluster'
  | 'version'
  | 'lines'
  | 'rules'
  | 'devices'
  | 'dnd'
  | 'snr'
  | 'speedDials'
  | 'policy'
  | 'signIns'

export const summaryMessages = {
  get heading() {
    return t`Phone settings – summary for the helpdesk`
  },
  get checked() {
    return t({ message: 'Checked', context: 'time the helpdesk summary was made' })
  },
  /** Before the English copy of the summary, when the user's language isn't English. */
  get inEnglish() {
    return t`The same summary in English, for any helpdesk:`
  },
  /** A row of the copied text: "User ID: demo". */
  labelled: (label: string, value: string) =>
    t({ message: `${label}: ${value}`, context: 'a row of the helpdesk summary' }),
  get sections() {
    return {
      who: t({ message: 'Who', context: 'helpdesk summary section' }),
      lines: t({ message: 'Lines', context: 'helpdesk summary section' }),
      dnd: t({ message: 'Do not disturb', context: 'helpdesk summary section' }),
      phones: t({ message: 'Phones', context: 'helpdesk summary section' }),
      snr: t`Single Number Reach (other phones that ring)`,
      speedDials: t({ message: 'Speed dials', context: 'helpdesk summary section' }),
      policy: t`Hidden by the administrator`,
      signIn: t({ message: 'Sign-in', context: 'helpdesk summary section' }),
      portal: t({ message: 'Portal', context: 'helpdesk summary section' }),
      problems: t`Problems shown in this session`,
    }
  },
  couldNotRead: (part: SummaryPart): string => {
    switch (part) {
      case 'user':
        return t`Couldn't read the user’s details`
      case 'cluster':
        return t`Couldn't read the home system`
      case 'version':
        return t`Couldn't read the phone system’s version`
      case 'lines':
        return t`Couldn't read the lines`
      case 'rules':
        return t`Couldn't read the busy and no-answer rules`
      case 'devices':
        return t`Couldn't read the phones`
      case 'dnd':
        return t`Couldn't read each phone’s Do not disturb option`
      case 'snr':
        return t`Couldn't read the Single Number Reach phones`
      case 'speedDials':
        return t`Couldn't read the speed dials`
      case 'policy':
        return t`Couldn't read the administrator’s policy`
      case 'signIns':
        return t`Couldn't read the sign-in history`
    }
  },
  get userId() {
    return t`User ID`
  },
  get name() {
    return t({ message: 'Name', context: 'a person' })
  },
  get displayName() {
    return t`Display name`
  },
  get homeSystem() {
    return t`Home system`
  },
  homeHere: (host: string | null) => (host ? t`${host} (this one)` : t`this phone system (this one)`),
  homeElsewhere: (host: string | null) =>
    host
      ? t`${host} (not this one: settings are read-only here)`
      : t`another phone system (not this one: settings are read-only here)`,
  get udsVersion() {
    return t`Phone system version (UDS)`
  },
  line: (position: number) => t`Line ${position}`,
  lineWhat: (dn: string, primary: boolean, label: string) => {
    const number = ltr(dn)
    if (primary) return label ? t`${number}, primary, label “${label}”` : t`${number}, primary`
    return label ? t`${number}, label “${label}”` : number
  },
  forwardAll: (position: number) => t`Line ${position} forward all`,
  busy: (position: number) => t`Line ${position} busy`,
  noAnswer: (position: number) => t`Line ${position} no answer`,
  forwardTo: (f: { toVoicemail: boolean; destination: string }) =>
    f.toVoicemail
      ? t({ message: 'voicemail', context: 'calls go to' })
      : f.destination
        ? ltr(f.destination)
        : t`not forwarded`,
  rule: (f: { toVoicemail: boolean; destination: string }) =>
    f.toVoicemail
      ? t({ message: 'voicemail', context: 'calls go to' })
      : f.destination
        ? ltr(f.destination)
        : t`the administrator’s setting`,
  insideOutside: (inside: string, outside: string) =>
    inside === outside ? inside : t`inside callers ${inside}; outside callers ${outside}`,
  get rulesHidden() {
    return t`Busy and no-answer rules`
  },
  get rulesHiddenValue() {
    return t`not offered (the administrator allows forward all only)`
  },
  get noLines() {
    return t`No lines`
  },
  get dndAll() {
    return t({ message: 'Do not disturb', context: 'helpdesk summary row' })
  },
  onOff: (on: boolean) =>
    on
      ? t({ message: 'on', context: 'Do not disturb is' })
      : t({ message: 'off', context: 'Do not disturb is' }),
  dndPhone: (name: string) => name,
  dndOption: (enabled: boolean, option: DndOption) => {
    const words = dndOptionWords(option)
    return enabled ? t`on; when on: ${words}` : t`off; when on: ${words}`
  },
  get noPhones() {
    return t`No phones`
  },
  phone: (position: number) => t`Phone ${position}`,
  phoneWhat: (name: string, model: string, deviceName: string) => {
    const other = name !== deviceName
    if (model) return other ? t`${name} – ${model} – device name ${deviceName}` : t`${name} – ${model}`
    return other ? t`${name} – device name ${deviceName}` : name
  },
  get snrNotSetUp() {
    return t`not set up by the administrator`
  },
  get snrStatus() {
    return t`Single Number Reach`
  },
  get noSnrPhones() {
    return t`No other phones`
  },
  snrWhat: (phoneNumber: string, rings: boolean, schedule: string) => {
    const number = ltr(phoneNumber)
    return rings ? t`${number}; ringing on; ${schedule}` : t`${number}; ringing off; ${schedule}`
  },
  get speedDialCount() {
    return t({ message: 'Speed dials', context: 'helpdesk summary row' })
  },
  speedDialValue: (count: number, unified: boolean) => {
    const number = formatNumber(count)
    return unified ? number : t`${number} (each phone has its own list; this is the common one)`
  },
  get policyHidden() {
    return t({ message: 'Hidden', context: 'settings hidden by the administrator' })
  },
  get nothingHidden() {
    return t({ message: 'nothing', context: 'settings hidden by the administrator' })
  },
  policyWords: (name: string, value: string) => {
    if (name === 'ShowCallForward')
      return value === '2' ? t`call forwarding` : t`busy and no-answer forwarding`
    return policyFlagWords()[name] ?? name
  },
  get lastSignIn() {
    return t`Last sign-in`
  },
  get never() {
    return t({ message: 'never', context: 'last sign-in' })
  },
  /** "2026-11-30 14:05 UTC from 10.0.0.5". */
  signedInFrom: (when: string, address: string) => {
    const ip = ltr(address)
    return t`${when} from ${ip}`
  },
  get failures() {
    return t`Failed attempts since`
  },
  get signInsUnsupported() {
    return t`not offered by this phone system’s version`
  },
  get portalVersion() {
    return t`Portal version`
  },
  get buildDate() {
    return t({ message: 'Built', context: 'date the portal was built' })
  },
  get browser() {
    return t`Browser`
  },
  /** "Chrome 131 on Windows". */
  browserOn: (browser: string, system: string) => t`${browser} on ${system}`,
  get unknownBrowser() {
    return t({ message: 'unknown', context: 'browser' })
  },
  get noProblems() {
    return t({ message: 'None', context: 'problems shown in this session' })
  },
  problem: (position: number) => t`Problem ${position}`,
}
