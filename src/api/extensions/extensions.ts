/** The user's lines (UDS extensions), primary first, each with its own call forward. */
import { request, segment } from '../client.ts'
import { attr, bool, buildXml, element, list, text, type XmlBody, type XmlObject } from '../xml.ts'

export interface LineForward {
  toVoicemail: boolean
  /** The number calls go to; '' when not forwarded to a number. */
  destination: string
}

/** A line's four preferences, by the names the portal gives them, with UDS's element names. */
export const PREFERENCES = {
  mwiVisual: 'messageWaitingVisualAlertPreference',
  mwiAudible: 'messageWaitingAudibleAlertPreference',
  ringIdle: 'notOnACallRingPreference',
  ringBusy: 'onACallRingPreference',
} as const
export type Preference = keyof typeof PREFERENCES

/** The settings a line has once per phone it is on (CUCM's line appearances). */
export type AppearanceSetting = Preference | 'label' | 'logMissedCalls'
const APPEARANCE_ELEMENTS: Record<AppearanceSetting, string> = {
  ...PREFERENCES,
  label: 'label',
  logMissedCalls: 'logMissedCalls',
}

export interface Line {
  id: string
  directoryNumber: string
  isPrimary: boolean
  label: string
  callForward: LineForward
  /**
   * Per setting, whether every phone with this line has the same value (`appliesToAllLineAppearances`,
   * which only the user-level shapes carry); a setting the server doesn't say it for is absent.
   */
  sameOnEveryPhone: Partial<Record<AppearanceSetting, boolean>>
}

function sameOnEveryPhone(node: XmlObject): Line['sameOnEveryPhone'] {
  const out: Line['sameOnEveryPhone'] = {}
  for (const [setting, name] of Object.entries(APPEARANCE_ELEMENTS) as [AppearanceSetting, string][]) {
    const v = attr(element(node, name), 'appliesToAllLineAppearances')
    if (v !== undefined) out[setting] = v === 'true'
  }
  return out
}

/** One extension: a list item of GET extensions, or the detail that GET/PUT extension/{pkid} returns. */
export function parseLine(node: XmlObject): Line {
  const cf = element(node, 'callForwardAllDestination')
  return {
    id: text(node, 'id'),
    directoryNumber: text(node, 'directoryNumber'),
    isPrimary: attr(node, 'isPrimary') === 'true',
    label: text(node, 'label'),
    callForward: {
      toVoicemail: bool(cf, 'sendToVoiceMailPilotNumber'),
      destination: text(cf, 'sendToCustomDestination'),
    },
    sameOnEveryPhone: sameOnEveryPhone(node),
  }
}

/** Lines with the primary one first (then in the server's order). */
export function parseLines(root: XmlObject): Line[] {
  const lines = list(root, 'extension').map(parseLine)
  return [...lines.filter((l) => l.isPrimary), ...lines.filter((l) => !l.isPrimary)]
}

/**
 * What to change on one line. An absent field stays as it is on the server; a destination of ''
 * sends an empty element (reset: not forwarded to a number).
 */
export interface LinePatch {
  callForward?: Partial<LineForward>
}

/** The extension PUT body (uds-api §4.3): the line level names the number sendToCustomDestination. */
export function toExtensionXml(patch: LinePatch): string {
  const body: XmlBody = {}
  const cf = patch.callForward
  if (cf && (cf.toVoicemail !== undefined || cf.destination !== undefined)) {
    body.callForwardAllDestination = {
      sendToVoiceMailPilotNumber: cf.toVoicemail === undefined ? undefined : String(cf.toVoicemail),
      sendToCustomDestination: cf.destination,
    }
  }
  return buildXml('extension', body)
}

export async function getLines(userId: string, signal?: AbortSignal): Promise<Line[]> {
  const res = await request(
    { path: `/user/${segment(userId)}/extensions`, signal, label: 'GET extensions' },
    'extensions',
  )
  return parseLines(res.root!)
}

/**
 * PUT one line. The user-level URI the extensions list links to (…/user/{id}/extension/{pkid});
 * it answers with the updated extension.
 */
export async function putLine(userId: string, lineId: string, patch: LinePatch): Promise<Line> {
  const res = await request(
    {
      method: 'PUT',
      path: `/user/${segment(userId)}/extension/${segment(lineId)}`,
      body: toExtensionXml(patch),
      label: 'PUT extension',
    },
    'extension',
  )
  return parseLine(res.root!)
}

/** The cached list with one line replaced by the server's answer (order and the other lines kept). */
export function replaceLine(lines: Line[] | undefined, next: Line): Line[] | undefined {
  if (!lines) return lines
  return lines.map((line) =>
    line.id === next.id ? { ...next, isPrimary: next.isPrimary || line.isPrimary } : line,
  )
}

/** The cached list with every line's call forward set to `cf` (a user-level forward for all lines). */
export function forwardAllLines(lines: Line[] | undefined, cf: LineForward): Line[] | undefined {
  if (!lines) return lines
  return lines.map((line) => ({ ...line, callForward: { ...cf } }))
}
