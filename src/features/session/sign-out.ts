import type { QueryClient } from '@tanstack/react-query'
import { endSession, type EndReason } from '../../api/session.ts'
import { clearChanges } from '../../lib/change-log.ts'
import { clearAllDrafts } from '../../lib/drafts.ts'
import { clearProblems } from '../../lib/problem-log.ts'
import { forgetUserId } from '../../lib/remembered-user.ts'
import { forgetUserLocale } from '../../i18n/i18n.ts'

/**
 * Ends the session completely, whether the user signed out or gave up in the re-sign-in dialog: every
 * request in flight is aborted (a late answer can't bring credentials back), the credentials (the
 * voicemail ones too), every cached query and mutation, the drafts, the list of changes made in the session, the remembered user ID and the language of
 * their phone system are
 * cleared, so the next person at this computer finds nothing of the previous user. The signed-in
 * layout then goes to a bare /sign-in (no `next`: the next person lands on Profile).
 */
export function signOut(queryClient: QueryClient, reason: Exclude<EndReason, 'reloaded'> = 'signedOut') {
  endSession(reason)
  void queryClient.cancelQueries()
  queryClient.clear()
  clearAllDrafts()
  clearChanges()
  forgetUserId()
  clearProblems()
  // Back to this browser's language for the next person (a language chosen here stays).
  void forgetUserLocale().catch(() => undefined)
}
