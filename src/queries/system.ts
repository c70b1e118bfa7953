/** Reads of the public UDS system resources and the user's policy. */
import { queryOptions } from '@tanstack/react-query'
import { getClusterUser, getInstalledLocales, getUserPolicy, getVersion } from '../api/system/system.ts'
import { keys } from './keys.ts'

const HOUR = 60 * 60 * 1000

export const systemQueries = {
  version: () =>
    queryOptions({
      queryKey: keys.version(),
      queryFn: ({ signal }) => getVersion(signal),
      staleTime: HOUR,
    }),
  clusterUser: (userId: string) =>
    queryOptions({
      queryKey: keys.homeCluster(userId),
      queryFn: ({ signal }) => getClusterUser(userId, signal),
      staleTime: HOUR,
    }),
  installedLocales: () =>
    queryOptions({
      queryKey: keys.installedLocales(),
      queryFn: ({ signal }) => getInstalledLocales(signal),
      staleTime: HOUR,
    }),
  userPolicy: (userId: string) =>
    queryOptions({
      queryKey: keys.userPolicy(userId),
      queryFn: ({ signal }) => getUserPolicy(signal),
      staleTime: HOUR,
    }),
}
