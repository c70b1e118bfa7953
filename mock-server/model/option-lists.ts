/**
 * The option lists UDS publishes under `/options/...` (value, name), shared by the resources whose
 * elements carry one of their values (line preferences, DND, locales, remote destination usage).
 */

export type Options = [string, string][]

export const MWI_VISUAL: Options = [
  ['0', 'Use System Policy'],
  ['1', 'Light and Prompt'],
  ['2', 'Prompt Only'],
  ['3', 'Light Only'],
  ['4', 'None'],
]
export const MWI_AUDIBLE: Options = [
  ['0', 'Off'],
  ['1', 'On'],
  ['2', 'Default'],
]
export const RING: Options = [
  ['0', 'Use System Default'],
  ['1', 'Disable'],
  ['2', 'Flash Only'],
  ['3', 'Ring Once'],
  ['4', 'Ring'],
  ['5', 'Beep Only'],
]
export const DND: Options = [
  ['0', 'Ringer Off'],
  ['1', 'Call Reject'],
  ['2', 'Use Common Phone Profile Setting'],
]
export const VM_AVOIDANCE: Options = [
  ['0', 'Use System Default'],
  ['1', 'Timer Control'],
  ['2', 'User Control'],
]
export const RD_USAGE: Options = [
  ['0', 'Single Number Reach'],
  ['1', 'Application Control'],
  ['2', 'Dual Mode Mobile'],
]
export const LOCALES: Options = [
  ['1', 'English, United States'],
  ['2', 'French, France'],
  ['3', 'German, Germany'],
  ['4', 'Spanish, Spain'],
  ['5', 'Japanese, Japan'],
  ['6', 'Swedish, Sweden'],
]
export const TIME_ZONES: Options = [
  ['359', '(GMT-11:00) Etc/GMT+11'],
  ['12', '(GMT-06:00) America/Chicago'],
  ['15', '(GMT-05:00) America/New_York'],
  ['7', '(GMT-08:00) America/Los_Angeles'],
  ['33', '(GMT+00:00) Europe/London'],
  ['40', '(GMT+01:00) Europe/Stockholm'],
  ['41', '(GMT+01:00) Europe/Berlin'],
  ['60', '(GMT+09:00) Asia/Tokyo'],
]
export const DAYS: Options = [
  ['0', 'Sunday'],
  ['1', 'Monday'],
  ['2', 'Tuesday'],
  ['3', 'Wednesday'],
  ['4', 'Thursday'],
  ['5', 'Friday'],
  ['6', 'Saturday'],
]
export function timeOfDay(): Options {
  const out: Options = [['0', 'No office hours']]
  for (let q = 0; q <= 96; q++) {
    const h = String(Math.floor(q / 4)).padStart(2, '0')
    const m = String((q % 4) * 15).padStart(2, '0')
    out.push([String(q + 1), `${h}:${m}`])
  }
  return out
}
export const MODELS: [string, string, string][] = [
  ['36670', 'Cisco 8865', '36670'],
  ['36669', 'Cisco 8845', '36669'],
  ['36217', 'Cisco 7841', '36217'],
  ['503', 'Cisco Unified Client Services Framework', '503'],
  ['134', 'Remote Destination Profile', '134'],
]

export function label(opts: Options, value: string, empty: string): string {
  if (value === '') return empty
  return opts.find(([v]) => v === value)?.[1] ?? empty
}

/** Names of the "system default" choices, shown when a preference is empty (not set). */
export const PREF_DEFAULTS = {
  mwiVisual: 'Use System Policy',
  mwiAudible: 'Default',
  ring: 'Use System Default',
}
