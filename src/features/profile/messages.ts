/** Every string of the Profile page, as messages in the catalogs (read in the active language). */
import { plural, t } from '@lingui/core/macro'
import { ltr } from '../../i18n/format.ts'
import type { ForwardState } from '../../lib/read-back.ts'

const ruleWords = (rule: ForwardState) =>
  rule.toVoicemail
    ? t({ message: 'voicemail', context: 'busy or no-answer calls go to' })
    : ltr(rule.destination) || t`your administrator’s setting`

export const profileMessages = {
  get conferenceNow() {
    return t`Conference Now`
  },
  get conferenceNowOff() {
    return t`Conference Now isn’t set up for you`
  },
  conferenceNowCode: (hasCode: boolean) =>
    hasCode ? t`On – attendees need your access code` : t`On – anyone with the number can join`,
  get conferenceNowAction() {
    return t({ message: 'View', context: 'link to a settings page' })
  },
  get dndOn() {
    return t`On – your phones won’t ring`
  },
  get dndOff() {
    return t({ message: 'Off', context: 'Do not disturb is' })
  },
  rules: (busy: ForwardState, noAnswer: ForwardState) => {
    const busyWords = ruleWords(busy)
    const noAnswerWords = ruleWords(noAnswer)
    return t`Busy: ${busyWords}. No answer: ${noAnswerWords}.`
  },
  get speedDialsFor() {
    return t`Numbers you can dial with one button`
  },
  speedDialCount: (count: number) =>
    count === 0 ? t`No speed dials` : plural(count, { one: '# speed dial', other: '# speed dials' }),
  get speedDialsPerPhone() {
    return t`Each phone has its own speed dials`
  },
  get snrFor() {
    return t`Ring your mobile too`
  },
  get noSnrPhones() {
    return t`No other phones ring with your desk number`
  },
  snrOff: (name: string) => t`${name} doesn’t ring (switched off)`,
  snrRings: (name: string, when: string) => t`${name} rings ${when}`,
  snrAlways: (name: string) => t`${name} rings at any time`,
  get whenSomeoneCalls() {
    return t`What happens right now, for each of your lines`
  },
  // Settings summary rows (term, and the link's full name for screen readers)
  get dndTerm() {
    return t`Do not disturb`
  },
  get forwardingTerm() {
    return t`Forwarding`
  },
  get noLinesShort() {
    return t`You have no lines`
  },
  get speedDialsTerm() {
    return t`Speed dials`
  },
  get snrTerm() {
    return t`Single Number Reach`
  },
  get whenSomeoneCallsTerm() {
    return t`When someone calls`
  },
  get pinTerm() {
    return t`PIN and password`
  },
  get pinValue() {
    return t`Phone PIN, voicemail PIN and portal password`
  },
  get changeDnd() {
    return t`Change do not disturb`
  },
  get changeForwarding() {
    return t`Change forwarding`
  },
  get viewSpeedDials() {
    return t`View speed dials`
  },
  get viewSnr() {
    return t`View Single Number Reach`
  },
  get seeWhenSomeoneCalls() {
    return t`See when someone calls you`
  },
  get changePin() {
    return t`Change PIN and password`
  },
  get viewConferenceNow() {
    return t`View Conference Now`
  },
  get change() {
    return t({ message: 'Change', context: 'link to a settings page' })
  },
  get view() {
    return t({ message: 'View', context: 'link to a settings page' })
  },
  get see() {
    return t({ message: 'See', context: 'link to a settings page' })
  },

  get title() {
    return t`Profile`
  },
  get detailsTitle() {
    return t`Your details`
  },
  get settingsTitle() {
    return t`Your settings`
  },
  get linesTitle() {
    return t`Your lines and phones`
  },
  get lede() {
    return t`Who you are on the phone system, and your settings at a glance.`
  },
  // Your details
  get nameTerm() {
    return t({ message: 'Name', context: 'a person' })
  },
  get userIdTerm() {
    return t`User ID`
  },
  get emailTerm() {
    return t`Email`
  },
  get workPhoneTerm() {
    return t`Work phone`
  },
  get mobileTerm() {
    return t({ message: 'Mobile', context: 'a person’s mobile phone number' })
  },
  get homePhoneTerm() {
    return t`Home phone`
  },
  get departmentTerm() {
    return t`Department`
  },
  get jobTitleTerm() {
    return t`Job title`
  },
  get managerTerm() {
    return t`Manager`
  },
  // Lines and phones
  get linesHeading() {
    return t`Lines`
  },
  get noLines() {
    return t`You have no lines.`
  },
  line: (position: number, number: string) => {
    const directoryNumber = ltr(number)
    return t`Line ${position} – ${directoryNumber}`
  },
  get primary() {
    return t({ message: 'Primary', context: 'the primary line' })
  },
  get phonesHeading() {
    return t`Phones`
  },
  get noPhones() {
    return t`You have no phones.`
  },
  deviceName: (name: string) => t`Device name ${name}`,
  // Name and language
  get nameAndLanguage() {
    return t`Name and language`
  },
  get displayNameLabel() {
    return t`Display name`
  },
  get displayNameHint() {
    return t`Shown on other people's phones when you call`
  },
  get enterDisplayName() {
    return t`Enter your display name`
  },
  get displayNameTooLong() {
    return t`Display name must be 64 characters or less`
  },
  get displayNameControl() {
    return t`Display name can’t include control characters`
  },
  get languageLabel() {
    return t`Phone language`
  },
  get languageHint() {
    return t`The language your phones show. The portal’s own language is chosen at the top of the page.`
  },
  get systemDefault() {
    return t`Use the system default`
  },
  get save() {
    return t`Save profile`
  },
  get saving() {
    return t`Saving…`
  },
  get saved() {
    return t`Profile saved.`
  },
  savedDisplayName: (name: string) => t`Your display name is now “${name}”.`,
  savedLanguage: (language: string) => t`Your phones use ${language}.`,
  get savedDefaultLanguage() {
    return t`Your phones use the system default language.`
  },
  get unsavedMessage() {
    return t({
      message: `You haven't saved your profile changes. If you leave this page, they will be lost.`,
      comment: 'Asked before leaving a page with unsaved changes',
    })
  },
  get unchanged() {
    return t`You haven't changed anything yet.`
  },
  get serverRejected() {
    return t`The phone system didn't accept this display name. Try a shorter name, or call the helpdesk (code PR-415).`
  },
  get readOnlyTitle() {
    return t`Your settings are managed on another phone system`
  },
  readOnly: (host: string | null) =>
    host
      ? t`You can see your settings here, but they can only be changed on your home phone system (${host}). Ask your helpdesk for the right address.`
      : t`You can see your settings here, but they can only be changed on your home phone system. Ask your helpdesk for the right address.`,
  get displayNameNeedsNewer() {
    return t`Your phone system version does not let you change your display name here.`
  },
}
