/**
 * The hook a view reads its page's reads with (apart from page-reads.ts, so the routes table, which
 * the first page loads, doesn't pull in the suspense hooks).
 */
import { useSuspenseQueries, type SuspenseQueriesResults } from '@tanstack/react-query'
import type { AnyQuery } from './page-reads.ts'

/** A page's main reads, all at once; the view suspends until each has its answer. */
export function usePageReads<const T extends readonly AnyQuery[]>(
  reads: { main: (userId: string) => T },
  userId: string,
): SuspenseQueriesResults<[...T]> {
  return useSuspenseQueries<[...T]>({ queries: reads.main(userId) as never })
}
