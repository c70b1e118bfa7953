/**
 * Holds the speed-dial drafts of the page: one per list ("all" for the shared list, "phone:{id}" for
 * a phone's own list). It lives above the page's sub-pages (list, add, edit) so they all change the
 * same draft, survives a re-sign-in (the page stays mounted) and is mirrored to sessionStorage per
 * user and per list, so a reload restores it.
 */
import { useCallback, useMemo, useState } from 'react'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import { clearDraft, draftKey, readDraft, writeDraft } from '../../lib/drafts.ts'
import { createDraft, isDirty, isDraft, type Draft } from './draft.ts'
import { sameList } from '../../api/speed-dials/plan.ts'

export type ListScope = 'all' | `phone:${string}`

export function phoneScope(phoneId: string): ListScope {
  return `phone:${phoneId}`
}

function storageKey(userId: string, scope: ListScope) {
  return draftKey(userId, `speed-dials:${scope}`)
}

export interface DraftStore {
  /** The draft of a list: the held one while it has changes, else a fresh copy of the server's. */
  get(scope: ListScope, server: readonly SpeedDial[] | null): Draft
  set(scope: ListScope, draft: Draft): void
  /** Forgets a list's draft (after saving, or "Discard"). */
  clear(scope: ListScope): void
  /** Forgets every list's draft (the user chose to leave without saving). */
  clearAll(): void
  isDirty(scope: ListScope): boolean
  /** Some list has unsaved changes (for the leave guard). */
  anyDirty: boolean
}

export function useDraftStore(userId: string, scopes: readonly ListScope[]): DraftStore {
  const [drafts, setDrafts] = useState<Partial<Record<ListScope, Draft>>>(() => {
    const restored: Partial<Record<ListScope, Draft>> = {}
    for (const scope of scopes) {
      const stored = readDraft<unknown>(storageKey(userId, scope))
      if (isDraft(stored) && isDirty(stored)) restored[scope] = stored
    }
    return restored
  })

  const get = useCallback(
    (scope: ListScope, server: readonly SpeedDial[] | null): Draft => {
      const held = drafts[scope]
      if (held && (isDirty(held) || sameList(held.base, server))) return held
      return createDraft(server)
    },
    [drafts],
  )

  const set = useCallback(
    (scope: ListScope, draft: Draft) => {
      setDrafts((all) => ({ ...all, [scope]: draft }))
      if (isDirty(draft)) writeDraft(storageKey(userId, scope), draft)
      else clearDraft(storageKey(userId, scope))
    },
    [userId],
  )

  const clear = useCallback(
    (scope: ListScope) => {
      setDrafts((all) => {
        const next = { ...all }
        delete next[scope]
        return next
      })
      clearDraft(storageKey(userId, scope))
    },
    [userId],
  )

  const clearAll = useCallback(() => {
    for (const scope of Object.keys(drafts)) clearDraft(storageKey(userId, scope as ListScope))
    setDrafts({})
  }, [drafts, userId])

  return useMemo(() => {
    const dirty = (scope: ListScope) => {
      const held = drafts[scope]
      return held !== undefined && isDirty(held)
    }
    return {
      get,
      set,
      clear,
      clearAll,
      isDirty: dirty,
      anyDirty: Object.values(drafts).some((d) => d !== undefined && isDirty(d)),
    }
  }, [drafts, get, set, clear, clearAll])
}
