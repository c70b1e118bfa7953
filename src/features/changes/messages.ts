/** Every string of the "Your changes" panel, as messages in the catalogs (read in the active language). */
import { t } from '@lingui/core/macro'
import type { RuleKind } from '../../api/extensions/line-rules.ts'
import type { Preference } from '../../api/extensions/line-settings.ts'
import type { SecretKind } from '../../lib/change-log.ts'

export const changesMessages = {
  button: (count: number) => t`Your changes (${count})`,
  get title() {
    return t`Your changes`
  },
  get lede() {
    return t`What you changed in this session, newest first. Undo puts the earlier setting back.`
  },
  get close() {
    return t({ message: 'Close', context: 'dialog button' })
  },
  at: (time: string) => t({ message: `at ${time}`, context: 'time of a change' }),
  get before() {
    return t({ message: 'Before:', context: 'value of a change' })
  },
  get after() {
    return t({ message: ', now:', context: 'value of a change, after the earlier value' })
  },
  arrow: '→',
  get undo() {
    return t({ message: 'Undo', context: 'a change' })
  },
  undoFor: (what: string) => t`Undo: ${what}`,
  undoAnywayFor: (what: string) => t`Undo anyway: ${what}`,
  keepCurrentFor: (what: string) => t`Keep current: ${what}`,
  get undoing() {
    return t`Undoing…`
  },
  get checking() {
    return t`Checking…`
  },
  get noUndo() {
    return t`This can’t be undone here.`
  },
  undone: (what: string) => t`Undone: ${what}.`,
  get changedElsewhere() {
    return t`This was changed somewhere else since (on a phone, in another app or by the helpdesk).`
  },
  get nowOnSystem() {
    return t`Now on the phone system:`
  },
  get undoWouldSet() {
    return t`Undo would set:`
  },
  get undoAnyway() {
    return t`Undo anyway`
  },
  get keepCurrent() {
    return t`Keep current`
  },
  get kept() {
    return t`Kept as it is now.`
  },
  get notUndone() {
    return t`Not undone.`
  },
  get maybeUndone() {
    return t`It may already be undone.`
  },
  get problemTitle() {
    return t`Your change wasn’t undone`
  },

  // What changed
  get displayName() {
    return t`Display name`
  },
  get language() {
    return t`Phone language`
  },
  get doNotDisturb() {
    return t`Do not disturb`
  },
  get forwardAll() {
    return t`Call forwarding, all lines`
  },
  lineForward: (line: string) => t`Call forwarding, line ${line}`,
  lineRules: (line: string) => t`Busy and no-answer forwarding, line ${line}`,
  phoneName: (phone: string) => t`Phone name, ${phone}`,
  phoneDnd: (phone: string) => t`Do not disturb option, ${phone}`,
  lineSettings: (line: string, phone: string) =>
    phone ? t`Line ${line} settings, ${phone}` : t`Line ${line} settings`,
  speedDials: (phone: string) => (phone ? t`Speed dials, ${phone}` : t`Speed dials`),
  snrPhone: (phone: string) => t`Single Number Reach, ${phone}`,
  service: (service: string, phone: string) =>
    phone ? t`Phone service ${service}, ${phone}` : t`Phone service ${service}, all phones`,
  get secret() {
    return {
      phonePin: t`Phone PIN changed`,
      password: t`Portal password changed`,
      voicemailPin: t`Voicemail PIN changed`,
      accessCode: t`Conference Now access code changed`,
    } satisfies Record<SecretKind, string>
  },

  // Values in words
  get notSet() {
    return t`Not set`
  },
  get systemDefault() {
    return t`System default`
  },
  get on() {
    return t({ message: 'On', context: 'value of a setting' })
  },
  get off() {
    return t({ message: 'Off', context: 'value of a setting' })
  },
  get notForwarded() {
    return t`Not forwarded`
  },
  get voicemail() {
    return t`Voicemail`
  },
  get adminSetting() {
    return t`Administrator’s setting`
  },
  get adminName() {
    return t`Name set by your administrator`
  },
  get rules() {
    return {
      busyInternal: t`Busy (calls from inside)`,
      busyExternal: t`Busy (calls from outside)`,
      noAnswerInternal: t`No answer (calls from inside)`,
      noAnswerExternal: t`No answer (calls from outside)`,
    } satisfies Record<RuleKind, string>
  },
  get preferences() {
    return {
      mwiVisual: t`Voicemail light`,
      mwiAudible: t`Voicemail sound`,
      ringIdle: t`Ring when not on a call`,
      ringBusy: t`Ring when on a call`,
    } satisfies Record<Preference, string>
  },
  get label() {
    return t({ message: 'Label', context: 'line label' })
  },
  /** "Label: Reception", "Busy (calls from inside): Voicemail". */
  labelled: (name: string, value: string) =>
    t({ message: `${name}: ${value}`, context: 'a setting and its value' }),
  missedCalls: (logged: boolean) => (logged ? t`Missed calls listed` : t`Missed calls not listed`),
  get noSpeedDials() {
    return t`No speed dials`
  },
  speedDialEmpty: (index: number) => t`${index}: empty`,
  speedDial: (index: number, label: string, number: string) => t`${index}: ${label} (${number})`,
  get rings() {
    return t`Rings`
  },
  get doesNotRing() {
    return t`Doesn’t ring`
  },
  get name() {
    return t({ message: 'Name', context: 'Single Number Reach phone' })
  },
  get number() {
    return t({ message: 'Number', context: 'Single Number Reach phone' })
  },
  transfer: (on: boolean) => (on ? t`Calls can move to it` : t`Calls can’t move to it`),
  control: (on: boolean) => (on ? t`Controlled from apps` : t`Not controlled from apps`),
  get anyTime() {
    return t`Rings at any time`
  },
  schedule: (words: string) => t`Rings ${words}`,
  get notThere() {
    return t`Not there`
  },
  snrEntry: (name: string, number: string) => t`${name} (${number})`,
  /** A Single Number Reach phone and when it rings: "Mobile (07700 900123); Rings at any time". */
  snrEntryWhen: (entry: string, schedule: string) =>
    t({ message: `${entry}; ${schedule}`, context: 'a Single Number Reach phone and when it rings' }),
  get serviceAdded() {
    return t({ message: 'Added', context: 'phone service' })
  },
  get serviceNotAdded() {
    return t({ message: 'Not added', context: 'phone service' })
  },
  /** When the value words are empty. */
  none: '–',
}
