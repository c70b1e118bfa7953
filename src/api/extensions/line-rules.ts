/**
 * A line's busy and no-answer forwarding (uds-api §4.3): four destinations, each for callers inside
 * or outside the organisation. Only the extension's detail carries them (the list does not), so
 * reading them is one GET per line.
 *
 * Whether CUCM lets an end user write them through the extension PUT is UNCONFIRMED (the documented
 * PUT example shows only the forward-all block); the mock accepts them. A refusal (415, 403, 405)
 * is reported to the user as "your administrator can change this", never as a wrong number.
 */
import { request, segment } from '../client.ts'
import { bool, buildXml, element, text, type XmlBody, type XmlObject } from '../xml.ts'
import { parseLine, type Line, type LineForward } from './extensions.ts'

/** The four rules, as the portal names them. */
export const RULE_KINDS = ['noAnswerInternal', 'noAnswerExternal', 'busyInternal', 'busyExternal'] as const
export type RuleKind = (typeof RULE_KINDS)[number]

/** Each rule's element in the extension resource. */
export const RULE_ELEMENTS: Record<RuleKind, string> = {
  busyExternal: 'forwardBusyExternalCallDestination',
  busyInternal: 'forwardBusyInternalCallDestination',
  noAnswerExternal: 'forwardNoAnswerExternalCallDestination',
  noAnswerInternal: 'forwardNoAnswerInternalCallDestination',
}

export interface LineRules {
  lineId: string
  directoryNumber: string
  /** The voicemail number the line's "to voicemail" forwards use ('' when the line has none). */
  voicemailPilot: string
  /** Neither voicemail nor a number: the line's default (the administrator's setting). */
  rules: Record<RuleKind, LineForward>
}

function parseForward(node: XmlObject | undefined): LineForward {
  return {
    toVoicemail: bool(node, 'sendToVoiceMailPilotNumber'),
    destination: text(node, 'sendToCustomDestination') || text(node, 'destination'),
  }
}

/** The rules of one extension detail (an absent element reads as the line's default). */
export function parseLineRules(node: XmlObject): LineRules {
  const rules = {} as Record<RuleKind, LineForward>
  for (const kind of RULE_KINDS) rules[kind] = parseForward(element(node, RULE_ELEMENTS[kind]))
  return {
    lineId: text(node, 'id'),
    directoryNumber: text(node, 'directoryNumber'),
    voicemailPilot: text(node, 'voiceMailPilotNumber'),
    rules,
  }
}

/** What to change: an absent rule stays as it is; a rule with neither voicemail nor a number resets it. */
export type RulesPatch = Partial<Record<RuleKind, LineForward>>

/**
 * The extension PUT body for a rules patch. Each changed rule sends both of its parts (voicemail or
 * a number is one choice: half of it would combine with the server's other half into a rule nobody
 * chose); an empty number element means "no number".
 */
export function toRulesXml(patch: RulesPatch): string {
  const body: XmlBody = {}
  for (const kind of RULE_KINDS) {
    const rule = patch[kind]
    if (!rule) continue
    body[RULE_ELEMENTS[kind]] = {
      sendToVoiceMailPilotNumber: String(rule.toVoicemail),
      sendToCustomDestination: rule.toVoicemail ? '' : rule.destination,
    }
  }
  return buildXml('extension', body)
}

export async function getLineRules(userId: string, lineId: string, signal?: AbortSignal): Promise<LineRules> {
  const res = await request(
    {
      path: `/user/${segment(userId)}/extension/${segment(lineId)}`,
      signal,
      label: 'GET extension',
    },
    'extension',
  )
  return parseLineRules(res.root!)
}

/** PUT one line's rules; the answer is the whole extension: the line (forward-all) and its rules. */
export async function putLineRules(
  userId: string,
  lineId: string,
  patch: RulesPatch,
): Promise<{ line: Line; rules: LineRules }> {
  const res = await request(
    {
      method: 'PUT',
      path: `/user/${segment(userId)}/extension/${segment(lineId)}`,
      body: toRulesXml(patch),
      label: 'PUT extension rules',
    },
    'extension',
  )
  return { line: parseLine(res.root!), rules: parseLineRules(res.root!) }
}

/** The cached rules with one line's replaced by the server's answer. */
export function replaceRules(all: LineRules[] | undefined, next: LineRules): LineRules[] | undefined {
  if (!all) return all
  return all.map((r) => (r.lineId === next.lineId ? next : r))
}
