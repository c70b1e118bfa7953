/** What a refused or failed save shows: messages next to the rows concerned, or one problem. */
import { SpeedDialSaveError, type RowProblem } from '../../queries/speed-dial-save.ts'
import { findByPosition, type Draft } from './draft.ts'
import { speedDialMessages as m } from './messages.ts'

function rowMessage(row: RowProblem): string {
  if (row.reason === 'refused') return m.serverRefused
  return row.reason === 'taken' ? m.serverTaken(row.index) : m.serverConflict
}

/** The rows the phone system refused, by their keys in the draft. */
export function rowErrorsFor(draft: Draft, rows: readonly RowProblem[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const row of rows) {
    const entry = findByPosition(draft, row.index)
    if (entry) errors[entry.key] = rowMessage(row)
  }
  return errors
}

/** The problem to show above the list; none when the rows' own messages say it all. */
export function saveProblemOf(error: unknown): unknown {
  if (!(error instanceof SpeedDialSaveError)) return error ?? null
  return error.rows.length > 0 ? null : error.apiError
}

/** The row errors without one row's (the same object when it had none). */
export function withoutRowError(all: Record<string, string>, key: string): Record<string, string> {
  if (!(key in all)) return all
  const next = { ...all }
  delete next[key]
  return next
}
