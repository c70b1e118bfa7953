import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { getSnapshot } from '../api/session.ts'
import { phoneReads, type AnyQuery } from './page-reads.ts'

/**
 * Starts a phone page's reads when the user points at or focuses its link, so opening it needs no
 * round trip (each read is a no-op while fresh or on its way). Only with a live session, as the nav's.
 */
export function usePrefetchPhone(userId: string) {
  const queryClient = useQueryClient()
  return useCallback(
    (deviceId: string) => {
      if (getSnapshot().status !== 'active') return
      const reads: readonly AnyQuery[] = phoneReads(userId, deviceId)
      for (const query of reads) void queryClient.prefetchQuery(query)
    },
    [queryClient, userId],
  )
}
