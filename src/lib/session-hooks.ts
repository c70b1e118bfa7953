import { useSyncExternalStore } from 'react'
import { getSnapshot, subscribe, type SessionSnapshot } from '../api/session.ts'

export function useSession(): SessionSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}

/** The signed-in user's ID (pages under the signed-in layout only). */
export function useUserId(): string {
  const { userId } = useSession()
  if (!userId) throw new Error('useUserId outside a signed-in page')
  return userId
}
