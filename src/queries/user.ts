/** The user resource: reading it, and saving a patch (name, language, Do not disturb, forward). */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { forwardAllLines } from '../api/extensions/extensions.ts'
import { getUser, putUser, type UserPatch } from '../api/user/user.ts'
import { recordWrite } from '../lib/change-log.ts'
import { userChanges } from './user-changes.ts'
import { lineQueries } from './extensions.ts'
import { keys } from './keys.ts'

export const userQueries = {
  detail: (userId: string) =>
    queryOptions({
      queryKey: keys.userDetail(userId),
      queryFn: ({ signal }) => getUser(userId, signal),
      staleTime: 60_000,
    }),
}

/**
 * Saves a user patch; the answer replaces the cached user. A user-level call forward applies to every
 * line, so when the answer says it does, the cached lines take it too (no refetch); otherwise the
 * lines are refetched. PUTs for one user run one at a time.
 */
export function useUpdateUser(userId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.userDetail(userId), 'update'],
    scope: { id: `user:${userId}` },
    mutationFn: (patch: UserPatch) => putUser(userId, patch),
    // The values before, for "Your changes".
    onMutate: () => ({
      user: queryClient.getQueryData(userQueries.detail(userId).queryKey),
      lines: queryClient.getQueryData(lineQueries.list(userId).queryKey),
    }),
    onSuccess: (user, patch, before) => {
      recordWrite(userId, userChanges(before?.user, user, patch, before?.lines))
      queryClient.setQueryData(userQueries.detail(userId).queryKey, user)
      if (!patch.callForward) return
      const linesKey = lineQueries.list(userId).queryKey
      if (user.callForwardAllLines)
        queryClient.setQueryData(linesKey, (lines) => forwardAllLines(lines, user.callForward))
      else return queryClient.invalidateQueries({ queryKey: linesKey, exact: true })
    },
  })
}
