/**
 * What "Save speed dials" sends: the difference between the server's list (the draft's base) and the
 * draft, as the fewest, safest requests. Positions are the identity the server knows, so lists are
 * compared position by position:
 *
 * - only additions            → one POST with the new entries
 * - only removals             → one DELETE ?index= per removed position (user level only: a phone's
 *                               own list has no DELETE, so there it is a PUT)
 * - additions and removals    → the DELETEs, then the POST
 * - any entry changed or moved (a position whose name or number differs) → one PUT of the whole list,
 *   which the caller guards by re-reading first (PUT replaces everything, and there are no versions)
 *
 * Pure functions; no React, no I/O.
 */
import type { SpeedDial } from './speed-dials.ts'

export type PlannedRequest =
  | { method: 'DELETE'; index: number }
  | { method: 'POST'; items: SpeedDial[] }
  | { method: 'PUT'; items: SpeedDial[] }

export interface ListChanges {
  /** Positions only the target has. */
  added: SpeedDial[]
  /** Positions only the base has. */
  removed: number[]
  /** Positions both have, with a different name or number (edits and moves). */
  changed: SpeedDial[]
}

export function byPosition(a: SpeedDial, b: SpeedDial): number {
  return a.index - b.index
}

export function sameEntry(a: SpeedDial, b: SpeedDial): boolean {
  return a.index === b.index && a.number === b.number && a.label === b.label
}

/** Two lists hold the same entries (order of the arrays doesn't matter; null = phones differ). */
export function sameList(a: readonly SpeedDial[] | null, b: readonly SpeedDial[] | null): boolean {
  if (a === null || b === null) return a === b
  if (a.length !== b.length) return false
  const sa = [...a].sort(byPosition)
  const sb = [...b].sort(byPosition)
  return sa.every((entry, i) => sameEntry(entry, sb[i]!))
}

export function diffLists(base: readonly SpeedDial[], target: readonly SpeedDial[]): ListChanges {
  const before = new Map(base.map((s) => [s.index, s]))
  const after = new Map(target.map((s) => [s.index, s]))
  const added: SpeedDial[] = []
  const changed: SpeedDial[] = []
  for (const entry of [...target].sort(byPosition)) {
    const old = before.get(entry.index)
    if (!old) added.push(entry)
    else if (!sameEntry(old, entry)) changed.push(entry)
  }
  const removed = [...before.keys()].filter((index) => !after.has(index)).sort((a, b) => a - b)
  return { added, removed, changed }
}

export interface PlanOptions {
  /** DELETE ?index= exists (user level); a phone's own list must be replaced instead. */
  deleteByIndex: boolean
}

/** The requests that turn `base` into `target`, in the order to send them ([] when equal). */
export function planSave(
  base: readonly SpeedDial[] | null,
  target: readonly SpeedDial[],
  options: PlanOptions,
): PlannedRequest[] {
  const items = [...target].sort(byPosition)
  if (base === null) return [{ method: 'PUT', items }]
  const { added, removed, changed } = diffLists(base, target)
  if (changed.length > 0 || (removed.length > 0 && !options.deleteByIndex)) {
    return [{ method: 'PUT', items }]
  }
  const requests: PlannedRequest[] = removed.map((index) => ({ method: 'DELETE', index }))
  if (added.length > 0) requests.push({ method: 'POST', items: added })
  return requests
}

/** The plan replaces the whole list, so it needs the lost-update guard. */
export function needsGuard(plan: readonly PlannedRequest[]): boolean {
  return plan.some((r) => r.method === 'PUT')
}

/**
 * "Keep mine": the user's changes (base → mine) applied on top of the list now on the server
 * (theirs). Positions the user added, changed or removed take the user's version; every other
 * position is the server's, so changes made elsewhere to other positions survive.
 * With `theirs` null (the phones' lists differ) the user's list is taken whole.
 */
export function mergeKeepingMine(
  base: readonly SpeedDial[] | null,
  mine: readonly SpeedDial[],
  theirs: readonly SpeedDial[] | null,
): SpeedDial[] {
  if (theirs === null || base === null) return [...mine].sort(byPosition)
  const { added, removed, changed } = diffLists(base, mine)
  const result = new Map(theirs.map((s) => [s.index, s]))
  for (const index of removed) result.delete(index)
  for (const entry of [...added, ...changed]) result.set(entry.index, entry)
  return [...result.values()].sort(byPosition)
}
