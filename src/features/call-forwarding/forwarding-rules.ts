/**
 * The pure rules of the Call forwarding form: what the user may type, what the form starts with, and
 * which fields a save (or an undo) must send. Kept apart from the components so they are unit tested.
 */
import type { Line, LineForward } from '../../api/extensions/extensions.ts'
import { charCount, hasControlCharacters } from '../../lib/read-back.ts'
import { forwardingMessages as m } from './messages.ts'

export type Where = 'off' | 'voicemail' | 'number'
export const ALL_LINES = 'all'

export interface ForwardingValues {
  where: Where | ''
  /** As typed by the user. */
  number: string
  /** ALL_LINES or one line's id. */
  scope: string
}

/** Field ids, also the targets of the error summary's links. */
export const FIELD_IDS = { where: 'forward-where', number: 'forward-number', scope: 'forward-scope' } as const

/** Spaces, brackets and hyphens people type for readability; they are not sent. */
export function normaliseNumber(raw: string): string {
  return raw.replace(/[\s()[\]-]/g, '')
}

export function whereOf(cf: LineForward): Where {
  if (cf.toVoicemail) return 'voicemail'
  if (cf.destination) return 'number'
  return 'off'
}

export function sameForward(a: LineForward, b: LineForward): boolean {
  return a.toVoicemail === b.toVoicemail && a.destination === b.destination
}

function sameNumber(a: string, b: string): boolean {
  const plain = (s: string) => s.replace(/^\\?\+/, '')
  return a === b || plain(a) === plain(b)
}

/** The lines a save applies to. */
export function targetLines(lines: Line[], scope: string): Line[] {
  if (scope === ALL_LINES || lines.length <= 1) return lines
  return lines.filter((l) => l.id === scope)
}

/** The server's current state as form values: the common setting, or the first forwarded line's. */
export function initialValues(lines: Line[]): ForwardingValues {
  const first = lines[0]
  if (!first) return { where: 'off', number: '', scope: ALL_LINES }
  const uniform = lines.every((l) => sameForward(l.callForward, first.callForward))
  const shown = uniform ? first : (lines.find((l) => whereOf(l.callForward) !== 'off') ?? first)
  const where = whereOf(shown.callForward)
  return {
    where,
    number: where === 'number' ? shown.callForward.destination : '',
    scope: uniform || lines.length === 1 ? ALL_LINES : shown.id,
  }
}

export interface FieldProblems {
  where?: string
  number?: string
  scope?: string
}

/** Validation on submit; messages reuse the label's words. */
export function validateForwarding(values: ForwardingValues, lines: Line[]): FieldProblems {
  const problems: FieldProblems = {}
  if (!values.where) problems.where = m.selectWhere
  const several = lines.length > 1
  const scopeKnown = values.scope === ALL_LINES || lines.some((l) => l.id === values.scope)
  if (several && !scopeKnown) problems.scope = m.selectLines
  if (values.where === 'number') {
    const number = normaliseNumber(values.number)
    if (number === '' || number === '+') problems.number = m.enterNumber
    else if (hasControlCharacters(values.number) || /[^0-9+*#]/.test(number))
      problems.number = m.numberCharacters
    else if (number.slice(1).includes('+')) problems.number = m.plusAtStart
    else if (charCount(number) > 50) problems.number = m.numberTooLong
    else {
      const targets = scopeKnown ? targetLines(lines, values.scope) : lines
      const itself = targets.find((l) => sameNumber(l.directoryNumber, number))
      const other = lines.find((l) => sameNumber(l.directoryNumber, number))
      if (itself) problems.number = m.toItself(itself.directoryNumber)
      else if (other && targets[0])
        problems.number = m.toOwnLine(targets[0].directoryNumber, other.directoryNumber)
    }
  }
  return problems
}

/** What the user asked for, as the server stores it (voicemail or a number, never both). */
export function desiredForward(values: ForwardingValues): LineForward {
  if (values.where === 'voicemail') return { toVoicemail: true, destination: '' }
  if (values.where === 'number') return { toVoicemail: false, destination: normaliseNumber(values.number) }
  return { toVoicemail: false, destination: '' }
}

/**
 * The update that takes every one of `current` to `desired`, or null when nothing would change.
 * Where calls go is one setting (voicemail or a number, never both), so a change sends both of its
 * parts: half of it, diffed against a view another session has since changed, would combine into a
 * setting nobody chose (a number with voicemail still on). Other settings are never sent.
 */
export function forwardPatch(current: LineForward[], desired: LineForward): Partial<LineForward> | null {
  const differs = current.some(
    (cf) => cf.toVoicemail !== desired.toVoicemail || cf.destination !== desired.destination,
  )
  return differs ? { toVoicemail: desired.toVoicemail, destination: desired.destination } : null
}

/** A save or an undo: one user-level PUT for all lines, or one extension PUT per line. */
export type ForwardingChange =
  | { kind: 'all'; patch: Partial<LineForward> }
  | { kind: 'lines'; items: { lineId: string; patch: Partial<LineForward> }[] }

/** The change that puts the lines back as they were before a save (same kind of request). */
export function undoChange(
  before: Line[],
  after: Line[],
  savedAs: ForwardingChange['kind'],
): ForwardingChange | null {
  const first = before[0]
  if (!first) return null
  const uniform = before.every((l) => sameForward(l.callForward, first.callForward))
  if (savedAs === 'all' && uniform) {
    const patch = forwardPatch(
      after.filter((l) => before.some((b) => b.id === l.id)).map((l) => l.callForward),
      first.callForward,
    )
    return patch ? { kind: 'all', patch } : null
  }
  const items = before.flatMap((b) => {
    const now = after.find((l) => l.id === b.id)
    const patch = now ? forwardPatch([now.callForward], b.callForward) : null
    return patch ? [{ lineId: b.id, patch }] : []
  })
  return items.length ? { kind: 'lines', items } : null
}

/** What the banner after a save says. */
export interface Outcome {
  /** Remounts the banner (and so focuses it) for every new result. */
  id: number
  /** First words of the read-back: "Forwarding saved." */
  lead: string
  sentences: string[]
  checkIt: boolean
  undo: ForwardingChange | null
}
