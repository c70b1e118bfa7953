/** The user's lines: the list, and saving one line's call forward. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { getLines, putLine, replaceLine, type LinePatch } from '../api/extensions/extensions.ts'
import { recordWrite } from '../lib/change-log.ts'
import { lineForwardChange } from './user-changes.ts'
import { keys } from './keys.ts'

export const lineQueries = {
  list: (userId: string) =>
    queryOptions({
      queryKey: keys.lines(userId),
      queryFn: ({ signal }) => getLines(userId, signal),
      staleTime: 60_000,
    }),
}

export interface UpdateLineVariables {
  lineId: string
  patch: LinePatch
}

/**
 * Saves one line's patch; the answer replaces that line in the cached list (no refetch). The user
 * resource reports the primary line's forward, so after a change to a line the cached user is marked
 * stale (without refetching now). Writes for one user run one at a time.
 */
export function useUpdateLine(userId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.line(userId), 'update'],
    scope: { id: `user:${userId}` },
    mutationFn: ({ lineId, patch }: UpdateLineVariables) => putLine(userId, lineId, patch),
    onMutate: ({ lineId }) =>
      queryClient.getQueryData(lineQueries.list(userId).queryKey)?.find((l) => l.id === lineId),
    onSuccess: (line, _vars, before) => {
      recordWrite(userId, lineForwardChange(before, line))
      queryClient.setQueryData(lineQueries.list(userId).queryKey, (lines) => replaceLine(lines, line))
      void queryClient.invalidateQueries({
        queryKey: keys.userDetail(userId),
        exact: true,
        refetchType: 'none',
      })
    },
  })
}
