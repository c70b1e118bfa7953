/** What every resource handler gets: the instance's options and state, and the request. */
import type { Features, Release } from '../model/version.ts'
import type { Persona, State } from '../model/types.ts'

export interface MockOptions {
  corsOrigins: string[]
  /** Access-Control-Max-Age in seconds (1800: the Tomcat CORS filter's default). */
  corsMaxAge: number
  latencyMs: number
  lockoutAttempts: number
  lockoutMinutes: number
  udsVersion: string
  /**
   * CUCM's "Contact Search Authentication": `/users` needs credentials (401 without them) and
   * `/version` says `usersResourceAuthEnabled` true.
   */
  usersAuth: boolean
  control: boolean
  /** When set, control requests need `Authorization: Bearer <token>`. */
  controlToken: string | null
  /** Host names besides loopback ones that requests may name (the addresses the server listens on). */
  allowedHosts: string[]
  /** Most entries the request log and the fault list keep (the oldest are dropped). */
  listLimit: number
  now: () => Date
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface Ctx {
  opts: MockOptions
  release: Release
  feats: Features
  state: State
  /** Next id for objects created at run time (speed dials, remote destinations, services). */
  nextId(prefix: string): string
}

export interface Rq {
  ctx: Ctx
  req: Request
  url: URL
  /** A path parameter of the route (`:id` → `param('id')`), decoded. */
  param(name: string): string
  /** The signed-in persona (routes that need credentials only). */
  user: Persona
  /** `https://host:port` the request came to, used for `uri` attributes. */
  base: string
  /** Client address, when known. */
  ip: string
  /** Read the body as text with the size limit applied (throws TooLarge / BadInput). */
  text(): Promise<string>
}

export type Handler = (rq: Rq) => Response | Promise<Response>
export type Methods = Partial<Record<Method, Handler>>

export const MAX_BODY_BYTES = 65536

export function noContent(headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers })
}

export function created(location: string): Response {
  return new Response(null, { status: 201, headers: { Location: location } })
}

/** Query parameters by lower-cased name (the first of each), as UDS reads them. */
export function query(rq: Rq): Map<string, string> {
  const m = new Map<string, string>()
  for (const [k, v] of rq.url.searchParams) if (!m.has(k.toLowerCase())) m.set(k.toLowerCase(), v)
  return m
}
