/** Unity Connection (CUPI): the light voicemail read, and changing the voicemail PIN. */
import { queryOptions, useMutation } from '@tanstack/react-query'
import type { ApiError } from '../api/api-error.ts'
import { getVoicemailUser, putVoicemailPin } from '../api/cupi/cupi.ts'
import { recordWrite } from '../lib/change-log.ts'
import { keys } from './keys.ts'

export const cupiQueries = {
  user: (userId: string) =>
    queryOptions({
      queryKey: keys.voicemail(userId),
      queryFn: ({ signal }) => getVoicemailUser(signal),
      staleTime: 5 * 60_000,
      // Wrong credentials are never retried (Unity Connection locks accounts too).
      retry: (failureCount: number, error: ApiError) => error.isTransient && failureCount < 2,
    }),
}

/** Changes the voicemail PIN. Nothing cached holds the PIN, so nothing is invalidated. */
export function useChangeVoicemailPin(userId: string) {
  return useMutation({
    mutationKey: [...keys.voicemail(userId), 'pin'],
    scope: { id: `cupi:${userId}` },
    // The variables are the new PIN: drop the finished mutation from the cache at once.
    gcTime: 0,
    mutationFn: (pin: string) => putVoicemailPin(pin),
    // "Changed", never the value.
    onSuccess: () => recordWrite(userId, { kind: 'secret', secret: 'voicemailPin' }),
  })
}
