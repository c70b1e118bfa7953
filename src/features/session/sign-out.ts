import type { QueryClient } from '@tanstack/react-query'
import { endSession, type EndReason } from '../../api/session.ts'
import { clearAllDrafts } from '../../lib/drafts.ts'

/** Clears credentials, every cached query and mutation, and (on a real sign-out) the drafts. */
export function signOut(queryClient: QueryClient, reason: EndReason = 'signedOut') {
  endSession(reason)
  void queryClient.cancelQueries()
  queryClient.clear()
  if (reason === 'signedOut') clearAllDrafts()
}
