/** The user's Single Number Reach phones (remote destinations) and the time zones for schedules. */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import {
  deleteRemoteDestination,
  getRemoteDestination,
  getRemoteDestinations,
  getTimeZones,
  postRemoteDestination,
  putRemoteDestination,
  type NewRemoteDestination,
  type RemoteDestinationPatch,
} from '../api/remote-destinations/remote-destinations.ts'
import { recordWrite } from '../lib/change-log.ts'
import { snrAdded, snrPhoneChange, snrRemoved } from './change-records.ts'
import { keys } from './keys.ts'

export const remoteDestinationQueries = {
  list: (userId: string) =>
    queryOptions({
      queryKey: keys.remoteDestinations(userId),
      queryFn: ({ signal }) => getRemoteDestinations(userId, signal),
      staleTime: 60_000,
    }),
  detail: (userId: string, id: string) =>
    queryOptions({
      queryKey: keys.remoteDestination(userId, id),
      queryFn: ({ signal }) => getRemoteDestination(userId, id, signal),
      staleTime: 60_000,
    }),
  timeZones: () =>
    queryOptions({
      queryKey: keys.timeZones(),
      queryFn: ({ signal }) => getTimeZones(signal),
      staleTime: 60 * 60_000,
    }),
}

/** A phone as cached (its detail, else its list entry). */
function cachedPhone(queryClient: QueryClient, userId: string, id: string) {
  return (
    queryClient.getQueryData(remoteDestinationQueries.detail(userId, id).queryKey) ??
    queryClient.getQueryData(remoteDestinationQueries.list(userId).queryKey)?.find((p) => p.id === id)
  )
}

/** Adds a phone (201, no body), then re-reads exactly the list; resolves with the new id. */
export function useAddRemoteDestination(userId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.remoteDestinations(userId), 'add'],
    mutationFn: (input: NewRemoteDestination) => postRemoteDestination(userId, input),
    onSuccess: (id, input) => {
      recordWrite(userId, snrAdded(id, input))
      return queryClient.invalidateQueries({ queryKey: remoteDestinationQueries.list(userId).queryKey })
    },
  })
}

/** Changes a phone; the answer replaces it in the cached list (no refetch). One PUT per phone at a time. */
export function useUpdateRemoteDestination(userId: string, id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.remoteDestination(userId, id), 'update'],
    scope: { id: `remoteDestination:${userId}:${id}` },
    mutationFn: (patch: RemoteDestinationPatch) => putRemoteDestination(userId, id, patch),
    onMutate: () => cachedPhone(queryClient, userId, id),
    onSuccess: (next, patch, before) => {
      recordWrite(userId, snrPhoneChange(before, next, patch))
      queryClient.setQueryData(remoteDestinationQueries.list(userId).queryKey, (old) =>
        old?.map((item) => (item.id === id ? next : item)),
      )
      queryClient.setQueryData(remoteDestinationQueries.detail(userId, id).queryKey, next)
    },
  })
}

/** Removes a phone (204, no body), then re-reads exactly the list. */
export function useRemoveRemoteDestination(userId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.remoteDestinations(userId), 'remove'],
    mutationFn: (id: string) => deleteRemoteDestination(userId, id),
    onMutate: (id) => cachedPhone(queryClient, userId, id),
    onSuccess: (_data, id, before) => {
      recordWrite(userId, snrRemoved(before))
      queryClient.removeQueries({ queryKey: remoteDestinationQueries.detail(userId, id).queryKey })
      return queryClient.invalidateQueries({ queryKey: remoteDestinationQueries.list(userId).queryKey })
    },
  })
}
