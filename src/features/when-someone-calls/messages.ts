/**
 * Every string of "When someone calls you", as messages in the catalogs (lingui.config.ts): read in
 * the active language each time they are used.
 */
import { t } from '@lingui/core/macro'
import type { DayOfWeek } from '../../api/remote-destinations/schedule.ts'
import { ltr } from '../../i18n/format.ts'
import { clockTime, dayAndTime } from './time-words.ts'

const at = (day: DayOfWeek, minutes: number) => dayAndTime(day, clockTime(minutes))

export const callsMessages = {
  get title() {
    return t`When someone calls you`
  },
  get lede() {
    return t`What happens right now when someone calls each of your lines, from all your settings together.`
  },
  lineTitle: (directoryNumber: string) => {
    const number = ltr(directoryNumber)
    return t`Calls to ${number}`
  },
  // 1. Forward all
  forwardAll: (dn: string, destination: string) => {
    const line = ltr(dn)
    const number = ltr(destination)
    return t`Calls to ${line} go straight to ${number}; nothing else below applies.`
  },
  forwardAllVoicemail: (dn: string) => {
    const line = ltr(dn)
    return t`Calls to ${line} go straight to voicemail; nothing else below applies.`
  },
  get voicemail() {
    return t({ message: 'voicemail', context: 'calls go straight to' })
  },
  // 2. Do not disturb
  dndReject: (busy: string) =>
    t({
      message: `Your phones don’t ring: do not disturb is on. Callers get your busy rule: ${busy}.`,
      comment: 'The rule in words, e.g. “calls go to voicemail” or “your administrator’s setting applies”',
    }),
  dndSilent: (noAnswer: string) =>
    t({
      message: `Your phones show the call silently (do not disturb is on); if you don’t answer: ${noAnswer}.`,
      comment: 'The rule in words, e.g. “calls go to voicemail” or “your administrator’s setting applies”',
    }),
  dndUsually: (noAnswer: string) =>
    t({
      message: `Your phones usually show the call silently (do not disturb is on); if you don’t answer: ${noAnswer}.`,
      comment: 'The rule in words, e.g. “calls go to voicemail” or “your administrator’s setting applies”',
    }),
  // 3. Phones and Single Number Reach
  phonesRing: (names: string) =>
    t({ message: `Your phones ring: ${names}.`, comment: 'names: the phones’ names as a list' }),
  get noPhones() {
    return t`You have no phones of your own that ring.`
  },
  snrOff: (name: string) => t`${name} doesn’t ring: it’s switched off.`,
  snrAlways: (name: string, usually: boolean) =>
    usually ? t`${name} usually rings too, at any time.` : t`${name} rings too, at any time.`,
  snrInside: (
    name: string,
    day: DayOfWeek,
    minutes: number,
    place: string,
    times: string,
    usually: boolean,
  ) => {
    const now = at(day, minutes)
    return usually
      ? t({
          message: `${name} usually rings too – it’s ${now} in ${place}, inside its ${times} times.`,
          comment: 'now: a weekday and time (Monday 10:15am); place: a city; times: Monday 8:00am–6:00pm',
        })
      : t({
          message: `${name} rings too – it’s ${now} in ${place}, inside its ${times} times.`,
          comment: 'now: a weekday and time (Monday 10:15am); place: a city; times: Monday 8:00am–6:00pm',
        })
  },
  snrOutside: (name: string, day: DayOfWeek, minutes: number, place: string, next: string) => {
    const now = at(day, minutes)
    return t({
      message: `${name} doesn’t ring now: it’s ${now} in ${place}; its next time is ${next}.`,
      comment: 'now and next: a weekday and time (Monday 10:15am); place: a city',
    })
  },
  snrNever: (name: string) => t`${name} doesn’t ring: its schedule has no days.`,
  noAnswer: (rule: string) =>
    t({
      message: `If you don’t answer: ${rule}.`,
      comment: 'The rule in words, e.g. “calls go to voicemail” or “your administrator’s setting applies”',
    }),
  busy: (rule: string) =>
    t({
      message: `If you’re on a call: ${rule}.`,
      comment: 'The rule in words, e.g. “calls go to voicemail” or “your administrator’s setting applies”',
    }),
  // Rules in words
  get ruleVoicemail() {
    return t`calls go to voicemail`
  },
  get ruleVoicemailMissing() {
    return t`calls go to voicemail, but this line has no voicemail number`
  },
  ruleNumber: (destination: string) => {
    const number = ltr(destination)
    return t`calls go to ${number}`
  },
  get ruleDefault() {
    return t`your administrator’s setting applies`
  },
  get ruleUnknown() {
    return t`see Call forwarding`
  },
  ruleSplit: (inside: string, outside: string) =>
    t({
      message: `${inside} for callers inside the organisation; ${outside} for callers outside`,
      comment: 'inside and outside: each a rule in words, e.g. “calls go to voicemail”',
    }),
  // Try a different time
  get tryTitle() {
    return t`Try a different time`
  },
  get tryHint() {
    return t`See what would happen on another day or at another time (your own clock).`
  },
  get day() {
    return t({ message: 'Day', context: 'of the week' })
  },
  get time() {
    return t({ message: 'Time', context: 'of day' })
  },
  get show() {
    return t({ message: 'Show', context: 'what happens at the chosen time' })
  },
  get backToNow() {
    return t`Back to now`
  },
  showingAt: (when: string) =>
    t({ message: `Showing what happens on ${when}.`, comment: 'when: a weekday and time, Monday 10:00am' }),
  get showingNow() {
    return t`Showing what happens right now.`
  },
  // Week at a glance
  get yourPhones() {
    return t`Your phones`
  },
  get weekTitle() {
    return t`A week at a glance`
  },
  get weekHint() {
    return t`When each phone rings, Monday to Sunday. The line marks now.`
  },
  weekPlace: (place: string) =>
    t({ message: `Times are ${place} time.`, comment: 'place: a city, e.g. Chicago' }),
  get weekTableCaption() {
    return t`When each phone rings`
  },
  get phoneColumn() {
    return t({ message: 'Phone', context: 'table column' })
  },
  get always() {
    return t({ message: 'All day', context: 'a phone rings' })
  },
  get never() {
    return t({ message: 'Doesn’t ring', context: 'on this day' })
  },
  get nowMark() {
    return t({ message: 'Now', context: 'the mark for the current time' })
  },
  // Warnings
  get warningsTitle() {
    return t`Settings that work against each other`
  },
  warnDndForward: (dn: string) => {
    const line = ltr(dn)
    return t`Do not disturb does nothing for ${line}: its calls are forwarded before they reach a phone.`
  },
  get warnDndForwardLink() {
    return t`Change call forwarding`
  },
  warnNoVoicemail: (dn: string) => {
    const line = ltr(dn)
    return t`Calls to ${line} are sent to voicemail, but the line has no voicemail number.`
  },
  get warnNoVoicemailLink() {
    return t`Change your busy and no-answer rules`
  },
  get warnNoVoicemailAllLink() {
    return t`Change call forwarding`
  },
  get warnSnrUnreachable() {
    return t`None of your Single Number Reach phones rings right now: they are switched off or outside their times.`
  },
  get warnSnrUnreachableLink() {
    return t`Change Single Number Reach`
  },
  warnForwardToSnr: (dn: string, name: string) => {
    const line = ltr(dn)
    return t`Calls to ${line} are forwarded to ${name}, which also rings as a Single Number Reach phone: it may ring twice.`
  },
  get warnForwardToSnrLink() {
    return t`Change call forwarding`
  },
  get noWarnings() {
    return t`None of your settings work against each other.`
  },
  get unconfirmed() {
    return t`“Usually”: how the phone system behaves here isn’t documented, so it may differ on yours.`
  },
}
