/**
 * Each page's reads, declared once. The page's route starts them (its loader, and pointing at its
 * link) and its view reads exactly these, so the two cannot drift apart: a read the view makes that
 * its route didn't start is a hidden extra round trip (app/page-reads.test.tsx renders every page over a
 * cache holding only its route's reads and fails on any request).
 */
import type { FetchQueryOptions } from '@tanstack/react-query'
import { conferencingQueries } from './conferencing.ts'
import { credentialsQueries } from './credentials.ts'
import { cupiQueries } from './cupi.ts'
import { deviceQueries } from './devices.ts'
import { lineQueries } from './extensions.ts'
import { phoneQueries } from './phones.ts'
import { lineRuleQueries } from './line-rules.ts'
import { remoteDestinationQueries } from './remote-destinations.ts'
import { speedDialQueries } from './speed-dials.ts'
import { systemQueries } from './system.ts'
import { userQueries } from './user.ts'

// Query options of different result types, as the prefetcher takes them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQuery = FetchQueryOptions<any, any, any, any>

export interface PageReads {
  /** What the page shows: the view waits (suspends) until every one has its answer. */
  main: (userId: string) => readonly AnyQuery[]
  /** Started with `main`; parts of the page read them without waiting, so a failure stays in its part. */
  side?: (userId: string) => readonly AnyQuery[]
  /**
   * Started when the page opens (with the others, so none waits for another), never on hover or
   * focus of its link: ones whose refusal could count towards a lockout elsewhere.
   */
  onOpen?: (userId: string) => readonly AnyQuery[]
}

export const profileReads = {
  main: (u: string) =>
    [
      userQueries.detail(u),
      deviceQueries.list(u),
      lineQueries.list(u),
      systemQueries.installedLocales(),
      systemQueries.userPolicy(u),
      systemQueries.version(),
      systemQueries.clusterUser(u),
    ] as const,
  side: (u: string) =>
    [
      // "Your settings" says what is set: the speed dials and Single Number Reach phones, in their rows.
      speedDialQueries.user(u),
      remoteDestinationQueries.list(u),
      // Conference Now's line (and whether the navigation offers it): its failure stays in its row.
      conferencingQueries.detail(u),
      // "Busy: voicemail": one read per line, once the list is there (on the first visit, a second
      // round trip after the list; the row shows forward-all until they come).
      lineRuleQueries.all(u),
    ] as const,
} satisfies PageReads

export const callForwardingReads = {
  main: (u: string) =>
    [
      userQueries.detail(u),
      lineQueries.list(u),
      systemQueries.userPolicy(u),
      systemQueries.clusterUser(u),
    ] as const,
  /** Busy and no-answer rules (a read per line): their failure must not stop forward-all. */
  side: (u: string) => [lineRuleQueries.all(u)] as const,
} satisfies PageReads

export const doNotDisturbReads = {
  main: (u: string) => [userQueries.detail(u), deviceQueries.list(u), systemQueries.clusterUser(u)] as const,
} satisfies PageReads

export const speedDialsReads = {
  main: (u: string) =>
    [userQueries.detail(u), speedDialQueries.user(u), systemQueries.userPolicy(u)] as const,
  /** The home cluster names where to go when the page is read-only (another cluster's user). */
  side: (u: string) => [systemQueries.clusterUser(u)] as const,
} satisfies PageReads

/**
 * The speed dials page's reads that depend on its main ones: once they have answered that the phones'
 * lists differ, every phone's own list (the confirmation for "the same on all phones" needs them).
 */
export const speedDialPhoneReads = (u: string, phoneIds: readonly string[]) =>
  phoneIds.map((id) => speedDialQueries.device(u, id))

export const singleNumberReachReads = {
  main: (u: string) =>
    [
      userQueries.detail(u),
      deviceQueries.list(u),
      lineQueries.list(u),
      remoteDestinationQueries.list(u),
      remoteDestinationQueries.timeZones(),
    ] as const,
} satisfies PageReads

/**
 * "When someone calls you": everything the portal reads elsewhere, brought together. After Profile
 * only the phones' details (their do not disturb option), the lines on each phone (which phones and
 * Single Number Reach phones a line reaches) and the lines' busy and no-answer rules are new, each
 * read at once, one per phone or line.
 */
export const whenSomeoneCallsReads = {
  main: (u: string) =>
    [
      userQueries.detail(u),
      lineQueries.list(u),
      lineRuleQueries.all(u),
      deviceQueries.list(u),
      phoneQueries.dnd(u),
      remoteDestinationQueries.list(u),
      remoteDestinationQueries.timeZones(),
      phoneQueries.linesByPhone(u),
    ] as const,
} satisfies PageReads

export const pinAndPasswordReads = {
  main: (u: string) =>
    [
      userQueries.detail(u),
      systemQueries.userPolicy(u),
      systemQueries.version(),
      systemQueries.clusterUser(u),
    ] as const,
  /** The sign-in history: its failure must not stop the PIN and password forms. */
  side: (u: string) => [credentialsQueries.detail(u)] as const,
  /** The voicemail (CUPI) check: a refused password there counts towards a Unity Connection lockout. */
  onOpen: (u: string) => [cupiQueries.user(u)] as const,
} satisfies PageReads

/** `/phones`: the user's phones and lines, already cached after Profile (no request per phone). */
export const phonesReads = {
  main: (u: string) =>
    [
      userQueries.detail(u),
      deviceQueries.list(u),
      systemQueries.userPolicy(u),
      systemQueries.clusterUser(u),
    ] as const,
  // The cards' lines and guide links: a failure stays on the card.
  side: (u: string) => [phoneQueries.linesByPhone(u), phoneQueries.modelGuides()] as const,
} satisfies PageReads

/**
 * `/phones/{deviceId}`: the phone and its lines in parallel, with what the list page read, the
 * option lists, the user's phone services and this phone's own, and the services catalogue (all one
 * round trip; the route's loader and pointing at the phone's link start them).
 */
export const phoneReads = (u: string, deviceId: string) =>
  [
    ...phonesReads.main(u),
    lineQueries.list(u),
    phoneQueries.detail(u, deviceId),
    phoneQueries.lines(u, deviceId),
    phoneQueries.optionLists(),
    phoneQueries.userServices(u),
    phoneQueries.deviceServices(u, deviceId),
    phoneQueries.catalogue(),
  ] as const

/** The directory: the policy (may the user search, how many per page); searches follow the URL. */
export const directoryReads = {
  main: (u: string) => [systemQueries.userPolicy(u)] as const,
} satisfies PageReads

export const conferenceNowReads = {
  main: (u: string) => [conferencingQueries.detail(u), userQueries.detail(u)] as const,
  side: (u: string) => [systemQueries.clusterUser(u)] as const,
} satisfies PageReads

/** Every page's reads by the name the routes table (app/routes.ts) gives them. */
export const PAGE_READS = {
  profile: profileReads,
  callForwarding: callForwardingReads,
  doNotDisturb: doNotDisturbReads,
  phones: phonesReads,
  speedDials: speedDialsReads,
  singleNumberReach: singleNumberReachReads,
  pinAndPassword: pinAndPasswordReads,
  directory: directoryReads,
  conferenceNow: conferenceNowReads,
  whenSomeoneCalls: whenSomeoneCallsReads,
} satisfies Record<string, PageReads>

export type PageReadsName = keyof typeof PAGE_READS

/** Reads of a URL below a page's, beyond the page's own, by name, given the URL's params. */
export const SUB_READS = {
  phone: (u: string, params: Partial<Record<string, string>>) =>
    params.deviceId ? phoneReads(u, params.deviceId) : [],
} satisfies Record<string, (u: string, params: Partial<Record<string, string>>) => readonly AnyQuery[]>

export type SubReadsName = keyof typeof SUB_READS
