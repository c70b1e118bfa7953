/**
 * The portal's pages: one place for their paths, names (the same words in the nav, the h1 and the
 * title), their place in the navigation, their lazy code, and the reads each page needs, so a page's
 * data and code load in parallel on navigation and can be prefetched when the user points at a nav
 * link. A new page is one more entry here.
 */
import type { FetchQueryOptions } from '@tanstack/react-query'
import { clientConfig } from '../api/client.ts'
import { credentialsQueries } from '../api/credentials/credentials.ts'
import { cupiQueries } from '../api/cupi/cupi.ts'
import { deviceQueries } from '../api/devices/devices.ts'
import { lineQueries } from '../api/extensions/extensions.ts'
import { remoteDestinationQueries } from '../api/remote-destinations/remote-destinations.ts'
import { speedDialQueries } from '../api/speed-dials/speed-dials.ts'
import { systemQueries } from '../api/system/system.ts'
import { userQueries } from '../api/user/user.ts'

// Query options of different result types, as the prefetcher takes them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQuery = FetchQueryOptions<any, any, any, any>

/** The navigation's groups, in the order they are shown; each page names the one it sits in. */
export const NAV_GROUPS = ['Your calls', 'Your phones', 'Your account'] as const
export type NavGroup = (typeof NAV_GROUPS)[number]

export interface PageRoute {
  /** The page's URL; its sub-pages (add, edit, schedule) live below it and are routed by the page. */
  path: string
  name: string
  group: NavGroup
  load: () => Promise<unknown>
  queries: (userId: string) => AnyQuery[]
  /**
   * Reads started when the page is first opened (with the others, so none waits for another), but
   * never on hover or focus of its link: ones whose refusal could count towards a lockout elsewhere.
   */
  openQueries?: (userId: string) => AnyQuery[]
}

export const pages: PageRoute[] = [
  {
    path: '/profile',
    name: 'Profile',
    group: 'Your account',
    load: () => import('../pages/profile-page.tsx'),
    queries: (u) => [
      userQueries.detail(u),
      deviceQueries.list(u),
      lineQueries.list(u),
      systemQueries.installedLocales(),
      systemQueries.userPolicy(u),
      systemQueries.version(),
      systemQueries.clusterUser(u),
    ],
  },
  {
    path: '/call-forwarding',
    name: 'Call forwarding',
    group: 'Your calls',
    load: () => import('../pages/call-forwarding-page.tsx'),
    queries: (u) => [
      userQueries.detail(u),
      lineQueries.list(u),
      systemQueries.userPolicy(u),
      systemQueries.clusterUser(u),
    ],
  },
  {
    path: '/do-not-disturb',
    name: 'Do not disturb',
    group: 'Your calls',
    load: () => import('../pages/do-not-disturb-page.tsx'),
    queries: (u) => [userQueries.detail(u), deviceQueries.list(u), systemQueries.clusterUser(u)],
  },
  {
    path: '/speed-dials',
    name: 'Speed dials',
    group: 'Your phones',
    load: () => import('../pages/speed-dials-page.tsx'),
    queries: (u) => [userQueries.detail(u), speedDialQueries.user(u), systemQueries.userPolicy(u)],
  },
  {
    path: '/single-number-reach',
    name: 'Single Number Reach',
    group: 'Your calls',
    load: () => import('../pages/single-number-reach-page.tsx'),
    queries: (u) => [
      userQueries.detail(u),
      deviceQueries.list(u),
      lineQueries.list(u),
      remoteDestinationQueries.list(u),
      remoteDestinationQueries.timeZones(),
    ],
  },
  {
    path: '/pin-and-password',
    name: 'PIN and password',
    group: 'Your account',
    load: () => import('../pages/pin-and-password-page.tsx'),
    queries: (u) => [
      userQueries.detail(u),
      systemQueries.userPolicy(u),
      systemQueries.version(),
      systemQueries.clusterUser(u),
      credentialsQueries.detail(u),
    ],
    // The voicemail (CUPI) check is not prefetched on hover (a refused password there counts towards
    // a Unity Connection lockout), only when the page opens, so it does not wait for the other reads.
    openQueries: (u) => (clientConfig().cupiBaseUrl ? [cupiQueries.user(u)] : []),
  },
]
