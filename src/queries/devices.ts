/** Reads of the user's phones and soft clients. */
import { queryOptions } from '@tanstack/react-query'
import { getDeviceDnd, getDevices, isRemoteDestinationCarrier } from '../api/devices/devices.ts'
import { keys } from './keys.ts'

export const deviceQueries = {
  list: (userId: string) =>
    queryOptions({
      queryKey: keys.devices(userId),
      queryFn: ({ signal }) => getDevices(userId, signal),
      staleTime: 5 * 60_000,
    }),
  /**
   * Each phone's do not disturb option (only in the device's detail): the (usually cached) list,
   * then every phone's detail at once. Single Number Reach carriers are left out.
   */
  dnd: (userId: string) =>
    queryOptions({
      queryKey: keys.deviceDnd(userId),
      queryFn: async ({ client, signal }) => {
        const devices = await client.ensureQueryData(deviceQueries.list(userId))
        const phones = devices.filter((d) => !isRemoteDestinationCarrier(d))
        return Promise.all(phones.map((d) => getDeviceDnd(userId, d.id, signal)))
      },
      staleTime: 5 * 60_000,
    }),
}
