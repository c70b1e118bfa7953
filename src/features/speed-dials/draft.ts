/**
 * The speed-dial draft: the server list it started from (`base`) and the user's working copy
 * (`entries`). Add, edit, remove and move change the working copy at once; only "Save speed dials"
 * reaches the server (see plan.ts). Entries carry a key that stays with the item through edits and
 * moves, so rows keep their identity (and focus) on screen.
 *
 * Pure functions over plain, JSON-safe data (drafts are kept in sessionStorage).
 */
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import { byPosition, mergeKeepingMine, sameEntry, sameList } from '../../api/speed-dials/plan.ts'
import { speedDialMessages as m } from './messages.ts'

export const MIN_POSITION = 1
export const MAX_POSITION = 99

export interface DraftEntry extends SpeedDial {
  key: string
}

export interface Draft {
  /** The server list the draft started from; null when the phones' lists differed. */
  base: SpeedDial[] | null
  /** The working copy, sorted by position. */
  entries: DraftEntry[]
  /** For new keys: e1, e2, … */
  nextKey: number
}

export type Direction = 'up' | 'down'

export function createDraft(base: readonly SpeedDial[] | null): Draft {
  const sorted = base ? [...base].sort(byPosition) : []
  return {
    base: base ? sorted.map(plain) : null,
    entries: sorted.map((s, i) => ({ ...plain(s), key: `e${i + 1}` })),
    nextKey: sorted.length + 1,
  }
}

function plain(s: SpeedDial): SpeedDial {
  return { index: s.index, number: s.number, label: s.label }
}

export function draftList(draft: Draft): SpeedDial[] {
  return draft.entries.map(plain)
}

/** What saving the draft compares: the list it started from and the working copy. */
export function saveLists(draft: Draft): { base: SpeedDial[] | null; list: SpeedDial[] } {
  return { base: draft.base, list: draftList(draft) }
}

export function isDirty(draft: Draft): boolean {
  return !sameList(draft.base, draftList(draft))
}

/** How a row differs from the server: for the "not saved yet" tag. */
export function entryState(draft: Draft, entry: DraftEntry): 'new' | 'changed' | 'saved' {
  if (!draft.base) return 'changed'
  const old = draft.base.find((s) => s.index === entry.index)
  if (!old) return 'new'
  return sameEntry(old, entry) ? 'saved' : 'changed'
}

function sorted(entries: DraftEntry[]): DraftEntry[] {
  return [...entries].sort(byPosition)
}

export function findByKey(draft: Draft, key: string): DraftEntry | undefined {
  return draft.entries.find((e) => e.key === key)
}

export function findByPosition(draft: Draft, index: number): DraftEntry | undefined {
  return draft.entries.find((e) => e.index === index)
}

/** The lowest position no entry uses, or null when all 99 are taken. */
export function firstFreePosition(entries: readonly SpeedDial[]): number | null {
  const used = new Set(entries.map((e) => e.index))
  for (let i = MIN_POSITION; i <= MAX_POSITION; i++) if (!used.has(i)) return i
  return null
}

export function addEntry(draft: Draft, values: SpeedDial): { draft: Draft; key: string } {
  const key = `e${draft.nextKey}`
  return {
    key,
    draft: {
      ...draft,
      entries: sorted([...draft.entries, { ...plain(values), key }]),
      nextKey: draft.nextKey + 1,
    },
  }
}

export function updateEntry(draft: Draft, key: string, values: SpeedDial): Draft {
  return {
    ...draft,
    entries: sorted(draft.entries.map((e) => (e.key === key ? { ...plain(values), key } : e))),
  }
}

export function removeEntry(draft: Draft, key: string): Draft {
  return { ...draft, entries: draft.entries.filter((e) => e.key !== key) }
}

/**
 * Moves an entry one place up or down the list by swapping positions with its neighbour, so the
 * set of positions (the phone's buttons) stays the same. No-op at the ends.
 */
export function moveEntry(draft: Draft, key: string, direction: Direction): Draft {
  const i = draft.entries.findIndex((e) => e.key === key)
  const j = direction === 'up' ? i - 1 : i + 1
  const a = draft.entries[i]
  const b = draft.entries[j]
  if (i < 0 || !a || !b) return draft
  const entries = draft.entries.map((e) => {
    if (e.key === a.key) return { ...e, index: b.index }
    if (e.key === b.key) return { ...e, index: a.index }
    return e
  })
  return { ...draft, entries: sorted(entries) }
}

/**
 * "Keep mine": the user's changes re-applied on top of the list now on the server, which becomes
 * the new base. Rows the user kept keep their keys.
 */
export function keepMine(draft: Draft, server: readonly SpeedDial[] | null): Draft {
  const merged = mergeKeepingMine(draft.base, draftList(draft), server)
  let nextKey = draft.nextKey
  const entries = merged.map((s) => {
    const mine = draft.entries.find((e) => sameEntry(e, s))
    return { ...plain(s), key: mine?.key ?? `e${nextKey++}` }
  })
  return { base: server ? [...server].sort(byPosition).map(plain) : null, entries, nextKey }
}

function isSpeedDial(value: unknown): value is SpeedDial {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return (
    typeof v.index === 'number' &&
    Number.isInteger(v.index) &&
    typeof v.number === 'string' &&
    typeof v.label === 'string'
  )
}

/** A draft read back from storage is only used when it has exactly this shape. */
export function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  const baseOk = v.base === null || (Array.isArray(v.base) && v.base.every(isSpeedDial))
  const entriesOk =
    Array.isArray(v.entries) &&
    v.entries.every((e) => isSpeedDial(e) && typeof (e as { key?: unknown }).key === 'string')
  return baseOk && entriesOk && typeof v.nextKey === 'number'
}

/** "'Mum' moved to speed dial 2 of 6" (positions with gaps also say where in the list it is). */
export function moveSentence(draft: Draft, key: string): string {
  const i = draft.entries.findIndex((e) => e.key === key)
  const entry = draft.entries[i]
  if (!entry) return ''
  const count = draft.entries.length
  const contiguous = draft.entries.every((e, n) => e.index === n + 1)
  return contiguous
    ? m.moved(entry.label, entry.index, count)
    : m.movedInList(entry.label, entry.index, i + 1, count)
}
