/** Conference Now: one read, one write (its answer replaces the cached resource). */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { getConferencing, putAccessCode } from '../api/conferencing/conferencing.ts'
import { recordWrite } from '../lib/change-log.ts'
import { keys } from './keys.ts'

export const conferencingQueries = {
  /** null when the server has no Conference Now (before UDS 11.0). */
  detail: (userId: string) =>
    queryOptions({
      queryKey: keys.conferencing(userId),
      queryFn: ({ signal }) => getConferencing(userId, signal),
      staleTime: 60_000,
    }),
}

export function useSaveAccessCode(userId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.conferencing(userId), 'save'],
    scope: { id: `user:${userId}` },
    mutationFn: (accessCode: string) => putAccessCode(userId, accessCode),
    onSuccess: (answer) => {
      // A secret: "changed", never its value.
      recordWrite(userId, { kind: 'secret', secret: 'accessCode' })
      queryClient.setQueryData(conferencingQueries.detail(userId).queryKey, answer)
    },
  })
}
