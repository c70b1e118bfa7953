/** Directory searches (UDS /users): one query per search text and page, cached a few minutes. */
import { queryOptions } from '@tanstack/react-query'
import { planSearch } from '../api/users/directory-query.ts'
import { runSearch } from '../api/users/users.ts'
import { keys } from './keys.ts'

/** People per page: never more than the server's User Search Limit. */
export function directoryPageSize(userSearchLimit: number): number {
  return Math.max(1, Math.min(20, userSearchLimit))
}

export const directoryQueries = {
  /** `page` counts from 1. A text too short to search answers null without a request. */
  search: (query: string, page: number, pageSize: number) =>
    queryOptions({
      queryKey: keys.directorySearch(query, page, pageSize),
      queryFn: ({ signal }) => {
        const plan = planSearch(query)
        if (!('params' in plan)) return null
        return runSearch(plan, (page - 1) * pageSize, pageSize, signal)
      },
      staleTime: 5 * 60_000,
      // A search is the person's own action: say at once that it failed, with "Try again".
      retry: false,
    }),
}
