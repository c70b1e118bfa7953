/** Every string of the Phones page and its phone pages. */
import type { DeviceKind } from '../../api/devices/devices.ts'

export const phonesMessages = {
  title: 'Phones',
  lede: 'Name your phones, set up each line and choose the services on their screens',
  noPhones: 'You have no phones. Ask your helpdesk to add one for you.',
  model: 'Model',
  deviceName: 'Device name',
  settingsLink: (name: string) => `Settings for ${name}`,
  kind: {
    phone: '',
    softphone: 'Jabber on your computer',
    remoteDestinationProfile: 'Single Number Reach profile',
    ctiRemoteDevice: 'Single Number Reach phone',
  } satisfies Record<DeviceKind, string>,
  emMaxLoginTime: (duration: string) => `You can stay signed in to a shared phone for up to ${duration}`,
  readOnlyTitle: 'Your settings are managed on another phone system',
  readOnly: (host: string | null) =>
    `You can see your phones here, but they can only be changed on your home phone system${host ? ` (${host})` : ''}.`,

  // one phone
  backToList: 'Back to Phones',
  goneTitle: 'This phone is no longer yours',
  gone: 'An administrator has moved this phone or removed it from your account. Nothing on it was changed.',
  phoneGuide: 'Phone guide (PDF)',
  guideFor: (name: string) => `for ${name}`,
  linesOnIt: 'Lines',
  linesReading: 'Reading…',
  linesUnknown: 'Can’t be read right now (see the phone’s page)',
  linesNone: 'None',
  aboutTitle: 'About this phone',
  remoteProfile:
    'This profile makes your mobile or home phone ring with your desk number. Choose those phones on the Single Number Reach page.',
  remoteProfileLink: 'Go to Single Number Reach',

  nameTitle: 'Phone name',
  nameLabel: 'Phone name',
  nameHint:
    'Shown on the phone and in lists. Leave it empty to go back to the name your administrator gave it.',
  nameAdmin: 'Your administrator names this phone',
  saveName: 'Save name',
  savingName: 'Saving…',
  nameSaved: (name: string) => `The phone is now called “${name}”.`,
  nameReset: (name: string) => `The phone has its administrator’s name again: “${name}”.`,
  nameUnchanged: 'Nothing to save: the name is as it was.',
  nameTooLong: (n: number) => `Phone name must be 128 characters or fewer (you have ${n})`,
  nameControl: 'Phone name can’t contain control characters',
  nameRefused:
    'The phone system didn’t accept this name. Try a shorter one, or one without unusual characters.',

  dndTitle: 'Do not disturb on this phone',
  dndIsOn: 'Do not disturb is on.',
  dndIsOff: 'Do not disturb is off.',
  dndSwitchElsewhere: 'Turn it on or off for all your phones on the Do not disturb page.',
  dndLink: 'Go to Do not disturb',
  dndOptionLabel: 'When Do not disturb is on, this phone should',
  dndAlertLabel: 'Incoming call alert when Do not disturb is on',
  dndAlertHint: 'What the phone does when a call comes in while it rings silently or rejects calls.',
  dndNoChoice: 'This phone has no Do not disturb options to choose from.',
  saveDnd: 'Save Do not disturb settings',
  dndSaved: 'Do not disturb settings saved.',
  dndUnchanged: 'Nothing to save: the settings are as they were.',

  lineTitle: (n: number, dn: string) => `Line ${n} – ${dn}`,
  noLines: 'This phone has no lines.',
  labelLabel: 'Line label',
  labelHint:
    'The text on the phone’s button for this line. Up to 30 characters; leave it empty for the number.',
  labelTooLong: (n: number) => `Line label must be 30 characters or fewer (you have ${n})`,
  labelControl: 'Line label can’t contain control characters',
  labelRefused: 'The phone system didn’t accept this label.',
  mwiVisualLabel: 'Voicemail light',
  mwiAudibleLabel: 'Voicemail alert sound',
  ringIdleLabel: 'When you’re not on a call',
  ringBusyLabel: 'When you’re on a call',
  ringLegend: 'How this line rings',
  logMissedLabel: 'Log missed calls',
  logMissedHint: 'Calls you don’t answer appear in the phone’s missed calls list.',
  // A save here changes the line on this phone only; these say so, and which settings differ elsewhere.
  alsoOn: (dn: string, phones: string) =>
    `Line ${dn} is also on ${phones}. Saving here changes its settings on this phone only.`,
  thisPhoneOnly: (dn: string) => `Saving here changes line ${dn}’s settings on this phone only.`,
  differsElsewhere: (dn: string) => `Different on your other phones with line ${dn}.`,
  saveLine: 'Save line settings',
  forLine: (dn: string) => `for line ${dn}`,
  savingLine: 'Saving…',
  lineSaved: (dn: string) => `Settings for line ${dn} saved.`,
  lineUnchanged: 'Nothing to save: the settings are as they were.',
  policyLabel: 'Your administrator manages the line labels.',
  policyRing: 'Your administrator manages how your lines ring.',
  policyMwi: 'Your administrator manages the voicemail light and sound.',
  policyHistory: 'Your administrator manages missed-call logging.',
  policyServices: 'Your administrator manages the services on your phones.',

  servicesTitle: 'Phone services',
  servicesLede: 'Services on the phone’s screen, such as a company directory.',
  servicesNone: 'This phone has no services.',
  servicesAllPhones: (phones: string) => `These services are on all your phones: ${phones}.`,
  servicesThisPhone: 'These services are on this phone only.',
  serviceGone: 'no longer offered',
  remove: 'Remove',
  removeName: (name: string) => `Remove ${name}`,
  removeTitle: (name: string) => `Remove ‘${name}’?`,
  removeAll: (name: string) => `${name} will disappear from the screen of every phone that has it.`,
  removeOne: (name: string) => `${name} will disappear from this phone’s screen.`,
  removing: 'Removing…',
  removed: (name: string) => `${name} removed`,
  removeFailed: (name: string) => `${name} wasn’t removed.`,
  removeMaybe: (name: string) => `${name} may already be removed.`,
  cancel: 'Cancel',
  addTitle: 'Add a service',
  serviceLabel: 'Service',
  chooseService: 'Choose a service',
  noMoreServices: 'There are no other services to add.',
  loadingService: 'Loading the service’s settings…',
  serviceLoadFailed: 'We couldn’t load this service’s settings. Try again.',
  optional: '(optional)',
  addService: 'Add service',
  adding: 'Adding…',
  added: (name: string) => `${name} added`,
  enterService: 'Choose a service to add',
  enterParam: (name: string) => `Enter ${name}`,
  paramTooLong: (name: string) => `${name} must be 256 characters or fewer`,
  alreadyThere: (name: string) => `${name} is already on this phone.`,
  serviceRefused: 'The phone system didn’t accept this service. Check its settings.',
}

/**
 * The server's option lists in plain words, by list and value (uds-api §2.5), with the server's own
 * words for values it lists that the portal doesn't know.
 */
const WORDS: Record<string, Record<string, string>> = {
  messageWaitingVisualAlertPreference: {
    '': 'Use the system default',
    '0': 'Use the system default',
    '1': 'Light and prompt',
    '2': 'Prompt on the screen only',
    '3': 'Light only',
    '4': 'No light or prompt',
  },
  messageWaitingAudibleAlertPreference: {
    '': 'Use the system default',
    '0': 'No sound',
    '1': 'Play a sound',
    '2': 'Use the system default',
  },
  ring: {
    '': 'Use the system default',
    '0': 'Use the system default',
    '1': 'Don’t ring or flash',
    '2': 'Flash only',
    '3': 'Ring once',
    '4': 'Ring',
    '5': 'Beep only',
  },
  doNotDisturbSettings: {
    '0': 'Turn the ringer off (calls still show, silently)',
    '1': 'Reject calls (callers get your busy treatment)',
    '2': 'Use your administrator’s setting for this phone',
  },
}

/** The incoming call alert while DND is on, by the server's name (its values differ between lists). */
const ALERT_WORDS: Record<string, string> = {
  none: 'Use your administrator’s setting',
  disable: 'No alert',
  'flash only': 'Flash only',
  'beep only': 'Beep only',
}

export type OptionList =
  | 'messageWaitingVisualAlertPreference'
  | 'messageWaitingAudibleAlertPreference'
  | 'onACallRingPreference'
  | 'notOnACallRingPreference'
  | 'doNotDisturbSettings'
  | 'incomingCallAlert'

/** One option in plain words: the portal's words for known values, else the server's. */
export function optionWords(list: OptionList, value: string, serverName: string): string {
  if (list === 'incomingCallAlert') return ALERT_WORDS[serverName.trim().toLowerCase()] ?? serverName
  const table = WORDS[list === 'onACallRingPreference' || list === 'notOnACallRingPreference' ? 'ring' : list]
  return table?.[value] ?? (serverName || value)
}

/** The values that mean "the system default" in a list ('' = not set, and the list's own default). */
export function isSystemDefault(list: OptionList, value: string): boolean {
  if (value === '') return true
  if (list === 'messageWaitingAudibleAlertPreference') return value === '2'
  return (
    (list === 'messageWaitingVisualAlertPreference' ||
      list === 'onACallRingPreference' ||
      list === 'notOnACallRingPreference') &&
    value === '0'
  )
}

/** "8:00" / "08:30" (hours:minutes) or a number of minutes, in words; undefined when unreadable. */
export function durationWords(raw: string): string | undefined {
  const hm = /^(\d{1,3}):(\d{2})$/.exec(raw.trim())
  const minutes = hm ? Number(hm[1]) * 60 + Number(hm[2]) : /^\d+$/.test(raw.trim()) ? Number(raw) : NaN
  if (!Number.isFinite(minutes) || minutes <= 0) return undefined
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  const hours = h === 0 ? '' : `${h} ${h === 1 ? 'hour' : 'hours'}`
  const mins = m === 0 ? '' : `${m} ${m === 1 ? 'minute' : 'minutes'}`
  return [hours, mins].filter(Boolean).join(' and ')
}
