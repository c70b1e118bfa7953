/** Types shared by the mock's route modules. */
import type { Persona, State } from './fixtures.ts'
import type { Features, Release } from './version.ts'

export interface MockOptions {
  corsOrigins: string[]
  latencyMs: number
  lockoutAttempts: number
  lockoutMinutes: number
  udsVersion: string
  control: boolean
  now: () => Date
}

export type Api = 'uds' | 'cupi'
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
  /** Path parameters captured by the route pattern (decoded). */
  params: string[]
  /** The signed-in persona (authenticated routes only). */
  user: Persona
  /** `https://host:port` the request came to, used for `uri` attributes. */
  base: string
  /** Client address, when known. */
  ip: string
  /** Read the body as text with the size limit applied (throws TooLarge / BadInput). */
  text(): Promise<string>
}

export type Handler = (rq: Rq) => Response | Promise<Response>

export interface Route {
  /** Anchored pattern on the pathname (trailing slash already removed). */
  re: RegExp
  api: Api
  /** Authenticated route; when `userParam` is set, that capture must equal the signed-in user. */
  auth: boolean
  userParam?: number
  /** Writes are refused with 409 for users whose homeCluster is false. */
  homeClusterWrites?: boolean
  /** Present only when the emulated release has it. */
  enabled?: (ctx: Ctx) => boolean
  methods: Partial<Record<Method, Handler>>
}

export class TooLarge extends Error {}

export const MAX_BODY_BYTES = 65536

export const XML_TYPE = 'application/xml; charset=UTF-8'
