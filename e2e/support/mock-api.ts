/**
 * The mock from the test's side: writing to it as another client would (Jabber, an administrator, a
 * second tab), not through the portal, and reading back which requests the portal sent.
 */
import { expect, type MockControl } from './fixtures.ts'

export type MockRequest = Awaited<ReturnType<MockControl['requests']>>[number]

/**
 * A UDS/CUPI request straight to the mock as `user` (Basic auth), e.g. to set up a state before the
 * portal opens or to change something behind its back. Fails unless the answer is `status` (by
 * default: any success). The request is in the mock's log like any other.
 */
export async function asClient(
  mock: Pick<MockControl, 'url'>,
  user: string,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  path: string,
  body?: string,
  { password = 'demo', status }: { password?: string; status?: number } = {},
): Promise<Response> {
  const res = await fetch(`${mock.url}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`,
      'Content-Type': 'application/xml',
      Accept: 'application/xml',
    },
    body,
  })
  if (status === undefined) expect(res.status, `${method} ${path}`).toBeLessThan(300)
  else expect(res.status, `${method} ${path}`).toBe(status)
  return res
}

/** Which requests: a method (or 'write': PUT, POST or DELETE) and a path (see `matchesPath`). */
export interface RequestFilter {
  method?: string
  path?: string | RegExp
  status?: number
}

export interface WriteTarget {
  method: 'PUT' | 'POST' | 'DELETE'
  /** The request's pathname (a trailing `*` matches any rest, as in the mock's faults). */
  path: string
}

/**
 * Whether a URL pathname is the target's: a string is the whole pathname (a trailing `*` matches any
 * rest); a RegExp is tested against the path with its query.
 */
export function matchesPath(target: { path?: string | RegExp }, pathname: string) {
  const { path } = target
  if (path === undefined) return true
  if (path instanceof RegExp) return path.test(pathname)
  return path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path
}

/**
 * The UDS/CUPI requests the mock received since the last reset or clearRequests(), preflights left
 * out, that match the filter (a string path is compared without the query).
 */
export async function requestsTo(mock: MockControl, filter: RequestFilter = {}): Promise<MockRequest[]> {
  return (await mock.requests()).filter(
    (r) =>
      !r.preflight &&
      (filter.method === undefined ||
        (filter.method === 'write' ? r.method !== 'GET' : r.method === filter.method)) &&
      (filter.status === undefined || r.status === filter.status) &&
      matchesPath(filter, filter.path instanceof RegExp ? r.path : (r.path.split('?')[0] ?? '')),
  )
}

/** Requests as "METHOD /path?query" lines, for comparing in order. */
export const described = (requests: MockRequest[]) => requests.map((r) => `${r.method} ${r.path}`)

/** The write requests the mock received (preflights excluded) that hit this target. */
export const writesTo = (mock: MockControl, target: WriteTarget) => requestsTo(mock, target)

/** Every write (PUT/POST/DELETE, preflights excluded) the mock received. */
export const allWrites = (mock: MockControl) => requestsTo(mock, { method: 'write' })
