import type { ForwardState } from '../../lib/read-back.ts'

const ruleWords = (rule: ForwardState) =>
  rule.toVoicemail ? 'voicemail' : rule.destination || 'your administrator’s setting'

export const profileMessages = {
  conferenceNow: 'Conference Now',
  conferenceNowOff: 'Conference Now isn’t set up for you',
  conferenceNowCode: (hasCode: boolean) =>
    hasCode ? 'On – attendees need your access code' : 'On – anyone with the number can join',
  conferenceNowAction: 'View',
  conferenceNowWhat: ' Conference Now',
  dndOn: 'On – your phones won’t ring',
  rules: (busy: ForwardState, noAnswer: ForwardState) =>
    `Busy: ${ruleWords(busy)}. No answer: ${ruleWords(noAnswer)}.`,
  speedDialsFor: 'Numbers you can dial with one button',
  speedDialCount: (n: number) => (n === 0 ? 'No speed dials' : n === 1 ? '1 speed dial' : `${n} speed dials`),
  speedDialsPerPhone: 'Each phone has its own speed dials',
  snrFor: 'Ring your mobile too',
  noSnrPhones: 'No other phones ring with your desk number',
  snrOff: (name: string) => `${name} doesn’t ring (switched off)`,
  snrRings: (name: string, when: string) => `${name} rings ${when}`,
  snrAlways: (name: string) => `${name} rings at any time`,
  whenSomeoneCalls: 'What happens right now, for each of your lines',
  title: 'Profile',
  detailsTitle: 'Your details',
  settingsTitle: 'Your settings',
  linesTitle: 'Your lines and phones',
  lede: 'Who you are on the phone system, and your settings at a glance.',
  displayNameLabel: 'Display name',
  displayNameHint: "Shown on other people's phones when you call",
  enterDisplayName: 'Enter your display name',
  displayNameTooLong: 'Display name must be 64 characters or less',
  displayNameControl: 'Display name can’t include control characters',
  languageLabel: 'Language',
  languageHint: 'Used on your phones',
  systemDefault: 'Use the system default',
  save: 'Save profile',
  saving: 'Saving…',
  saved: 'Profile saved.',
  unchanged: "You haven't changed anything yet.",
  serverRejected:
    "The phone system didn't accept this display name. Try a shorter name, or call the helpdesk (code PR-415).",
  readOnlyTitle: 'Your settings are managed on another phone system',
  readOnly: (host: string | null) =>
    `You can see your settings here, but they can only be changed on your home phone system${host ? ` (${host})` : ''}. Ask your helpdesk for the right address.`,
  displayNameNeedsNewer: 'Your phone system version does not let you change your display name here.',
}
