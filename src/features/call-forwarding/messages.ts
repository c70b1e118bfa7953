/**
 * Every string of the Call forwarding page and the header's forwarding status, as messages in the
 * catalogs (lingui.config.ts): read in the active language each time they are used.
 */
import { t } from '@lingui/core/macro'
import { ltr } from '../../i18n/format.ts'

export const forwardingMessages = {
  get title() {
    return t`Call forwarding`
  },
  get lede() {
    return t`Send all your calls to voicemail or to another number, for example while you are away.`
  },
  get nowTitle() {
    return t`Where your calls go now`
  },
  get changeTitle() {
    return t`Change forwarding`
  },
  get noLines() {
    return t`You don't have any phone lines, so there is nothing to forward.`
  },
  get whereLegend() {
    return t`Where should calls go?`
  },
  get off() {
    return t`Don't forward`
  },
  get offHint() {
    return t`Your phones ring as usual`
  },
  get voicemail() {
    return t`Forward to voicemail`
  },
  get number() {
    return t`Forward to another number`
  },
  get numberLabel() {
    return t`Number to forward to`
  },
  get numberHint() {
    return t`For example 5551234, or +44 20 7946 0000 for a number abroad. Some numbers may be blocked by your organisation.`
  },
  fromDirectory: (name: string, to: string) => {
    const number = ltr(to)
    return name
      ? t`${name}’s number ${number} is filled in below. Nothing changes until you select Save forwarding.`
      : t`The number ${number} is filled in below. Nothing changes until you select Save forwarding.`
  },
  get whichLegend() {
    return t`Which lines?`
  },
  get allLines() {
    return t`All my lines`
  },
  lineName: (position: number, directoryNumber: string) => {
    const number = ltr(directoryNumber)
    return t`Line ${position} – ${number}`
  },
  get save() {
    return t`Save forwarding`
  },
  get saving() {
    return t`Saving…`
  },
  get nothingToSave() {
    return t`Nothing to save`
  },
  get success() {
    return t({ message: 'Success', context: 'banner title after a save' })
  },
  get unchanged() {
    return t`You haven't changed anything yet. Your forwarding is as shown above.`
  },
  get saved() {
    return t`Forwarding saved.`
  },
  get undone() {
    return t`Your change was undone.`
  },
  get checkIt() {
    return t`To check it works, call your number from another phone.`
  },
  get undo() {
    return t({ message: 'Undo', context: 'undo the forwarding change' })
  },
  get undoing() {
    return t`Undoing…`
  },
  get unsavedMessage() {
    return t({
      message: `You haven't saved your forwarding changes. If you leave this page, they will be lost.`,
      comment: 'Asked before leaving a page with unsaved changes',
    })
  },
  // Validation: specific, no "please" or "invalid", reusing the label's words
  get selectWhere() {
    return t`Select where calls should go`
  },
  get selectLines() {
    return t`Select which lines to forward`
  },
  get enterNumber() {
    return t`Enter the number to forward calls to`
  },
  get numberCharacters() {
    return t`Number can only include 0–9, +, *, # and spaces`
  },
  get plusAtStart() {
    return t`Number can only have a + at the start`
  },
  get numberTooLong() {
    return t`Number must be 50 characters or less`
  },
  toItself: (directoryNumber: string) => {
    const line = ltr(directoryNumber)
    return t`You can't forward line ${line} to itself – enter a different number`
  },
  toOwnLine: (from: string, to: string) => {
    const line = ltr(from)
    const ownLine = ltr(to)
    return t`You can't forward line ${line} to your own line ${ownLine} – enter a different number`
  },
  serverRejectedNumber: (code: string) =>
    t`The phone system didn't accept this number. It may not be allowed for forwarding – try another number, or call the helpdesk (code ${code})`,
  serverRejected: (code: string) =>
    t`The phone system didn't accept this change – try again, or call the helpdesk (code ${code})`,
  // Read-only and policy
  get readOnlyTitle() {
    return t`Your settings are managed on another phone system`
  },
  readOnly: (host: string | null) =>
    host
      ? t`You can see your forwarding here, but it can only be changed on your home phone system (${host}). Ask your helpdesk for the right address.`
      : t`You can see your forwarding here, but it can only be changed on your home phone system. Ask your helpdesk for the right address.`,
  get adminManagesTitle() {
    return t`Your administrator manages call forwarding`
  },
  get adminManages() {
    return t`To have your calls forwarded, or to stop forwarding them, call the helpdesk.`
  },
  // Header
}

/** Every string of the "When you don't answer or are busy" section. */
export const rulesMessages = {
  get title() {
    return t`When you don’t answer or are busy`
  },
  get lede() {
    return t`Where calls go when you don’t pick up, or when you are already on a call.`
  },
  get nowTitle() {
    return t`Your rules now`
  },
  get noAnswerLegend() {
    return t`If you don’t answer`
  },
  get busyLegend() {
    return t`If you’re already on a call`
  },
  get inside() {
    return t`Calls from inside the organisation`
  },
  get outside() {
    return t`Calls from outside`
  },
  /** A rule read back: "If you don't answer: voicemail" (rule: voicemail, a number or the administrator's setting). */
  noAnswerRule: (rule: string) =>
    t({
      message: `If you don’t answer: ${rule}`,
      comment: 'rule is “voicemail”, a phone number or “your administrator’s setting”',
    }),
  busyRule: (rule: string) =>
    t({
      message: `If you’re on a call: ${rule}`,
      comment: 'rule is “voicemail”, a phone number or “your administrator’s setting”',
    }),
  noAnswerSplit: (inside: string, outside: string) =>
    t({
      message: `If you don’t answer: ${inside} for callers inside the organisation, ${outside} for callers outside`,
      comment: 'inside and outside are each “voicemail”, a phone number or “your administrator’s setting”',
    }),
  busySplit: (inside: string, outside: string) =>
    t({
      message: `If you’re on a call: ${inside} for callers inside the organisation, ${outside} for callers outside`,
      comment: 'inside and outside are each “voicemail”, a phone number or “your administrator’s setting”',
    }),
  get voicemail() {
    return t({ message: 'Voicemail', context: 'send calls to' })
  },
  get number() {
    return t`Another number`
  },
  get admin() {
    return t`Your administrator’s setting`
  },
  get adminHint() {
    return t`The line’s default, set by your administrator`
  },
  get toVoicemail() {
    return t({ message: 'voicemail', context: 'a rule read back: calls go to' })
  },
  get adminSetting() {
    return t({ message: 'your administrator’s setting', context: 'a rule read back: calls go to' })
  },
  get numberHint() {
    return t`For example 5551234, or +44 20 7946 0000`
  },
  get split() {
    return t`Different for internal and external callers`
  },
  get save() {
    return t`Save these rules`
  },
  get saving() {
    return t`Saving…`
  },
  get saved() {
    return t`Rules saved.`
  },
  get unchanged() {
    return t`You haven’t changed anything yet. Your rules are as shown above.`
  },
  get nothingToSave() {
    return t`Nothing to save`
  },
  lineRules: (directoryNumber: string) => {
    const number = ltr(directoryNumber)
    return t`Calls to ${number}`
  },
  /** After a save: "Calls to 1001: If you don't answer: voicemail; If you're on a call: …." */
  lineRulesSaved: (directoryNumber: string, rules: string) => {
    const number = ltr(directoryNumber)
    return t({
      message: `Calls to ${number}: ${rules}.`,
      comment: 'rules: the line’s rules read back, separated by semicolons',
    })
  },
  get enterNumber() {
    return t`Enter the number to send these calls to`
  },
  toItself: (directoryNumber: string) => {
    const number = ltr(directoryNumber)
    return t`Calls to ${number} can’t be forwarded to ${number} – enter a different number`
  },
  get notAllowedTitle() {
    return t`You can’t change these rules here`
  },
  get notAllowed() {
    return t`Your phone system doesn’t let you change this here; your administrator can.`
  },
  get loading() {
    return t`Loading your rules…`
  },
  get loadFailed() {
    return t`Your busy and no-answer rules couldn’t be read.`
  },
  serverRejected: (code: string) =>
    t`The phone system didn’t accept this number. It may not be allowed for forwarding – try another number, or call the helpdesk (code ${code})`,
  get loadFailedTitle() {
    return t`Sorry, we couldn't load your busy and no-answer rules`
  },
  get unsavedMessage() {
    return t({
      message: `You haven't saved your busy and no-answer rules. If you leave this page, they will be lost.`,
      comment: 'Asked before leaving a page with unsaved changes',
    })
  },
}
