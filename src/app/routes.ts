/**
 * The portal's pages: one place for their paths, names (the same words in the nav, the h1 and the
 * title), their lazy code, and the reads each page needs (declared in queries/page-reads.ts, which
 * its view reads too), so a page's data and code load in parallel on navigation and can be
 * prefetched when the user points at a nav link.
 */
import { clientConfig } from '../api/client.ts'
import {
  callForwardingReads,
  doNotDisturbReads,
  pinAndPasswordReads,
  profileReads,
  singleNumberReachReads,
  speedDialsReads,
  type AnyQuery,
  type PageReads,
} from '../queries/page-reads.ts'

export interface PageRoute {
  /** The page's URL; its sub-pages (add, edit, schedule) live below it and are routed by the page. */
  path: string
  name: string
  load: () => Promise<unknown>
  /** The page's reads (its view reads exactly these). */
  reads: PageReads
  /** What the loader, and pointing at the page's link, start: the main and side reads. */
  queries: (userId: string) => AnyQuery[]
  /** Reads started when the page is first opened, never on hover or focus of its link. */
  openQueries?: (userId: string) => AnyQuery[]
}

function page(
  route: Pick<PageRoute, 'path' | 'name' | 'load' | 'reads'>,
  /** Whether the page's open-only reads apply on this installation. */
  opens: () => boolean = () => true,
): PageRoute {
  const { main, side, onOpen } = route.reads
  return {
    ...route,
    queries: (u) => [...main(u), ...(side?.(u) ?? [])],
    openQueries: onOpen && ((u) => (opens() ? [...onOpen(u)] : [])),
  }
}

export const pages: PageRoute[] = [
  page({
    path: '/profile',
    name: 'Profile',
    load: () => import('../pages/profile-page.tsx'),
    reads: profileReads,
  }),
  page({
    path: '/call-forwarding',
    name: 'Call forwarding',
    load: () => import('../pages/call-forwarding-page.tsx'),
    reads: callForwardingReads,
  }),
  page({
    path: '/do-not-disturb',
    name: 'Do not disturb',
    load: () => import('../pages/do-not-disturb-page.tsx'),
    reads: doNotDisturbReads,
  }),
  page({
    path: '/speed-dials',
    name: 'Speed dials',
    load: () => import('../pages/speed-dials-page.tsx'),
    reads: speedDialsReads,
  }),
  page({
    path: '/single-number-reach',
    name: 'Single Number Reach',
    load: () => import('../pages/single-number-reach-page.tsx'),
    reads: singleNumberReachReads,
  }),
  page(
    {
      path: '/pin-and-password',
      name: 'PIN and password',
      load: () => import('../pages/pin-and-password-page.tsx'),
      reads: pinAndPasswordReads,
    },
    // The voicemail (CUPI) check only where Unity Connection is configured, and not prefetched on
    // hover (a refused password there counts towards a Unity Connection lockout), only when the
    // page opens, so it does not wait for the other reads.
    () => Boolean(clientConfig().cupiBaseUrl),
  ),
]

/** The signed-in layout (shell, navigation, re-sign-in dialog) that every page renders in. */
export const loadSignedInLayout = () => import('./signed-in-layout.tsx')

/**
 * Starts loading the code for a signed-in URL (the layout and the page) without waiting for it, e.g.
 * while the sign-in requests are on their way, so the page is not held up by its code afterwards.
 */
export function preloadCodeFor(pathname: string) {
  const page = pages.find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`))
  for (const load of [loadSignedInLayout, page?.load]) load?.().catch(() => undefined)
}
