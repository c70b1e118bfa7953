/**
 * Gathers the summary's facts through the portal's own queries: what is cached and fresh is used as it is,
 * the rest is read now (each part on its own, so one that fails says "Couldn't read …"
 * instead of failing the summary).
 */
import type { QueryClient } from '@tanstack/react-query'
import { hasSignInHistory } from '../../api/credentials/credentials.ts'
import { shownProblems } from '../../lib/problem-log.ts'
import { credentialsQueries } from '../../queries/credentials.ts'
import { deviceQueries } from '../../queries/devices.ts'
import { lineQueries } from '../../queries/extensions.ts'
import { lineRuleQueries } from '../../queries/line-rules.ts'
import { phoneQueries } from '../../queries/phones.ts'
import { remoteDestinationQueries } from '../../queries/remote-destinations.ts'
import { speedDialQueries } from '../../queries/speed-dials.ts'
import { systemQueries } from '../../queries/system.ts'
import { userQueries } from '../../queries/user.ts'
import { timeText, type SummaryFacts } from './summary.ts'

/** The value, or null when it could not be read. */
const settle = <T>(read: Promise<T>): Promise<T | null> => read.catch(() => null)

export const PORTAL_BUILD = {
  version: __PORTAL_VERSION__,
  builtAt: timeText(new Date(__PORTAL_BUILT_AT__)),
}

export async function gatherFacts(
  queryClient: QueryClient,
  userId: string,
  userAgent = globalThis.navigator?.userAgent ?? '',
): Promise<SummaryFacts> {
  const [user, cluster, version, lines, devices, dnd, speedDials, policy] = await Promise.all([
    settle(queryClient.fetchQuery(userQueries.detail(userId))),
    settle(queryClient.fetchQuery(systemQueries.clusterUser(userId))),
    settle(queryClient.fetchQuery(systemQueries.version())),
    settle(queryClient.fetchQuery(lineQueries.list(userId))),
    settle(queryClient.fetchQuery(deviceQueries.list(userId))),
    settle(queryClient.fetchQuery(phoneQueries.dnd(userId))),
    settle(queryClient.fetchQuery(speedDialQueries.user(userId))),
    settle(queryClient.fetchQuery(systemQueries.userPolicy(userId))),
  ])
  const [rules, remoteDestinations, signIns] = await Promise.all([
    policy?.showCallForward === 3
      ? ('hidden' as const)
      : settle(queryClient.fetchQuery(lineRuleQueries.all(userId))),
    user && !user.mobileConnect
      ? ('off' as const)
      : settle(queryClient.fetchQuery(remoteDestinationQueries.list(userId))),
    version && !hasSignInHistory(version.release)
      ? ('unsupported' as const)
      : settle(queryClient.fetchQuery(credentialsQueries.detail(userId))),
  ])
  return {
    at: new Date(),
    userId,
    user,
    cluster,
    version,
    lines,
    rules,
    devices,
    dnd,
    remoteDestinations,
    speedDials,
    policy,
    signIns,
    portal: PORTAL_BUILD,
    browser: userAgent,
    problems: shownProblems(),
  }
}
