/**
 * Saving speed dials: the planned requests (api/speed-dials/plan.ts), guarded against lost updates,
 * and making every phone's list the same, reading through the query cache. Writes are never retried
 * automatically; a 401 waits in the client for the re-sign-in dialog and is sent once more, so these
 * mutations simply stay pending meanwhile. The reads are in speed-dials.ts.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/api-error.ts'
import { diffLists, needsGuard, planSave, sameList, type PlannedRequest } from '../api/speed-dials/plan.ts'
import {
  deleteSpeedDial,
  postDeviceSpeedDials,
  postSpeedDials,
  putDeviceSpeedDials,
  putSpeedDials,
  type SpeedDial,
} from '../api/speed-dials/speed-dials.ts'
import { recordWrite } from '../lib/change-log.ts'
import { speedDialsChange } from './change-records.ts'
import { keys } from './keys.ts'
import { phoneWords } from './phones.ts'
import { speedDialQueries } from './speed-dials.ts'

/** Which list a save writes: the shared one (user level) or one phone's own (device level). */
export type SaveTarget = { kind: 'all' } | { kind: 'phone'; phoneId: string }

export type SaveResult =
  | { kind: 'saved'; list: SpeedDial[] }
  | { kind: 'unchanged' }
  /** The list changed on the server since the draft started: nothing was written. */
  | { kind: 'conflict'; server: SpeedDial[] | null }

/** What a draft asks to save: the list it started from (null: the phones' lists differed) and the list now. */
export interface SaveLists {
  base: SpeedDial[] | null
  list: SpeedDial[]
}

export interface RowProblem {
  index: number
  /** The server refused the entry, its position is taken, or the list changed on the server. */
  reason: 'refused' | 'taken' | 'conflict'
}

/** A save that failed part-way or was refused. */
export class SpeedDialSaveError extends Error {
  constructor(
    readonly apiError: unknown,
    /** Refusals (409/415) to show next to the rows concerned, by position. */
    readonly rows: RowProblem[],
    /**
     * When some requests went through: the list now on the server (null when the phones' lists
     * differ), for the draft to be rebased on.
     */
    readonly server: { list: SpeedDial[] | null } | null,
  ) {
    super('Speed dials not saved')
    this.name = 'SpeedDialSaveError'
  }
}

/** The list on the server now, read past the cache (null: the phones' lists differ). */
export async function readServerList(
  queryClient: QueryClient,
  userId: string,
  target: SaveTarget,
): Promise<SpeedDial[] | null> {
  if (target.kind === 'all') {
    const fresh = await queryClient.fetchQuery({ ...speedDialQueries.user(userId), staleTime: 0 })
    return fresh.unified ? fresh.speedDials : null
  }
  return queryClient.fetchQuery({ ...speedDialQueries.device(userId, target.phoneId), staleTime: 0 })
}

/** The list as last read from the server (after a save: its read-back). */
function cachedList(queryClient: QueryClient, userId: string, target: SaveTarget): SpeedDial[] | undefined {
  if (target.kind === 'phone')
    return queryClient.getQueryData(speedDialQueries.device(userId, target.phoneId).queryKey)
  const all = queryClient.getQueryData(speedDialQueries.user(userId).queryKey)
  return all?.unified ? all.speedDials : undefined
}

function send(userId: string, target: SaveTarget, req: PlannedRequest): Promise<void> {
  if (target.kind === 'all') {
    if (req.method === 'DELETE') return deleteSpeedDial(userId, req.index)
    if (req.method === 'POST') return postSpeedDials(userId, req.items)
    return putSpeedDials(userId, req.items)
  }
  if (req.method === 'POST') return postDeviceSpeedDials(userId, target.phoneId, req.items)
  if (req.method === 'PUT') return putDeviceSpeedDials(userId, target.phoneId, req.items)
  throw new Error('A phone list has no DELETE')
}

async function tryRead(queryClient: QueryClient, userId: string, target: SaveTarget) {
  try {
    return { list: await readServerList(queryClient, userId, target) }
  } catch {
    return null
  }
}

/** Which rows a refused request concerns, in words. */
async function rowProblems(
  queryClient: QueryClient,
  userId: string,
  target: SaveTarget,
  draft: SaveLists,
  req: PlannedRequest,
  error: ApiError,
): Promise<RowProblem[]> {
  if (req.method === 'DELETE') return []
  const concerned =
    req.method === 'POST'
      ? req.items
      : draft.base
        ? [...diffLists(draft.base, req.items).added, ...diffLists(draft.base, req.items).changed]
        : req.items
  if (error.kind === 'invalid') return concerned.map((s) => ({ index: s.index, reason: 'refused' }))
  if (req.method === 'POST') {
    // A position the draft adds is already used on the server: find out which.
    const now = await tryRead(queryClient, userId, target)
    const taken = concerned.filter((s) => now?.list?.some((t) => t.index === s.index))
    if (taken.length > 0) return taken.map((s) => ({ index: s.index, reason: 'taken' }))
  }
  return concerned.map((s) => ({ index: s.index, reason: 'conflict' }))
}

/** The server already holds the draft: done, with every cached list read again. */
async function alreadySaved(
  queryClient: QueryClient,
  userId: string,
  target: SaveTarget,
  list: SpeedDial[],
): Promise<SaveResult> {
  await queryClient.invalidateQueries({ queryKey: keys.speedDials(userId) })
  return { kind: 'saved', list: cachedList(queryClient, userId, target) ?? list }
}

export async function saveDraft(
  queryClient: QueryClient,
  userId: string,
  target: SaveTarget,
  draft: SaveLists,
): Promise<SaveResult> {
  const list = draft.list
  const plan = planSave(draft.base, list, { deleteByIndex: target.kind === 'all' })
  if (plan.length === 0) return { kind: 'unchanged' }
  if (needsGuard(plan)) {
    // No version tags and PUT replaces everything: write only over what the draft started from.
    const server = await readServerList(queryClient, userId, target)
    // Already exactly the draft: an earlier attempt that timed out went through after all.
    if (server && sameList(server, list)) return alreadySaved(queryClient, userId, target, list)
    if (!sameList(server, draft.base)) return { kind: 'conflict', server }
  }
  let sent = 0
  for (const req of plan) {
    try {
      await send(userId, target, req)
      sent++
    } catch (error) {
      // Removing a position that is already gone has the result the user asked for.
      if (req.method === 'DELETE' && error instanceof ApiError && error.kind === 'notFound') {
        sent++
        continue
      }
      if (req.method === 'POST' && error instanceof ApiError && error.kind === 'conflict') {
        // "Position already used": by this very draft, when an earlier attempt timed out but went through.
        const now = await tryRead(queryClient, userId, target)
        if (now?.list && sameList(now.list, list)) return alreadySaved(queryClient, userId, target, list)
      }
      const refused = error instanceof ApiError && (error.kind === 'conflict' || error.kind === 'invalid')
      const rows = refused ? await rowProblems(queryClient, userId, target, draft, req, error) : []
      let server: { list: SpeedDial[] | null } | null = null
      if (sent > 0) {
        server = await tryRead(queryClient, userId, target)
        void queryClient.invalidateQueries({ queryKey: keys.speedDials(userId) })
      }
      throw new SpeedDialSaveError(error, rows, server)
    }
  }
  // The answers carry no list: read it again (the shared list and every phone's).
  await queryClient.invalidateQueries({ queryKey: keys.speedDials(userId) })
  return { kind: 'saved', list: cachedList(queryClient, userId, target) ?? list }
}

// ---- the same list on every phone ---------------------------------------------------------------

export interface MakeSameInput {
  phoneIds: string[]
  /** The phone whose list is copied, and its draft (which may hold unsaved changes). */
  currentId: string
  draft: SaveLists
  /** Each other phone's list as the confirmation showed it. */
  shown: Record<string, SpeedDial[]>
}

export type MakeSameResult =
  | { kind: 'done'; list: SpeedDial[] }
  /** Another phone's list changed while the confirmation was open: show it again. */
  | { kind: 'changed'; lists: Record<string, SpeedDial[]> }
  /** The copied phone's own list changed since its draft started. */
  | { kind: 'conflict'; server: SpeedDial[] }

export async function makeSame(
  queryClient: QueryClient,
  userId: string,
  input: MakeSameInput,
): Promise<MakeSameResult> {
  const target = input.draft.list
  const fresh = await Promise.all(
    input.phoneIds.map((id) =>
      queryClient.fetchQuery({ ...speedDialQueries.device(userId, id), staleTime: 0 }),
    ),
  )
  const now: Record<string, SpeedDial[]> = {}
  input.phoneIds.forEach((id, i) => (now[id] = fresh[i] ?? []))
  const current = now[input.currentId] ?? []
  // (Equal to the target already: a retry after some phones were written.)
  if (!sameList(current, input.draft.base) && !sameList(current, target))
    return { kind: 'conflict', server: current }
  const changed = input.phoneIds.some(
    (id) =>
      id !== input.currentId &&
      !sameList(now[id] ?? [], input.shown[id] ?? []) &&
      !sameList(now[id] ?? [], target),
  )
  if (changed) return { kind: 'changed', lists: now }
  const order = [input.currentId, ...input.phoneIds.filter((id) => id !== input.currentId)]
  try {
    for (const id of order) {
      if (sameList(now[id] ?? [], target)) continue
      await putDeviceSpeedDials(userId, id, target)
      // Each phone's list a change of its own in "Your changes" (so each can be undone, even when a
      // later phone's write fails).
      const change = speedDialsChange(
        { kind: 'phone', phoneId: id },
        phoneWords(queryClient, userId, id),
        now[id] ?? [],
        target,
      )
      recordWrite(userId, change)
    }
  } finally {
    await queryClient.invalidateQueries({ queryKey: keys.speedDials(userId) })
  }
  return { kind: 'done', list: target }
}

/** Saves one list's draft; speed-dial writes for one user run one at a time. */
export function useSaveSpeedDials(userId: string) {
  const queryClient = useQueryClient()
  return useMutation<SaveResult, SpeedDialSaveError | ApiError, { target: SaveTarget; draft: SaveLists }>({
    mutationKey: keys.saveSpeedDials(userId),
    scope: { id: `speedDials:${userId}` },
    mutationFn: ({ target, draft }) => saveDraft(queryClient, userId, target, draft),
    onSuccess: (result, { target, draft }) => {
      if (result.kind !== 'saved') return
      const phone = target.kind === 'phone' ? phoneWords(queryClient, userId, target.phoneId) : ''
      recordWrite(userId, speedDialsChange(target, phone, draft.base, result.list))
    },
  })
}

export function useMakeSame(userId: string) {
  const queryClient = useQueryClient()
  return useMutation<MakeSameResult, ApiError, MakeSameInput>({
    mutationKey: keys.makeSpeedDialsSame(userId),
    scope: { id: `speedDials:${userId}` },
    mutationFn: (input) => makeSame(queryClient, userId, input),
  })
}
