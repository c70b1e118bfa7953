import { createContext, useContext } from 'react'
import type { SpeedDial, SpeedDialPhone } from '../../api/speed-dials/speed-dials.ts'
import type { Direction, Draft } from './draft.ts'
import type { SaveTarget } from '../../queries/speed-dial-save.ts'

export interface ReadOnlyReason {
  title: string
  body: string
}

/** A request to focus something on the list once it shows (after add/edit, remove). */
export interface FocusRequest {
  key: string | null
  action: 'row' | Direction | 'add'
}

/** What the list and the add/edit pages of one list (shared, or one phone's) work on. */
export interface ListContextValue {
  userId: string
  target: SaveTarget
  /** The phone this list belongs to (phone lists only). */
  phone: SpeedDialPhone | null
  /** Every phone, when their lists differ (for "Which phone?"). */
  phones: SpeedDialPhone[] | null
  /** Each phone's list as on the server (phone lists only). */
  phoneLists: Record<string, SpeedDial[]> | null
  dirtyPhones: Set<string>
  draft: Draft
  readOnly: ReadOnlyReason | null
  /** Links: the list, add and edit (keeping ?phone=). */
  href: (sub?: string) => string
  add(values: SpeedDial): void
  update(key: string, values: SpeedDial): void
  remove(key: string): void
  move(key: string, direction: Direction): void
  announce(message: string): void
  focusRequest: FocusRequest | null
  requestFocus(request: FocusRequest | null): void
  flash: string | null
  setFlash(message: string | null): void

  // Saving
  save(): void
  saving: boolean
  /** A failure to show as a page-level problem (network, busy, server). */
  saveProblem: unknown
  /** Server refusals by row key. */
  rowErrors: Record<string, string>
  /** The list on the server differs from the draft's base: ask which to keep. */
  conflict: { id: number; server: SpeedDial[] | null } | null
  keepMine(): void
  /** Shows the conflict panel with the list now on the server. */
  onConflict(server: SpeedDial[] | null): void
  /** Every phone now has the same list: drop the phone drafts and show the shared list. */
  onMadeSame(message: string): void
  useTheirs(): void
  discard(): void
}

export const ListContext = createContext<ListContextValue | null>(null)

export function useList(): ListContextValue {
  const value = useContext(ListContext)
  if (!value) throw new Error('useList outside a speed-dial list')
  return value
}
