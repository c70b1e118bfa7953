/**
 * Pure checks over the UDS/CUPI requests of a page load or a session, shared by `npm run bench` and
 * the request budgets in e2e/requests.spec.ts. Order, not time: a request counts as sequential after
 * another only when it started after the other one had finished, so the figures do not depend on how
 * fast the machine is.
 */

/** One request as the browser issued it (Playwright's request events), in event order. */
export interface ObservedRequest {
  method: string
  /** Path and query below the server's origin, e.g. `/cucm-uds/user/demo/devices`. */
  path: string
  /** Position of the request's start in the event stream. */
  start: number
  /** Position of its end (finished or failed) in the event stream; null while still in flight. */
  end: number | null
  status?: number
  /** Whether the browser sent a CORS preflight (OPTIONS) for it first: one more round trip. */
  preflighted?: boolean
}

/** A request as the mock logged it (`GET /__mock/requests`), in the order it answered them. */
export interface LoggedRequest {
  method: string
  path: string
  status: number
  preflight?: boolean
}

const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`
const withoutQuery = (path: string) => path.split('?')[0] ?? path

/** Same method and URL more than once: `["GET /cucm-uds/user/demo ×2"]`. Preflights are not counted. */
export function duplicates(requests: ReadonlyArray<{ method: string; path: string; preflight?: boolean }>) {
  const counts = new Map<string, number>()
  for (const r of requests) {
    if (r.preflight || r.method === 'OPTIONS') continue
    counts.set(key(r), (counts.get(key(r)) ?? 0) + 1)
  }
  return [...counts].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`)
}

/**
 * GETs of a resource after a PUT to it that answered 200 with the resource (the portal must use the
 * answer, not read it again). A PUT answered 204 has no body, so reading again is right there.
 */
export function getsAfterPut(requests: ReadonlyArray<{ method: string; path: string; status?: number }>) {
  const returned = new Set<string>()
  const found: string[] = []
  for (const r of requests) {
    const path = withoutQuery(r.path)
    if (r.method === 'PUT' && r.status === 200) returned.add(path)
    else if (r.method === 'GET' && returned.has(path)) found.push(`GET ${r.path}`)
  }
  return found
}

/**
 * Marks which observed requests had a CORS preflight, from the mock's log: the preflights for a URL
 * are paired, in order, with the browser's requests for that URL.
 */
export function markPreflights(
  observed: ObservedRequest[],
  log: ReadonlyArray<LoggedRequest>,
): ObservedRequest[] {
  const pending = new Map<string, number>()
  for (const entry of log) {
    if (entry.preflight || entry.method === 'OPTIONS')
      pending.set(entry.path, (pending.get(entry.path) ?? 0) + 1)
  }
  return [...observed]
    .sort((a, b) => a.start - b.start)
    .map((r) => {
      const left = pending.get(r.path) ?? 0
      if (left > 0) pending.set(r.path, left - 1)
      return { ...r, preflighted: left > 0 }
    })
}

/**
 * Sequential round trips of a set of requests: each request costs one (two with a preflight) after
 * the latest-finishing request that had finished before it started. `depths` follows the input order.
 */
export function roundTrips(requests: ReadonlyArray<ObservedRequest>): { depths: number[]; total: number } {
  const order = requests.map((r, i) => ({ r, i })).sort((a, b) => a.r.start - b.r.start)
  const depths = new Array<number>(requests.length).fill(0)
  for (const { r, i } of order) {
    let before = 0
    for (const { r: q, i: j } of order) {
      if (q.end !== null && q.end < r.start) before = Math.max(before, depths[j] ?? 0)
    }
    depths[i] = before + (r.preflighted ? 2 : 1)
  }
  return { depths, total: Math.max(0, ...depths) }
}

/**
 * A read that needs another read's answer first: UDS names a line's detail only by its id, which only
 * the list of lines gives, so a line's busy and no-answer rules follow the list when it wasn't cached.
 */
export interface DependentRead {
  /** The read it needs (its path). */
  after: string
  /** Whether a read (by its path) may follow it. */
  follows: (path: string) => boolean
}

/** The user's lines, then each line's detail (`{userPath}/extension/{id}`). */
export const lineDetailsAfterList = (userPath: string): DependentRead => ({
  after: `${userPath}/extensions`,
  follows: (path) =>
    path.startsWith(`${userPath}/extension/`) && !path.slice(userPath.length + 11).includes('/'),
})

/**
 * Whether a page's reads went out together: every GET started before the first of them finished.
 * Returns the GETs that started only after another read of the page had come back, except a declared
 * dependent read that started once the read it needs came back (and no later round trip than that).
 */
export function lateReads(
  requests: ReadonlyArray<ObservedRequest>,
  dependent: ReadonlyArray<DependentRead> = [],
): string[] {
  const gets = requests.filter((r) => r.method === 'GET')
  const firstEnd = Math.min(...gets.map((r) => r.end ?? Number.POSITIVE_INFINITY))
  const excused = (r: ObservedRequest) =>
    dependent.some((d) => {
      const needed = gets.find((g) => g.path === d.after && g.end !== null)
      if (!needed || !d.follows(r.path) || r.start < needed.end!) return false
      // In the first wave after it: started before any read sent after it came back (one round trip,
      // not a chain).
      const wave = gets.filter((g) => g.start >= needed.end!)
      return r.start <= Math.min(...wave.map((g) => g.end ?? Number.POSITIVE_INFINITY))
    })
  return gets.filter((r) => r.start > firstEnd && !excused(r)).map((r) => `GET ${r.path}`)
}

/**
 * Splits the requests after a click on "Sign in" into the sign-in's own (the server check, then the
 * home cluster and the user read) and those of the page it lands on, which start once the user read
 * has come back.
 */
export function splitSignIn(requests: ReadonlyArray<ObservedRequest>, userPath: string) {
  const user = requests.find((r) => r.method === 'GET' && r.path === userPath && r.end !== null)
  if (!user) return { signIn: [...requests], landing: [] as ObservedRequest[] }
  const signIn = requests.filter((r) => r.start <= user.end!)
  const landing = requests.filter((r) => r.start > user.end!)
  return { signIn, landing }
}
