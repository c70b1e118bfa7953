/**
 * A line's settings on one phone (UDS extension, uds-api §4.3): label, voicemail light and sound, ring
 * settings, missed-call logging and, in the detail shape, the options the server lists inline. Read
 * from a phone's extension list; written with the device-level extension PUT, which changes the line on
 * this phone only. (Whether the other phones with the line agree is in the user-level list:
 * `Line.sameOnEveryPhone`.)
 */
import { ApiError } from '../api-error.ts'
import { request, segment } from '../client.ts'
import { parseInlineOptions, type InlineOption } from '../devices/device-detail.ts'
import { attr, buildXml, element, list, text, type XmlBody, type XmlObject } from '../xml.ts'
import { parseLine, PREFERENCES, type Line, type Preference } from './extensions.ts'

export { PREFERENCES, type Preference }

export interface PreferenceSetting {
  /** The option's value; '' = not set (the system default). */
  value: string
  /** The server's words for it. */
  name: string
  /** Options listed inline (the detail shape); empty in list items. */
  options: InlineOption[]
}

export interface LineSettings {
  preferences: Record<Preference, PreferenceSetting>
  label: string
  /** Absent element = unknown; read as true (CUCM's default). */
  logMissedCalls: boolean
}

/** A line as it is on one phone. */
export interface PhoneLine extends Line {
  settings: LineSettings
}

function parsePreference(node: XmlObject | undefined): PreferenceSetting {
  // The user resource's primaryExtension writes the value as text; extensions use the value attribute.
  const value = attr(node, 'value')
  const own = node ? text(node).trim() : ''
  const options = parseInlineOptions(node)
  const chosen = value ?? (/^\d+$/.test(own) ? own : '')
  const name = value === undefined && /^\d+$/.test(own) ? '' : own
  return {
    value: chosen,
    // The detail shape has no text of its own: the chosen option's words.
    name: name || (options.find((o) => o.value === chosen)?.name ?? ''),
    options,
  }
}

export function parseLineSettings(node: XmlObject): LineSettings {
  const loggedText = text(node, 'logMissedCalls').trim().toLowerCase()
  const preferences = Object.fromEntries(
    (Object.keys(PREFERENCES) as Preference[]).map((p) => [
      p,
      parsePreference(element(node, PREFERENCES[p])),
    ]),
  ) as Record<Preference, PreferenceSetting>
  return {
    preferences,
    label: text(node, 'label'),
    logMissedCalls: loggedText !== 'false',
  }
}

export function parsePhoneLine(node: XmlObject): PhoneLine {
  return { ...parseLine(node), settings: parseLineSettings(node) }
}

/** A phone's lines, primary first (as the user's list). */
export function parsePhoneLines(root: XmlObject): PhoneLine[] {
  const lines = list(root, 'extension').map(parsePhoneLine)
  return [...lines.filter((l) => l.isPrimary), ...lines.filter((l) => !l.isPrimary)]
}

/** What to change on a line on this phone; an absent field stays as it is, '' resets a preference. */
export interface LineSettingsPatch {
  label?: string
  preferences?: Partial<Record<Preference, string>>
  logMissedCalls?: boolean
}

/** The extension PUT body with only the changed settings (uds-api §4.3: preferences as numbers). */
export function toLineSettingsXml(patch: LineSettingsPatch): string {
  const body: XmlBody = {}
  for (const p of Object.keys(PREFERENCES) as Preference[]) {
    const value = patch.preferences?.[p]
    if (value !== undefined) body[PREFERENCES[p]] = value
  }
  if (patch.logMissedCalls !== undefined) body.logMissedCalls = String(patch.logMissedCalls)
  if (patch.label !== undefined) body.label = patch.label
  return buildXml('extension', body)
}

const devicePath = (userId: string, deviceId: string) =>
  `/user/${segment(userId)}/device/${segment(deviceId)}`

/** The lines on one phone; null when the phone is no longer the user's (404). */
export async function getPhoneLines(
  userId: string,
  deviceId: string,
  signal?: AbortSignal,
): Promise<PhoneLine[] | null> {
  try {
    const res = await request(
      { path: `${devicePath(userId, deviceId)}/extensions`, signal, label: 'GET device extensions' },
      'extensions',
    )
    return parsePhoneLines(res.root!)
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'notFound') return null
    throw error
  }
}

/** PUT one line on one phone; answers with the updated extension (detail shape). */
export async function putPhoneLine(
  userId: string,
  deviceId: string,
  lineId: string,
  patch: LineSettingsPatch,
): Promise<PhoneLine> {
  const res = await request(
    {
      method: 'PUT',
      path: `${devicePath(userId, deviceId)}/extension/${segment(lineId)}`,
      body: toLineSettingsXml(patch),
      label: 'PUT device extension',
    },
    'extension',
  )
  return parsePhoneLine(res.root!)
}

/** A phone's cached lines with one replaced by the server's answer (the list's primary flag kept when the answer lacks it). */
export function replacePhoneLine(lines: PhoneLine[] | null | undefined, next: PhoneLine) {
  if (!lines) return lines
  return lines.map((line) =>
    line.id === next.id ? { ...next, isPrimary: next.isPrimary || line.isPrimary } : line,
  )
}
