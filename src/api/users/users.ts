/**
 * The UDS directory search (`GET /cucm-uds/users`, public unless usersResourceAuthEnabled): people to
 * pick as a speed dial or forwarding target. A page holds at most the server's User Search Limit
 * (64 by default, up to 500); `total` says how many matched in all.
 */
import { request } from '../client.ts'
import { attr, list, optionalText, text, type XmlObject } from '../xml.ts'

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
  return {
    entries,
    start: count(attr(root, 'start'), 0),
    total: count(attr(root, 'totalCount'), entries.length),
  }
}

export interface DirectorySearch {
  /** UDS `name`: first, last or display name starting with these words. */
  name?: string
  /** UDS `number`: any of the person's numbers starting with these digits. */
  number?: string
  start?: number
  max?: number
}

export async function searchUsers(search: DirectorySearch, signal?: AbortSignal): Promise<DirectoryPage> {
  const res = await request(
    {
      path: '/users',
      query: {
        name: search.name,
        number: search.number,
        start: search.start === undefined ? undefined : String(search.start),
        max: search.max === undefined ? undefined : String(search.max),
      },
      auth: false,
      signal,
      label: 'GET users',
    },
    'users',
  )
  return parseUsers(res.root!)
}
