/**
 * The Speed dials page: reads the user's lists, picks the list to show (the shared one, or a phone's
 * own when the phones differ, `?phone={id}`), and holds its draft above the sub-pages (list, add,
 * edit), so they all change the same draft and nothing is lost on the way between them, on a
 * re-sign-in (the page stays mounted) or on a reload (sessionStorage).
 */
import { useIsMutating, useQuery, useSuspenseQueries } from '@tanstack/react-query'
import { Suspense, useCallback, useMemo, useState } from 'react'
import { Route, Routes, useNavigate, useSearchParams } from 'react-router'
import { type SpeedDial, type SpeedDialPhone } from '../../api/speed-dials/speed-dials.ts'
import { InfoNotice, Spinner, StatusMessage } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { UnsavedChangesGuard } from '../../components/unsaved-changes.tsx'
import { keys } from '../../queries/keys.ts'
import { speedDialPhoneReads, speedDialsReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { SpeedDialSaveError, useSaveSpeedDials, type SaveTarget } from '../../queries/speed-dial-save.ts'
import { ListContext, type FocusRequest, type ListContextValue, type ReadOnlyReason } from './context.ts'
import {
  addEntry,
  findByKey,
  keepMine as keepMineDraft,
  moveEntry,
  moveSentence,
  removeEntry,
  saveLists,
  updateEntry,
  type Direction,
  type Draft,
} from './draft.ts'
import { EntryPage } from './entry-form.tsx'
import { ListPage } from './list-view.tsx'
import { speedDialMessages as m } from './messages.ts'
import { rowErrorsFor, saveProblemOf, withoutRowError } from './save-problems.ts'
import { phoneScope, useDraftStore, type DraftStore, type ListScope } from './use-drafts.ts'

export function SpeedDialsView({ userId }: { userId: string }) {
  const [{ data: user }, { data: overview }, { data: policy }] = usePageReads(speedDialsReads, userId)
  const [clusterUser] = speedDialsReads.side(userId)
  const cluster = useQuery({ ...clusterUser, enabled: !user.homeCluster })
  const phones = useMemo(() => overview.phones.filter((p) => p.id !== ''), [overview.phones])
  const store = useDraftStore(userId, ['all', ...phones.map((p) => phoneScope(p.id))])
  const [params] = useSearchParams()
  const [flash, setFlash] = useState<string | null>(null)
  const saving = useIsMutating({ mutationKey: keys.speedDials(userId) }) > 0

  const readOnly: ReadOnlyReason | null = !user.homeCluster
    ? { title: m.readOnlyTitle, body: m.readOnly(cluster.data?.host ?? null) }
    : !policy.showSpeedDials
      ? { title: m.policyTitle, body: m.policy }
      : null

  // Which list: a phone's own while the lists differ (or while that phone's draft has changes),
  // else the shared one.
  // While every phone is being given the same list, stay on the phone that is copied until it's done.
  const makingSame = useIsMutating({ mutationKey: keys.makeSpeedDialsSame(userId) }) > 0
  const requested = phones.find((p) => p.id === params.get('phone'))
  let phone: SpeedDialPhone | null = null
  if (requested && (!overview.unified || makingSame || store.isDirty(phoneScope(requested.id))))
    phone = requested
  else if (!requested && (!overview.unified || makingSame) && !store.isDirty('all')) phone = phones[0] ?? null

  const guard = readOnly ? null : (
    <UnsavedChangesGuard
      when={store.anyDirty && !saving}
      within="/speed-dials"
      what={m.guardWhat}
      onLeave={store.clearAll}
    />
  )

  if (!phone && !overview.unified && !store.isDirty('all')) {
    return (
      <Page title={m.title} lede={m.lede}>
        <InfoNotice>
          <p>{m.noPhones}</p>
        </InfoNotice>
      </Page>
    )
  }

  const shared = { userId, store, readOnly, flash, setFlash }
  return (
    <>
      <Suspense fallback={<Spinner label="Loading speed dials…" />}>
        {phone ? (
          <PhoneLists key={phone.id} {...shared} phone={phone} phones={phones} />
        ) : (
          <ListScope
            key="all"
            {...shared}
            target={{ kind: 'all' }}
            server={overview.unified ? overview.speedDials : null}
            phone={null}
            phones={null}
            phoneLists={null}
          />
        )}
      </Suspense>
      {guard}
    </>
  )
}

interface SharedProps {
  userId: string
  store: DraftStore
  readOnly: ReadOnlyReason | null
  flash: string | null
  setFlash: (message: string | null) => void
}

/** The phones' lists differ: read every phone's (the confirmation for "all the same" needs them). */
function PhoneLists(props: SharedProps & { phone: SpeedDialPhone; phones: SpeedDialPhone[] }) {
  const results = useSuspenseQueries({
    queries: speedDialPhoneReads(
      props.userId,
      props.phones.map((p) => p.id),
    ),
  })
  const lists: Record<string, SpeedDial[]> = {}
  props.phones.forEach((p, i) => (lists[p.id] = results[i]?.data ?? []))
  return (
    <ListScope
      {...props}
      target={{ kind: 'phone', phoneId: props.phone.id }}
      server={lists[props.phone.id] ?? []}
      phoneLists={lists}
    />
  )
}

interface ListScopeProps extends SharedProps {
  target: SaveTarget
  server: SpeedDial[] | null
  phone: SpeedDialPhone | null
  phones: SpeedDialPhone[] | null
  phoneLists: Record<string, SpeedDial[]> | null
}

/** One list's draft, its save, and its sub-pages. */
function ListScope({
  userId,
  store,
  readOnly,
  flash,
  setFlash,
  target,
  server,
  phone,
  phones,
  phoneLists,
}: ListScopeProps) {
  const scope: ListScope = target.kind === 'all' ? 'all' : phoneScope(target.phoneId)
  const draft = store.get(scope, server)
  const [status, setStatus] = useState('')
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null)
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({})
  const [conflict, setConflict] = useState<{ id: number; server: SpeedDial[] | null } | null>(null)
  const save = useSaveSpeedDials(userId)
  const navigate = useNavigate()

  const change = useCallback(
    (next: Draft) => {
      setFlash(null)
      store.set(scope, next)
    },
    [scope, setFlash, store],
  )
  const clearRowError = (key: string) => setRowErrors((all) => withoutRowError(all, key))

  const runSave = (next: Draft) => {
    setFlash(null)
    setRowErrors({})
    save.mutate(
      { target, draft: saveLists(next) },
      {
        onSuccess: (result) => {
          if (result.kind === 'conflict') {
            setConflict((old) => ({ id: (old?.id ?? 0) + 1, server: result.server }))
            return
          }
          setConflict(null)
          store.clear(scope)
          setFlash(
            result.kind === 'unchanged'
              ? m.unchanged
              : m.saved(result.list.length, phone?.description ?? null),
          )
        },
        onError: (error) => {
          setConflict(null)
          if (!(error instanceof SpeedDialSaveError)) return
          // Some requests went through: the draft is rebased on the list now on the server.
          const current = error.server ? keepMineDraft(next, error.server.list) : next
          if (error.server) store.set(scope, current)
          setRowErrors(rowErrorsFor(current, error.rows))
        },
      },
    )
  }

  const saveProblem = saveProblemOf(save.error)

  const focusH1 = () => document.querySelector<HTMLElement>('h1')?.focus()
  const href = (sub?: string) =>
    `/speed-dials${sub ? `/${sub}` : ''}${target.kind === 'phone' ? `?phone=${encodeURIComponent(target.phoneId)}` : ''}`

  const value: ListContextValue = {
    userId,
    target,
    phone,
    phones,
    phoneLists,
    dirtyPhones: new Set((phones ?? []).filter((p) => store.isDirty(phoneScope(p.id))).map((p) => p.id)),
    draft,
    readOnly,
    href,
    add: (values) => {
      const { draft: next, key } = addEntry(draft, values)
      change(next)
      setStatus(m.added(values.label, values.index))
      setFocusRequest({ key, action: 'row' })
    },
    update: (key, values) => {
      change(updateEntry(draft, key, values))
      clearRowError(key)
      setStatus(m.updated(values.label, values.index))
      setFocusRequest({ key, action: 'row' })
    },
    remove: (key) => {
      const i = draft.entries.findIndex((e) => e.key === key)
      const entry = draft.entries[i]
      if (!entry) return
      const neighbour = draft.entries[i + 1] ?? draft.entries[i - 1]
      change(removeEntry(draft, key))
      clearRowError(key)
      setStatus(m.removed(entry.label))
      setFocusRequest(neighbour ? { key: neighbour.key, action: 'row' } : { key: null, action: 'add' })
    },
    move: (key, direction: Direction) => {
      if (!findByKey(draft, key)) return
      const next = moveEntry(draft, key, direction)
      if (next === draft) return
      change(next)
      setStatus(moveSentence(next, key))
      setFocusRequest({ key, action: direction })
    },
    announce: setStatus,
    focusRequest,
    requestFocus: setFocusRequest,
    flash,
    setFlash,
    save: () => runSave(draft),
    saving: save.isPending,
    saveProblem,
    rowErrors,
    conflict,
    keepMine: () => {
      if (!conflict) return
      const next = keepMineDraft(draft, conflict.server)
      store.set(scope, next)
      runSave(next)
    },
    onConflict: (serverNow) => setConflict((old) => ({ id: (old?.id ?? 0) + 1, server: serverNow })),
    onMadeSame: (message) => {
      for (const p of phones ?? []) store.clear(phoneScope(p.id))
      store.clear('all')
      setFlash(message)
      navigate('/speed-dials')
    },
    useTheirs: () => {
      setConflict(null)
      setRowErrors({})
      save.reset()
      store.clear(scope)
      setStatus(m.usedTheirs)
      focusH1()
    },
    discard: () => {
      setConflict(null)
      setRowErrors({})
      save.reset()
      store.clear(scope)
      setStatus(m.discarded)
      focusH1()
    },
  }

  return (
    <ListContext.Provider value={value}>
      <StatusMessage message={status} />
      <Routes>
        <Route index element={<ListPage />} />
        <Route path="add" element={<EntryPage mode="add" />} />
        <Route path=":position" element={<EntryPage mode="edit" />} />
      </Routes>
    </ListContext.Provider>
  )
}
