/**
 * One speed dial list's state on the page, as a reducer: its draft (held by the page's draft store,
 * so it survives moving between lists and a reload) and its session (what was last announced, where
 * focus goes next, the phone system's refusals by row, the conflict to resolve). Pure: the list
 * component applies the results (store, save, navigation); after `saved` and `reset` it forgets the
 * draft in the store, so the list shows the server's again.
 */
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import {
  addEntry,
  findByKey,
  keepMine,
  moveEntry,
  moveSentence,
  removeEntry,
  updateEntry,
  type Direction,
  type Draft,
} from './draft.ts'
import { speedDialMessages as m } from './messages.ts'
import { withoutRowError } from './save-problems.ts'

/** A request to focus something on the list once it shows (after add/edit, remove). */
export interface FocusRequest {
  key: string | null
  action: 'row' | Direction | 'add'
}

/** The list on the server differs from the draft's base: ask which to keep (`id` re-shows the panel). */
export interface Conflict {
  id: number
  server: SpeedDial[] | null
}

export interface ListSession {
  /** The last change, for screen readers (a polite live region). */
  status: string
  focus: FocusRequest | null
  /** Server refusals by row key. */
  rowErrors: Record<string, string>
  conflict: Conflict | null
}

export interface ListState extends ListSession {
  draft: Draft
}

export const initialSession: ListSession = { status: '', focus: null, rowErrors: {}, conflict: null }

/** The user's changes to the draft. */
export type Edit =
  | { type: 'add'; values: SpeedDial }
  | { type: 'update'; key: string; values: SpeedDial }
  | { type: 'remove'; key: string }
  | { type: 'move'; key: string; direction: Direction }

export type ListAction =
  | Edit
  /** The list has put focus where it was asked to. */
  | { type: 'focused' }
  /** A save starts: the last one's refusals no longer apply. */
  | { type: 'saving' }
  /** The list changed on the server meanwhile: nothing was written. */
  | { type: 'conflict'; server: SpeedDial[] | null }
  /** "Keep mine": the draft re-applied on top of the server's list (then saved again). */
  | { type: 'keepMine' }
  | { type: 'saved' }
  /** The save failed; `draft` when some requests went through (the draft rebased on the server's list). */
  | { type: 'failed'; rowErrors: Record<string, string>; draft?: Draft }
  /** The draft is dropped ("Discard", "Use the phone system's"): back to the server's list. */
  | { type: 'reset'; status: string }

export function listReducer(state: ListState, action: ListAction): ListState {
  const { draft } = state
  switch (action.type) {
    case 'add': {
      const added = addEntry(draft, action.values)
      return {
        ...state,
        draft: added.draft,
        status: m.added(action.values.label, action.values.index),
        focus: { key: added.key, action: 'row' },
      }
    }
    case 'update':
      return {
        ...state,
        draft: updateEntry(draft, action.key, action.values),
        rowErrors: withoutRowError(state.rowErrors, action.key),
        status: m.updated(action.values.label, action.values.index),
        focus: { key: action.key, action: 'row' },
      }
    case 'remove': {
      const i = draft.entries.findIndex((e) => e.key === action.key)
      const entry = draft.entries[i]
      if (!entry) return state
      const neighbour = draft.entries[i + 1] ?? draft.entries[i - 1]
      return {
        ...state,
        draft: removeEntry(draft, action.key),
        rowErrors: withoutRowError(state.rowErrors, action.key),
        status: m.removed(entry.label),
        focus: neighbour ? { key: neighbour.key, action: 'row' } : { key: null, action: 'add' },
      }
    }
    case 'move': {
      if (!findByKey(draft, action.key)) return state
      const next = moveEntry(draft, action.key, action.direction)
      if (next === draft) return state
      return {
        ...state,
        draft: next,
        status: moveSentence(next, action.key),
        focus: { key: action.key, action: action.direction },
      }
    }
    case 'focused':
      return { ...state, focus: null }
    case 'saving':
      return { ...state, rowErrors: {} }
    case 'conflict':
      return { ...state, conflict: { id: (state.conflict?.id ?? 0) + 1, server: action.server } }
    case 'keepMine':
      return state.conflict ? { ...state, draft: keepMine(draft, state.conflict.server) } : state
    case 'saved':
      return { ...state, conflict: null }
    case 'failed':
      return { ...state, conflict: null, rowErrors: action.rowErrors, draft: action.draft ?? draft }
    case 'reset':
      return { ...state, conflict: null, rowErrors: {}, status: action.status }
  }
}
