/**
 * The portal's pages: one place for their paths, names (the same words in the nav, the h1 and the
 * title), their place in the navigation, their lazy code, their sub-pages (add, edit, schedule), and
 * the reads each page needs (by name: declared in queries/page-reads.ts, which its view reads too), so
 * a page's data and code load in parallel on navigation and can be prefetched when the user points at
 * a nav link. A new page is one more entry; app/router.tsx turns the table into the route tree.
 *
 * This table is part of the first page (the router needs it), so it names the reads instead of
 * importing them: the queries and their parsers load with the signed-in code (app/route-reads.ts).
 */
import { clientConfig } from '../api/client.ts'
import { atLeast } from '../api/system/system.ts'
import type { RouteParam } from './route-params.ts'
import type { PageReadsName, SubReadsName } from '../queries/page-reads.ts'

/** The URLs anyone can open without signing in (outside the signed-in layout). */
export const PUBLIC_PATHS = { signIn: '/sign-in', checkConnection: '/check-connection' } as const

/**
 * Signed-in URLs outside the navigation: documents made from the settings (the printable summary,
 * linked from Profile and the header's "For the helpdesk"). Each needs a session like any page.
 */
export const DOCUMENT_PATHS = { printSettings: '/print-settings' } as const

/** The navigation's groups, in the order they are shown; each page names the one it sits in. */
export const NAV_GROUPS = ['calls', 'phones', 'people', 'account'] as const
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
  /** Reads of this URL beyond its page's, given its params (`/phones/:deviceId`: that phone's). */
  reads?: SubReadsName
}

export interface PageRoute {
  /** The page's URL; its sub-pages (add, edit, schedule) live below it, in `children`. */
  path: string
  /**
   * The page's English name: a stable label for tests and benchmarks (this module has no catalog
   * messages, so they can import it). On screen, pageTitle() in app/page-names.ts.
   */
  name: string
  group: NavGroup
  /** The page's module: `Component` renders the page (or, with sub-pages, what they share). */
  load: () => Promise<unknown>
  children?: SubRoute[]
  /** The page's reads, by name (its view reads exactly these). */
  reads: PageReadsName
  /** Whether the page's open-only reads apply on this installation (default: yes). */
  opens?: () => boolean
  /**
   * Whether the navigation shows the page, from what is already known (nothing is read for it):
   * a page the server or the administrator's policy does not offer is left out.
   */
  offered?: (known: NavFacts) => boolean
}

/** What the navigation knows from reads made anyway (each undefined until read). */
export interface NavFacts {
  policy?: { showDirectorySearch: boolean }
  /** The user's Conference Now (null: the server has none). */
  conferencing?: { enabled: boolean } | null
  /** The CUCM release, e.g. "14.0.1". */
  release?: string
}

/** A phone's steps: its details, its ring schedule; any other URL below it goes back to its details. */
const phoneSteps: SubRoute[] = [
  { view: 'PhoneDetails' },
  { path: 'schedule', view: 'PhoneSchedule' },
  { path: '*', view: 'BackToPhone' },
]

export const pages: PageRoute[] = [
  {
    path: '/profile',
    name: 'Profile',
    group: 'account',
    load: () => import('../pages/profile-page.tsx'),
    reads: 'profile',
  },
  {
    path: '/call-forwarding',
    name: 'Call forwarding',
    group: 'calls',
    load: () => import('../pages/call-forwarding-page.tsx'),
    reads: 'callForwarding',
  },
  {
    path: '/do-not-disturb',
    name: 'Do not disturb',
    group: 'calls',
    load: () => import('../pages/do-not-disturb-page.tsx'),
    reads: 'doNotDisturb',
  },
  {
    path: '/phones',
    name: 'Phones',
    group: 'phones',
    load: () => import('../pages/phones-page.tsx'),
    reads: 'phones',
    // Each phone's page reads that phone (its detail, lines and services) besides the list's reads.
    children: [
      { view: 'PhoneList' },
      {
        path: ':deviceId',
        view: 'PhoneSettings',
        reads: 'phone',
      },
    ],
  },
  {
    path: '/speed-dials',
    name: 'Speed dials',
    group: 'phones',
    load: () => import('../pages/speed-dials-page.tsx'),
    reads: 'speedDials',
    // The list and its add/edit forms share the page's draft (`?phone={id}` for a phone's own list).
    children: [
      { view: 'SpeedDialList' },
      { path: 'add', view: 'AddSpeedDial' },
      { path: ':position', view: 'EditSpeedDial' },
    ],
  },
  {
    path: '/single-number-reach',
    name: 'Single Number Reach',
    group: 'calls',
    load: () => import('../pages/single-number-reach-page.tsx'),
    reads: 'singleNumberReach',
    // A phone's form and its schedule step share one draft (the editor, their layout).
    children: [
      { view: 'PhoneList' },
      { path: 'add', view: 'AddPhone', children: phoneSteps },
      { path: ':id', view: 'EditPhone', children: phoneSteps },
    ],
  },
  {
    path: '/when-someone-calls',
    name: 'When someone calls you',
    group: 'calls',
    load: () => import('../pages/when-someone-calls-page.tsx'),
    reads: 'whenSomeoneCalls',
  },
  {
    path: '/pin-and-password',
    name: 'PIN and password',
    group: 'account',
    load: () => import('../pages/pin-and-password-page.tsx'),
    reads: 'pinAndPassword',
    // The voicemail (CUPI) check only where Unity Connection is configured, and not prefetched on
    // hover (a refused password there counts towards a Unity Connection lockout), only when the
    // page opens, so it does not wait for the other reads.
    opens: () => Boolean(clientConfig().cupiBaseUrl),
  },
  {
    path: '/directory',
    name: 'Directory',
    group: 'people',
    load: () => import('../pages/directory-page.tsx'),
    reads: 'directory',
    offered: ({ policy }) => policy?.showDirectorySearch !== false,
  },
  {
    path: '/conference-now',
    name: 'Conference Now',
    group: 'people',
    load: () => import('../pages/conference-now-page.tsx'),
    reads: 'conferenceNow',
    // UDS 11.0 and later, and only for users who may host (Profile says so otherwise).
    offered: ({ conferencing, release }) =>
      conferencing === undefined ? !release || atLeast(release, '11.0') : Boolean(conferencing?.enabled),
  },
]
