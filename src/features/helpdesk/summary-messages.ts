/** The helpdesk summary's words (its sections and rows); the buttons' are in messages.ts. */
import type { DndOption } from '../../api/devices/devices.ts'

/** Words for the policy flags an administrator can turn off (unknown ones are shown by name). */
const POLICY_WORDS: Record<string, string> = {
  ShowChangePassword: 'changing the password',
  ShowChangePin: 'changing the phone PIN',
  ShowSpeedDials: 'speed dials',
  ShowDirectorySearch: 'directory search',
  ShowLineLabel: 'line labels',
  ShowRingPreferences: 'ring preferences',
  ShowMessageWaitingAlertPreference: 'voicemail light preferences',
}

const DND_OPTION_WORDS: Record<DndOption, string> = {
  ringerOff: 'rings silently (Ringer Off)',
  callReject: 'rejects calls (Call Reject)',
  common: 'the common phone profile’s setting',
  '': 'no option set',
}

export const summaryMessages = {
  heading: 'Phone settings – summary for the helpdesk',
  checked: 'Checked',
  sections: {
    who: 'Who',
    lines: 'Lines',
    dnd: 'Do not disturb',
    phones: 'Phones',
    snr: 'Single Number Reach (other phones that ring)',
    speedDials: 'Speed dials',
    policy: 'Hidden by the administrator',
    signIn: 'Sign-in',
    portal: 'Portal',
    problems: 'Problems shown in this session',
  },
  couldNotRead: (what: string) => `Couldn't read ${what}`,
  what: {
    user: 'the user’s details',
    cluster: 'the home system',
    version: 'the phone system’s version',
    lines: 'the lines',
    rules: 'the busy and no-answer rules',
    devices: 'the phones',
    dnd: 'each phone’s Do not disturb option',
    snr: 'the Single Number Reach phones',
    speedDials: 'the speed dials',
    policy: 'the administrator’s policy',
    signIns: 'the sign-in history',
  },
  userId: 'User ID',
  name: 'Name',
  displayName: 'Display name',
  homeSystem: 'Home system',
  homeHere: (host: string | null) => `${host ?? 'this phone system'} (this one)`,
  homeElsewhere: (host: string | null) =>
    `${host ?? 'another phone system'} (not this one: settings are read-only here)`,
  udsVersion: 'Phone system version (UDS)',
  line: (n: number) => `Line ${n}`,
  lineWhat: (dn: string, primary: boolean, label: string) =>
    [dn, primary ? 'primary' : '', label ? `label “${label}”` : ''].filter(Boolean).join(', '),
  forwardAll: (n: number) => `Line ${n} forward all`,
  busy: (n: number) => `Line ${n} busy`,
  noAnswer: (n: number) => `Line ${n} no answer`,
  forwardTo: (f: { toVoicemail: boolean; destination: string }) =>
    f.toVoicemail ? 'voicemail' : f.destination ? f.destination : 'not forwarded',
  rule: (f: { toVoicemail: boolean; destination: string }) =>
    f.toVoicemail ? 'voicemail' : f.destination ? f.destination : 'the administrator’s setting',
  insideOutside: (inside: string, outside: string) =>
    inside === outside ? inside : `inside callers ${inside}; outside callers ${outside}`,
  rulesHidden: 'Busy and no-answer rules',
  rulesHiddenValue: 'not offered (the administrator allows forward all only)',
  noLines: 'No lines',
  dndAll: 'Do not disturb',
  onOff: (on: boolean) => (on ? 'on' : 'off'),
  dndPhone: (name: string) => `${name}`,
  dndOption: (enabled: boolean, option: DndOption) =>
    `${enabled ? 'on' : 'off'}; when on: ${DND_OPTION_WORDS[option]}`,
  noPhones: 'No phones',
  phone: (n: number) => `Phone ${n}`,
  phoneWhat: (name: string, model: string, deviceName: string) =>
    [name, model, name !== deviceName ? `device name ${deviceName}` : ''].filter(Boolean).join(' – '),
  snrNotSetUp: 'not set up by the administrator',
  snrStatus: 'Single Number Reach',
  noSnrPhones: 'No other phones',
  snrWhat: (number: string, rings: boolean, schedule: string) =>
    `${number}; ringing ${rings ? 'on' : 'off'}; ${schedule}`,
  speedDialCount: 'Speed dials',
  speedDialValue: (n: number, unified: boolean) =>
    `${n}${unified ? '' : ' (each phone has its own list; this is the common one)'}`,
  policyHidden: 'Hidden',
  nothingHidden: 'nothing',
  policyWords: (name: string, value: string) => {
    if (name === 'ShowCallForward') return value === '2' ? 'call forwarding' : 'busy and no-answer forwarding'
    return POLICY_WORDS[name] ?? name
  },
  lastSignIn: 'Last sign-in',
  never: 'never',
  fromAddress: (ip: string) => ` from ${ip}`,
  failures: 'Failed attempts since',
  signInsUnsupported: 'not offered by this phone system’s version',
  portalVersion: 'Portal version',
  buildDate: 'Built',
  browser: 'Browser',
  noProblems: 'None',
  problem: (n: number) => `Problem ${n}`,
}
