/**
 * Every string of the Conference Now page (and its line on Profile), as messages in the catalogs
 * (lingui.config.ts): read in the active language each time they are used.
 */
import { t } from '@lingui/core/macro'
import { ltr } from '../../i18n/format.ts'

export const conferenceNowMessages = {
  get title() {
    return t`Conference Now`
  },
  get lede() {
    return t`Host a meeting on your phone system’s conference bridge: you and the people you invite dial one number.`
  },
  get notSetUpTitle() {
    return t`Conference Now isn’t set up for you`
  },
  get notSetUp() {
    return t`Your administrator hasn’t turned on Conference Now for your account. Ask your helpdesk if you need it.`
  },
  get joinTitle() {
    return t`How people join`
  },
  get dialNumber() {
    return t`Number to dial`
  },
  get dialUnknown() {
    return t`Your helpdesk can tell you the Conference Now number.`
  },
  get meetingNumber() {
    return t`Meeting number`
  },
  meetingNumberIs: (dn: string) => {
    const number = ltr(dn)
    return t`${number} (your desk number)`
  },
  get hostPin() {
    return t`You start the meeting with your phone PIN.`
  },
  get codeTitle() {
    return t`Attendee access code`
  },
  /** "Now: " before the current code. */
  get currentLabel() {
    return t({ message: 'Now:', context: 'the access code you have now' })
  },
  hidden: (length: number) => {
    const dots = '•'.repeat(Math.min(length, 16))
    return t({ message: `${dots} (hidden)`, comment: 'dots: one • per digit of the access code' })
  },
  get none() {
    return t`No access code – anyone with the number can join`
  },
  get rulesTitle() {
    return t`An access code must:`
  },
  get rules() {
    return [t`be 4 to 16 digits (0 to 9)`, t`not be one digit repeated, like 1111`]
  },
  get newLabel() {
    return t`New attendee access code`
  },
  get newHint() {
    return t`Attendees enter it after the meeting number. Leave it empty to let anyone with the number join.`
  },
  get save() {
    return t`Save access code`
  },
  get saving() {
    return t`Saving…`
  },
  get success() {
    return t({ message: 'Success', context: 'banner title after a save' })
  },
  get enterCode() {
    return t`Enter a new access code`
  },
  get digitsOnly() {
    return t`Access code must only include numbers 0 to 9`
  },
  get tooShort() {
    return t`Access code must be at least 4 digits`
  },
  get tooLong() {
    return t`Access code must be 16 digits or less`
  },
  get repeated() {
    return t`Access code can’t be one digit repeated, like 1111`
  },
  get same() {
    return t`This is already your access code – enter a different one`
  },
  get clearTitle() {
    return t`Remove the access code?`
  },
  get clearBody() {
    return t`Anyone with the number and your meeting number can join your meetings.`
  },
  get clearConfirm() {
    return t`Remove access code`
  },
  get cancel() {
    return t({ message: 'Cancel', context: 'do not remove the access code' })
  },
  saved: (accessCode: string) => {
    const code = ltr(accessCode)
    return t`Access code saved. Attendees now enter ${code}.`
  },
  get cleared() {
    return t`Access code removed. Anyone with the number can join.`
  },
  get notSaved() {
    return t`Your access code wasn’t changed`
  },
  get readOnlyTitle() {
    return t`Your settings are managed on another phone system`
  },
  readOnly: (host: string | null) =>
    host
      ? t`You can see your Conference Now settings here, but they can only be changed on your home phone system (${host}).`
      : t`You can see your Conference Now settings here, but they can only be changed on your home phone system.`,
  // Profile
  get profileTerm() {
    return t`Conference Now`
  },
  profileOn: (hasCode: boolean) =>
    hasCode ? t`Attendees need your access code` : t`Anyone with the number can join`,
  get profileAction() {
    return t({ message: 'View', context: 'Conference Now settings' })
  },
  get profileActionWhat() {
    return t({ message: ' Conference Now', comment: 'Read by screen readers after “View”' })
  },
}
