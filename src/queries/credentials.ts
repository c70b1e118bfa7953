/**
 * The user's credentials: the sign-in history, and changing the phone PIN or the portal password.
 * The new secret is a mutation variable only: never cached, never kept after the mutation ends.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { changePassword, getCredentials, putCredentials } from '../api/credentials/credentials.ts'
import { recordWrite, type SecretKind } from '../lib/change-log.ts'
import { keys } from './keys.ts'

export const credentialsQueries = {
  detail: (userId: string) =>
    queryOptions({
      queryKey: keys.credentials(userId),
      queryFn: ({ signal }) => getCredentials(userId, signal),
      staleTime: 60_000,
    }),
}

function useCredentialsMutation<T>(
  userId: string,
  name: string,
  secret: SecretKind,
  send: (value: T) => Promise<void>,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.credentials(userId), name],
    // One credentials change at a time per user.
    scope: { id: `credentials:${userId}` },
    // The variables are the new secret: drop the finished mutation from the cache at once.
    gcTime: 0,
    mutationFn: send,
    // No body comes back: re-read exactly the resource that changed (the sign-in history).
    onSuccess: () => {
      // "Changed", never the value.
      recordWrite(userId, { kind: 'secret', secret })
      return queryClient.invalidateQueries({ queryKey: credentialsQueries.detail(userId).queryKey })
    },
  })
}

/** Changes the phone (CUCM end-user) PIN. */
export function useChangePin(userId: string) {
  return useCredentialsMutation(userId, 'pin', 'phonePin', (pin: string) => putCredentials(userId, { pin }))
}

/** Changes the portal password; the session follows the change (see changePassword in the api). */
export function useChangePassword(userId: string) {
  return useCredentialsMutation(userId, 'password', 'password', (password: string) =>
    changePassword(userId, password),
  )
}
