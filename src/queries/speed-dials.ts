/** Reads of the user's speed dials: the user-level list and each phone's own list (below it). */
import { queryOptions } from '@tanstack/react-query'
import { getDeviceSpeedDials, getUserSpeedDials } from '../api/speed-dials/speed-dials.ts'
import { keys } from './keys.ts'

export const speedDialQueries = {
  user: (userId: string) =>
    queryOptions({
      queryKey: keys.speedDials(userId),
      queryFn: ({ signal }) => getUserSpeedDials(userId, signal),
      staleTime: 30_000,
    }),
  device: (userId: string, deviceId: string) =>
    queryOptions({
      queryKey: keys.deviceSpeedDials(userId, deviceId),
      queryFn: ({ signal }) => getDeviceSpeedDials(userId, deviceId, signal),
      staleTime: 30_000,
    }),
}
