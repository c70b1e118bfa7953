/** Reads of the user's phones and soft clients. */
import { queryOptions } from '@tanstack/react-query'
import { getDevices } from '../api/devices/devices.ts'
import { keys } from './keys.ts'

export const deviceQueries = {
  list: (userId: string) =>
    queryOptions({
      queryKey: keys.devices(userId),
      queryFn: ({ signal }) => getDevices(userId, signal),
      staleTime: 5 * 60_000,
    }),
}
