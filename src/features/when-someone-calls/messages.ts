/** Every string of "When someone calls you". */
import { clock, DAY_NAMES } from '../../lib/schedule-words.ts'
import type { DayOfWeek } from '../../api/remote-destinations/schedule.ts'

const at = (day: DayOfWeek, minutes: number) => `${DAY_NAMES[day]} ${clock(minutes)}`

export const callsMessages = {
  title: 'When someone calls you',
  lede: 'What happens right now when someone calls each of your lines, from all your settings together.',
  lineTitle: (directoryNumber: string) => `Calls to ${directoryNumber}`,
  // 1. Forward all
  forwardAll: (dn: string, to: string) => `Calls to ${dn} go straight to ${to}; nothing else below applies.`,
  voicemail: 'voicemail',
  // 2. Do not disturb
  dndReject: (busy: string) =>
    `Your phones don’t ring: do not disturb is on. Callers get your busy rule: ${busy}.`,
  dndSilent: (noAnswer: string) =>
    `Your phones show the call silently (do not disturb is on); if you don’t answer: ${noAnswer}.`,
  dndUsually: (noAnswer: string) =>
    `Your phones usually show the call silently (do not disturb is on); if you don’t answer: ${noAnswer}.`,
  // 3. Phones and Single Number Reach
  phonesRing: (names: string) => `Your phones ring: ${names}.`,
  noPhones: 'You have no phones of your own that ring.',
  snrOff: (name: string) => `${name} doesn’t ring: it’s switched off.`,
  snrAlways: (name: string, usually: boolean) =>
    `${name} ${usually ? 'usually rings' : 'rings'} too, at any time.`,
  snrInside: (
    name: string,
    day: DayOfWeek,
    minutes: number,
    place: string,
    times: string,
    usually: boolean,
  ) =>
    `${name} ${usually ? 'usually rings' : 'rings'} too – it’s ${at(day, minutes)} in ${place}, inside its ${times} times.`,
  snrOutside: (name: string, day: DayOfWeek, minutes: number, place: string, next: string) =>
    `${name} doesn’t ring now: it’s ${at(day, minutes)} in ${place}; its next time is ${next}.`,
  snrNever: (name: string) => `${name} doesn’t ring: its schedule has no days.`,
  noAnswer: (rule: string) => `If you don’t answer: ${rule}.`,
  busy: (rule: string) => `If you’re on a call: ${rule}.`,
  // Rules in words
  ruleVoicemail: 'calls go to voicemail',
  ruleVoicemailMissing: 'calls go to voicemail, but this line has no voicemail number',
  ruleNumber: (n: string) => `calls go to ${n}`,
  ruleDefault: 'your administrator’s setting applies',
  ruleUnknown: 'see Call forwarding',
  ruleSplit: (inside: string, outside: string) =>
    `${inside} for callers inside the organisation; ${outside} for callers outside`,
  // Try a different time
  tryTitle: 'Try a different time',
  tryHint: 'See what would happen on another day or at another time (your own clock).',
  day: 'Day',
  time: 'Time',
  show: 'Show',
  backToNow: 'Back to now',
  showingAt: (when: string) => `Showing what happens on ${when}.`,
  showingNow: 'Showing what happens right now.',
  // Week at a glance
  yourPhones: 'Your phones',
  weekTitle: 'A week at a glance',
  weekHint: 'When each phone rings, Monday to Sunday. The line marks now.',
  weekPlace: (place: string) => `Times are ${place} time.`,
  weekTableCaption: 'When each phone rings',
  phoneColumn: 'Phone',
  always: 'All day',
  never: 'Doesn’t ring',
  nowMark: 'Now',
  // Warnings
  warningsTitle: 'Settings that work against each other',
  warnDndForward: (dn: string) =>
    `Do not disturb does nothing for ${dn}: its calls are forwarded before they reach a phone.`,
  warnDndForwardLink: 'Change call forwarding',
  warnNoVoicemail: (dn: string) =>
    `Calls to ${dn} are sent to voicemail, but the line has no voicemail number.`,
  warnNoVoicemailLink: 'Change your busy and no-answer rules',
  warnNoVoicemailAllLink: 'Change call forwarding',
  warnSnrUnreachable:
    'None of your Single Number Reach phones rings right now: they are switched off or outside their times.',
  warnSnrUnreachableLink: 'Change Single Number Reach',
  warnForwardToSnr: (dn: string, name: string) =>
    `Calls to ${dn} are forwarded to ${name}, which also rings as a Single Number Reach phone: it may ring twice.`,
  warnForwardToSnrLink: 'Change call forwarding',
  noWarnings: 'None of your settings work against each other.',
  unconfirmed: '“Usually”: how the phone system behaves here isn’t documented, so it may differ on yours.',
}
