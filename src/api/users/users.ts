/**
 * The UDS directory search (`GET /cucm-uds/users`, public unless usersResourceAuthEnabled): people to
 * call, add as a speed dial or forward to. A page holds at most the server's User Search Limit
 * (64 by default, up to 500); `total` says how many matched in all.
 */
import { ApiError } from '../api-error.ts'
import { request } from '../client.ts'
import { attr, list, optionalText, text, type XmlObject } from '../xml.ts'
import type { SearchPlan } from './directory-query.ts'

export interface DirectoryEntry {
  userId: string
  firstName: string
  lastName: string
  /** Absent before UDS 11.0. */
  displayName: string | undefined
  phoneNumber: string
  mobileNumber: string
  homeNumber: string
  email: string
  directoryUri: string
  department: string
  title: string
}

export interface DirectoryPage {
  entries: DirectoryEntry[]
  /** Offset of the first entry (0-based). */
  start: number
  /** How many matched in all (more than `entries` when the list was cut at the limit). */
  total: number
}

function count(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10)
  return Number.isFinite(n) && n >= 0 ? n : fallback
}

export function parseUsers(root: XmlObject): DirectoryPage {
  const entries = list(root, 'user').map((u) => ({
    userId: text(u, 'userName'),
    firstName: text(u, 'firstName'),
    lastName: text(u, 'lastName'),
    displayName: optionalText(u, 'displayName'),
    phoneNumber: text(u, 'phoneNumber'),
    mobileNumber: text(u, 'mobileNumber'),
    homeNumber: text(u, 'homeNumber'),
    email: text(u, 'email'),
    directoryUri: text(u, 'directoryUri'),
    department: text(u, 'department'),
    title: text(u, 'title'),
  }))
  const start = count(attr(root, 'start'), 0)
  return {
    entries,
    start,
    // Never fewer than what this page shows (a server that leaves the count out or gets it wrong).
    total: entries.length
      ? Math.max(count(attr(root, 'totalCount'), 0), start + entries.length)
      : count(attr(root, 'totalCount'), 0),
  }
}

export interface DirectorySearch {
  /** UDS `name`: first, last or display name starting with these words. */
  name?: string
  /** UDS `number`: any of the person's numbers starting with these digits. */
  number?: string
  /** UDS `numberlast`: any of the person's numbers ending with these digits. */
  numberlast?: string
  /** UDS `email`: exactly this address. */
  email?: string
  start?: number
  max?: number
}

/**
 * Whether this server has asked for credentials to search its directory (a 401 to an anonymous
 * search: "Contact Search Authentication"). A server setting, so it holds for every later search.
 */
let directoryNeedsAuth = false

/** Forgets what the server said (tests; a new server). */
export function resetDirectoryAuth() {
  directoryNeedsAuth = false
}

export async function searchUsers(
  search: DirectorySearch,
  signal?: AbortSignal,
  auth = false,
): Promise<DirectoryPage> {
  const res = await request(
    {
      path: '/users',
      query: {
        name: search.name,
        number: search.number,
        numberlast: search.numberlast,
        email: search.email,
        start: search.start === undefined ? undefined : String(search.start),
        max: search.max === undefined ? undefined : String(search.max),
      },
      auth,
      signal,
      label: 'GET users',
    },
    'users',
  )
  return parseUsers(res.root!)
}

/**
 * A directory search as the portal makes it: without credentials first (the directory is usually
 * public); only when the server answers 401 again with the session's credentials, through the
 * session's gate like every authenticated call (so a stale password goes out at most once).
 */
export async function searchDirectory(search: DirectorySearch, signal?: AbortSignal): Promise<DirectoryPage> {
  if (!directoryNeedsAuth) {
    try {
      return await searchUsers(search, signal, false)
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error
      directoryNeedsAuth = true
    }
  }
  return searchUsers(search, signal, true)
}

export interface DirectoryResult extends DirectoryPage {
  /** What was matched: a number's end when nothing started with it. */
  matched: 'name' | 'number' | 'numberlast' | 'email'
}

/** Runs a planned search (see directory-query.ts) for one page: `start`, at most `max` people. */
export async function runSearch(
  plan: Extract<SearchPlan, { params: DirectorySearch }>,
  start: number,
  max: number,
  signal?: AbortSignal,
): Promise<DirectoryResult> {
  const page = await searchDirectory({ ...plan.params, start, max }, signal)
  if (page.total > 0 || !plan.fallback) return { ...page, matched: plan.kind }
  const last = await searchDirectory({ ...plan.fallback, start, max }, signal)
  return { ...last, matched: last.total > 0 ? 'numberlast' : plan.kind }
}
