/**
 * The portal's pages: one place for their paths, names (the same words in the nav, the h1 and the
 * title), their place in the navigation, their lazy code, their sub-pages (add, edit, schedule), and
 * the reads each page needs (declared in queries/page-reads.ts, which its view reads too), so a page's
 * data and code load in parallel on navigation and can be prefetched when the user points at a nav
 * link. A new page is one more entry; app/router.tsx turns the table into the route tree.
 */
import { clientConfig } from '../api/client.ts'
import type { RouteParam } from './route-params.ts'
import {
  callForwardingReads,
  doNotDisturbReads,
  pinAndPasswordReads,
  profileReads,
  singleNumberReachReads,
  speedDialsReads,
  whenSomeoneCallsReads,
  type AnyQuery,
  type PageReads,
} from '../queries/page-reads.ts'

/** The navigation's groups, in the order they are shown; each page names the one it sits in. */
export const NAV_GROUPS = ['Your calls', 'Your phones', 'Your account'] as const
export type NavGroup = (typeof NAV_GROUPS)[number]

/**
 * A URL below a page's, rendered by one export of the page's module (loaded with the page, so a
 * sub-page costs no download of its own). Its sub-pages render in its `<Outlet>`.
 */
export interface SubRoute {
  /** Relative to the parent's URL: `add`, `schedule`, a param (`:position`), `*`; absent for the index. */
  path?: 'add' | 'schedule' | '*' | `:${RouteParam}`
  /** The export of the page's module that renders this URL. */
  view: string
  children?: SubRoute[]
}

export interface PageRoute {
  /** The page's URL; its sub-pages (add, edit, schedule) live below it, in `children`. */
  path: string
  name: string
  group: NavGroup
  /** The page's module: `Component` renders the page (or, with sub-pages, what they share). */
  load: () => Promise<unknown>
  children?: SubRoute[]
  /** The page's reads (its view reads exactly these). */
  reads: PageReads
  /** What the loader, and pointing at the page's link, start: the main and side reads. */
  queries: (userId: string) => AnyQuery[]
  /** Reads started when the page is first opened, never on hover or focus of its link. */
  openQueries?: (userId: string) => AnyQuery[]
}

function page(
  route: Pick<PageRoute, 'path' | 'name' | 'group' | 'load' | 'reads' | 'children'>,
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

/** A phone's steps: its details, its ring schedule; any other URL below it goes back to its details. */
const phoneSteps: SubRoute[] = [
  { view: 'PhoneDetails' },
  { path: 'schedule', view: 'PhoneSchedule' },
  { path: '*', view: 'BackToPhone' },
]

export const pages: PageRoute[] = [
  page({
    path: '/profile',
    name: 'Profile',
    group: 'Your account',
    load: () => import('../pages/profile-page.tsx'),
    reads: profileReads,
  }),
  page({
    path: '/call-forwarding',
    name: 'Call forwarding',
    group: 'Your calls',
    load: () => import('../pages/call-forwarding-page.tsx'),
    reads: callForwardingReads,
  }),
  page({
    path: '/do-not-disturb',
    name: 'Do not disturb',
    group: 'Your calls',
    load: () => import('../pages/do-not-disturb-page.tsx'),
    reads: doNotDisturbReads,
  }),
  page({
    path: '/speed-dials',
    name: 'Speed dials',
    group: 'Your phones',
    load: () => import('../pages/speed-dials-page.tsx'),
    reads: speedDialsReads,
    // The list and its add/edit forms share the page's draft (`?phone={id}` for a phone's own list).
    children: [
      { view: 'SpeedDialList' },
      { path: 'add', view: 'AddSpeedDial' },
      { path: ':position', view: 'EditSpeedDial' },
    ],
  }),
  page({
    path: '/single-number-reach',
    name: 'Single Number Reach',
    group: 'Your calls',
    load: () => import('../pages/single-number-reach-page.tsx'),
    reads: singleNumberReachReads,
    // A phone's form and its schedule step share one draft (the editor, their layout).
    children: [
      { view: 'PhoneList' },
      { path: 'add', view: 'AddPhone', children: phoneSteps },
      { path: ':id', view: 'EditPhone', children: phoneSteps },
    ],
  }),
  page({
    path: '/when-someone-calls',
    name: 'When someone calls you',
    group: 'Your calls',
    load: () => import('../pages/when-someone-calls-page.tsx'),
    reads: whenSomeoneCallsReads,
  }),
  page(
    {
      path: '/pin-and-password',
      name: 'PIN and password',
      group: 'Your account',
      load: () => import('../pages/pin-and-password-page.tsx'),
      reads: pinAndPasswordReads,
    },
    // The voicemail (CUPI) check only where Unity Connection is configured, and not prefetched on
    // hover (a refused password there counts towards a Unity Connection lockout), only when the
    // page opens, so it does not wait for the other reads.
    () => Boolean(clientConfig().cupiBaseUrl),
  ),
]
