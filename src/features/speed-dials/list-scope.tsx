/**
 * One list (the shared one, or a phone's own): its draft from the page's draft store, its session
 * (list-state.ts), its save, and its sub-pages (list, add, edit) in the route's `<Outlet>`, which read
 * it through `useList()` and change it through `useListCommand()`.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Outlet, useNavigate } from 'react-router'
import type { SpeedDial, SpeedDialPhone } from '../../api/speed-dials/speed-dials.ts'
import { StatusMessage } from '../../components/notices.tsx'
import { SpeedDialSaveError, useSaveSpeedDials, type SaveTarget } from '../../queries/speed-dial-save.ts'
import {
  ListCommandContext,
  ListContext,
  type ListCommand,
  type ListView,
  type ReadOnlyReason,
} from './context.ts'
import { keepMine, saveLists, type Draft } from './draft.ts'
import { initialSession, listReducer, type ListAction, type ListSession } from './list-state.ts'
import { speedDialMessages as m } from './messages.ts'
import { rowErrorsFor, saveProblemOf } from './save-problems.ts'
import { phoneScope, type DraftStore, type ListScope } from './use-drafts.ts'

export interface ListScopeProps {
  userId: string
  store: DraftStore
  readOnly: ReadOnlyReason | null
  flash: string | null
  setFlash: (message: string | null) => void
  /** The phone whose own list this is; null for the shared list. */
  phone: SpeedDialPhone | null
  /** The list on the server (null: the phones' lists differ, for the shared list). */
  server: SpeedDial[] | null
  phones: SpeedDialPhone[] | null
  phoneLists: Record<string, SpeedDial[]> | null
}

export function ListScope(props: ListScopeProps) {
  const { userId, store, readOnly, flash, setFlash, phone, server, phones, phoneLists } = props
  const phoneId = phone?.id ?? null
  const target = useMemo<SaveTarget>(
    () => (phoneId === null ? { kind: 'all' } : { kind: 'phone', phoneId }),
    [phoneId],
  )
  const scope: ListScope = phoneId === null ? 'all' : phoneScope(phoneId)
  const draft = store.get(scope, server)
  const [session, setSession] = useState<ListSession>(initialSession)
  const save = useSaveSpeedDials(userId)
  const navigate = useNavigate()

  // The state as last rendered, and as changed since by actions not yet rendered (a save's answer
  // arrives later than the click that started it).
  const latest = useRef({ draft, session })
  useLayoutEffect(() => {
    latest.current = { draft, session }
  })

  /** Applies an action to the list's latest state: the draft goes to the store, the rest to the session. */
  const apply = (action: ListAction): Draft => {
    const before = { ...latest.current.session, draft: latest.current.draft }
    const after = listReducer(before, action)
    if (after === before) return before.draft
    const { draft: next, ...nextSession } = after
    if (next !== before.draft) {
      setFlash(null)
      store.set(scope, next)
    }
    latest.current = { draft: next, session: nextSession }
    setSession(nextSession)
    return next
  }

  const runSave = (next: Draft) => {
    setFlash(null)
    apply({ type: 'saving' })
    save.mutate(
      { target, draft: saveLists(next) },
      {
        onSuccess: (result) => {
          if (result.kind === 'conflict') {
            apply({ type: 'conflict', server: result.server })
            return
          }
          apply({ type: 'saved' })
          store.clear(scope)
          setFlash(
            result.kind === 'unchanged'
              ? m.unchanged
              : m.saved(result.list.length, phone?.description ?? null),
          )
        },
        onError: (error) => {
          if (!(error instanceof SpeedDialSaveError)) {
            apply({ type: 'failed', rowErrors: {} })
            return
          }
          // Some requests went through: the draft is rebased on the list now on the server.
          const current = error.server ? keepMine(next, error.server.list) : next
          apply({
            type: 'failed',
            rowErrors: rowErrorsFor(current, error.rows),
            draft: error.server ? current : undefined,
          })
        },
      },
    )
  }

  /** Back to the server's list ("Discard", "Use the phone system's"). */
  const reset = (status: string) => {
    save.reset()
    store.clear(scope)
    apply({ type: 'reset', status })
    document.querySelector<HTMLElement>('h1')?.focus()
  }

  const command = (c: ListCommand) => {
    switch (c.type) {
      case 'clearFlash':
        return setFlash(null)
      case 'save':
        return runSave(latest.current.draft)
      case 'keepMine':
        if (latest.current.session.conflict) runSave(apply(c))
        return
      case 'useTheirs':
        return reset(m.usedTheirs)
      case 'discard':
        return reset(m.discarded)
      case 'madeSame':
        for (const p of phones ?? []) store.clear(phoneScope(p.id))
        store.clear('all')
        setFlash(c.message)
        return navigate('/speed-dials')
      default:
        apply(c)
    }
  }
  const handler = useRef(command)
  useLayoutEffect(() => {
    handler.current = command
  })
  const act = useCallback((c: ListCommand) => handler.current(c), [])

  const saving = save.isPending
  const saveProblem = saveProblemOf(save.error)
  const href = useCallback(
    (sub?: string) =>
      `/speed-dials${sub ? `/${sub}` : ''}${phoneId === null ? '' : `?phone=${encodeURIComponent(phoneId)}`}`,
    [phoneId],
  )
  const dirtyPhones = useMemo(
    () => new Set((phones ?? []).filter((p) => store.isDirty(phoneScope(p.id))).map((p) => p.id)),
    [phones, store],
  )
  const view = useMemo<ListView>(
    () => ({
      ...session,
      userId,
      target,
      phone,
      phones,
      phoneLists,
      dirtyPhones,
      draft,
      readOnly,
      flash,
      saving,
      saveProblem,
      href,
    }),
    [
      session,
      userId,
      target,
      phone,
      phones,
      phoneLists,
      dirtyPhones,
      draft,
      readOnly,
      flash,
      saving,
      saveProblem,
      href,
    ],
  )

  return (
    <ListCommandContext.Provider value={act}>
      <ListContext.Provider value={view}>
        <StatusMessage message={session.status} />
        <Outlet />
      </ListContext.Provider>
    </ListCommandContext.Provider>
  )
}
