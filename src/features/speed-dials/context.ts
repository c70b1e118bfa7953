import { createContext, useContext } from 'react'
import type { SpeedDial, SpeedDialPhone } from '../../api/speed-dials/speed-dials.ts'
import type { SaveTarget } from '../../queries/speed-dial-save.ts'
import type { Draft } from './draft.ts'
import type { Edit, ListSession } from './list-state.ts'

export interface ReadOnlyReason {
  title: string
  body: string
}

/** What the list and its add/edit pages show: one list (the shared one, or a phone's) as it stands. */
export interface ListView extends ListSession {
  userId: string
  target: SaveTarget
  /** The phone this list belongs to (phone lists only). */
  phone: SpeedDialPhone | null
  /** Every phone, when their lists differ (for "Which phone?"). */
  phones: SpeedDialPhone[] | null
  /** Each phone's list as on the server (phone lists only). */
  phoneLists: Record<string, SpeedDial[]> | null
  /** The phones whose own lists have unsaved changes. */
  dirtyPhones: ReadonlySet<string>
  draft: Draft
  readOnly: ReadOnlyReason | null
  /** The last save's result, shown on the list until the next change. */
  flash: string | null
  saving: boolean
  /** A save failure to show as a page-level problem (network, busy, server). */
  saveProblem: unknown
  /** Links: the list, add and edit (keeping ?phone=). */
  href: (sub?: string) => string
}

/** What the user (or the list's own dialogs) can do to the list; one function takes them all. */
export type ListCommand =
  | Edit
  /** The list has put focus where the last change asked. */
  | { type: 'focused' }
  /** The last save's banner belongs to the list, not to the add/edit pages. */
  | { type: 'clearFlash' }
  | { type: 'save' }
  /** The conflict panel's answers. */
  | { type: 'keepMine' }
  | { type: 'useTheirs' }
  | { type: 'discard' }
  /** Shows the conflict panel with the list now on the server. */
  | { type: 'conflict'; server: SpeedDial[] | null }
  /** Every phone now has the same list: drop the phone drafts and show the shared list. */
  | { type: 'madeSame'; message: string }

export const ListContext = createContext<ListView | null>(null)
export const ListCommandContext = createContext<((command: ListCommand) => void) | null>(null)

export function useList(): ListView {
  const value = useContext(ListContext)
  if (!value) throw new Error('useList outside a speed-dial list')
  return value
}

/** The list's one command function (stable: the same function for as long as the list is shown). */
export function useListCommand(): (command: ListCommand) => void {
  const value = useContext(ListCommandContext)
  if (!value) throw new Error('useListCommand outside a speed-dial list')
  return value
}
