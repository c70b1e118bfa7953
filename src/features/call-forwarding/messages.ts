/** Every string of the Call forwarding page and the header's forwarding status. */
export const forwardingMessages = {
  title: 'Call forwarding',
  lede: 'Send all your calls to voicemail or to another number, for example while you are away.',
  nowTitle: 'Where your calls go now',
  changeTitle: 'Change forwarding',
  noLines: "You don't have any phone lines, so there is nothing to forward.",
  whereLegend: 'Where should calls go?',
  off: "Don't forward",
  offHint: 'Your phones ring as usual',
  voicemail: 'Forward to voicemail',
  number: 'Forward to another number',
  numberLabel: 'Number to forward to',
  numberHint:
    'For example 5551234, or +44 20 7946 0000 for a number abroad. Some numbers may be blocked by your organisation.',
  fromDirectory: (name: string, number: string) =>
    `${name ? `${name}’s number` : 'The number'} ${number} is filled in below. Nothing changes until you select Save forwarding.`,
  whichLegend: 'Which lines?',
  allLines: 'All my lines',
  lineName: (position: number, directoryNumber: string) => `Line ${position} – ${directoryNumber}`,
  save: 'Save forwarding',
  saving: 'Saving…',
  nothingToSave: 'Nothing to save',
  unchanged: "You haven't changed anything yet. Your forwarding is as shown above.",
  saved: 'Forwarding saved.',
  undone: 'Your change was undone.',
  checkIt: 'To check it works, call your number from another phone.',
  undo: 'Undo',
  undoing: 'Undoing…',
  // Validation: specific, no "please" or "invalid", reusing the label's words
  selectWhere: 'Select where calls should go',
  selectLines: 'Select which lines to forward',
  enterNumber: 'Enter the number to forward calls to',
  numberCharacters: 'Number can only include 0–9, +, *, # and spaces',
  plusAtStart: 'Number can only have a + at the start',
  numberTooLong: 'Number must be 50 characters or less',
  toItself: (directoryNumber: string) =>
    `You can't forward line ${directoryNumber} to itself – enter a different number`,
  toOwnLine: (from: string, to: string) =>
    `You can't forward line ${from} to your own line ${to} – enter a different number`,
  serverRejectedNumber: (code: string) =>
    `The phone system didn't accept this number. It may not be allowed for forwarding – try another number, or call the helpdesk (code ${code})`,
  serverRejected: (code: string) =>
    `The phone system didn't accept this change – try again, or call the helpdesk (code ${code})`,
  // Read-only and policy
  readOnlyTitle: 'Your settings are managed on another phone system',
  readOnly: (host: string | null) =>
    `You can see your forwarding here, but it can only be changed on your home phone system${host ? ` (${host})` : ''}. Ask your helpdesk for the right address.`,
  adminManagesTitle: 'Your administrator manages call forwarding',
  adminManages: 'To have your calls forwarded, or to stop forwarding them, call the helpdesk.',
  // Header
  headerStatus: 'Calls forwarded',
  headerStatusHint: 'change call forwarding',
}

/** Every string of the "When you don't answer or are busy" section. */
export const rulesMessages = {
  title: 'When you don’t answer or are busy',
  lede: 'Where calls go when you don’t pick up, or when you are already on a call.',
  nowTitle: 'Your rules now',
  noAnswerLegend: 'If you don’t answer',
  busyLegend: 'If you’re already on a call',
  noAnswerShort: 'If you don’t answer',
  busyShort: 'If you’re on a call',
  inside: 'Calls from inside the organisation',
  outside: 'Calls from outside',
  insideAndOutside: (inside: string, outside: string) =>
    `${inside} for callers inside the organisation, ${outside} for callers outside`,
  voicemail: 'Voicemail',
  number: 'Another number',
  admin: 'Your administrator’s setting',
  adminHint: 'The line’s default, set by your administrator',
  toVoicemail: 'voicemail',
  adminSetting: 'your administrator’s setting',
  numberLabel: 'Number',
  numberHint: 'For example 5551234, or +44 20 7946 0000',
  split: 'Different for internal and external callers',
  save: 'Save these rules',
  saving: 'Saving…',
  saved: 'Rules saved.',
  unchanged: 'You haven’t changed anything yet. Your rules are as shown above.',
  nothingToSave: 'Nothing to save',
  lineRules: (directoryNumber: string) => `Calls to ${directoryNumber}`,
  enterNumber: 'Enter the number to send these calls to',
  toItself: (directoryNumber: string) =>
    `Calls to ${directoryNumber} can’t be forwarded to ${directoryNumber} – enter a different number`,
  notAllowedTitle: 'You can’t change these rules here',
  notAllowed: 'Your phone system doesn’t let you change this here; your administrator can.',
  loading: 'Loading your rules…',
  loadFailed: 'Your busy and no-answer rules couldn’t be read.',
  serverRejected: (code: string) =>
    `The phone system didn’t accept this number. It may not be allowed for forwarding – try another number, or call the helpdesk (code ${code})`,
  what: 'your busy and no-answer rules',
}
