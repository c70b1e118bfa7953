/**
 * The mock CUCM UDS + Unity Connection CUPI server as a Hono app, composed from the resource modules:
 * one sub-app per API under `/cucm-uds` and `/vmrest`, the control routes under `/__mock`, and one
 * middleware for what every request shares (CORS, preflights, faults, latency, the request log).
 * Every instance has its own state; nothing here is module-level mutable.
 */
import { Hono } from 'hono'
import { cupiRoutes } from '../cupi/routes.ts'
import { createState } from '../fixtures/personas.ts'
import { features, parseRelease } from '../model/version.ts'
import { udsRoutes } from '../uds/routes.ts'
import { basicUser } from './auth.ts'
import { controlApp } from './control.ts'
import type { Ctx, MockOptions } from './context.ts'
import { addHeaders, corsHeaders, preflight } from './cors.ts'
import { errorFor, REASONS, udsError, type Api } from './errors.ts'
import { FaultList } from './faults.ts'
import { hostChecker } from './hosts.ts'
import { RequestLog, redactQuery } from './request-log.ts'
import { apiRouter } from './routes.ts'

export type { MockOptions } from './context.ts'
export type { Fault } from './faults.ts'
export type { RequestLogEntry } from './request-log.ts'

export interface MockApp {
  app: Hono
  fetch: (req: Request) => Promise<Response>
  reset(): void
}

export const DEFAULT_CORS_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
]

export const DEFAULT_OPTIONS: MockOptions = {
  corsOrigins: DEFAULT_CORS_ORIGINS,
  corsMaxAge: 1800,
  latencyMs: 0,
  lockoutAttempts: 3,
  lockoutMinutes: 30,
  udsVersion: '14.0.1',
  usersAuth: false,
  control: true,
  controlToken: null,
  allowedHosts: [],
  listLimit: 10_000,
  now: () => new Date(),
}

/** Thrown (and rethrown by the app) when an injected fault with status 0 drops the connection. */
export class DroppedConnection extends TypeError {
  constructor() {
    super('fetch failed: connection dropped by an injected mock fault')
    this.name = 'DroppedConnection'
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

/** 421: the request names a host the mock does not serve (see hosts.ts). */
function misdirected(): Response {
  return udsError(
    421,
    'Misdirected Request: the mock answers only to loopback names and its listen addresses',
  )
}

function apiOf(path: string): Api | 'control' | null {
  if (path === '/cucm-uds' || path.startsWith('/cucm-uds/')) return 'uds'
  if (path === '/vmrest' || path.startsWith('/vmrest/')) return 'cupi'
  if (path.startsWith('/__mock/')) return 'control'
  return null
}

/** The pathname as sent (not decoded), with one trailing slash removed: what routes match on. */
function routePath(req: Request): string {
  const raw = new URL(req.url).pathname
  return raw.length > 1 && raw.endsWith('/') ? raw.slice(0, -1) : raw
}

export function createMockApp(options: Partial<MockOptions> = {}): MockApp {
  const opts: MockOptions = { ...DEFAULT_OPTIONS, ...options }
  const release = parseRelease(opts.udsVersion)
  if (!release)
    throw new Error(`unsupported UDS version "${opts.udsVersion}" (use e.g. 10.5.2, 11.5.1, 12.5.1, 14.0.1)`)
  const allowed = new Set(opts.corsOrigins)
  const hostAllowed = hostChecker(opts.allowedHosts)
  let seq = 0
  let sessionSeq = 0
  const ctx: Ctx = {
    opts,
    release,
    feats: features(release),
    state: createState(),
    nextId(prefix: string) {
      seq++
      return `${prefix}${String(seq).padStart(6, '0')}-7777-4a00-8b00-${String(seq).padStart(12, '0')}`
    },
  }
  const sessionCookie = () =>
    `JSESSIONID=${(++sessionSeq).toString(16).padStart(32, '0').toUpperCase()}; Path=/; HttpOnly`
  const faults = new FaultList(opts.listLimit)
  const log = new RequestLog(opts.listLimit)

  function reset(): void {
    ctx.state = createState()
    faults.clear()
    log.clear()
    seq = 0
  }

  const app = new Hono({ getPath: routePath })

  app.use('*', async (c, next) => {
    const req = c.req.raw
    const url = new URL(req.url)
    const path = c.req.path
    const method = req.method.toUpperCase()
    const cors = corsHeaders(allowed, req.headers.get('origin'), opts.corsMaxAge)
    if (!hostAllowed(url.hostname)) return addHeaders(misdirected(), cors)
    const kind = apiOf(path)
    const logged = kind === 'uds' || kind === 'cupi'
    const record = (status: number) => {
      if (!logged) return
      log.add({
        method,
        path: url.pathname + redactQuery(url.search),
        status,
        user: basicUser(req.headers.get('authorization'))?.user ?? null,
        at: opts.now().toISOString(),
        preflight: method === 'OPTIONS',
      })
    }

    if (kind === 'control' && !opts.control) return addHeaders(errorFor('uds', 404), cors)

    if (method === 'OPTIONS') {
      await sleep(opts.latencyMs)
      record(204)
      return preflight(cors)
    }

    if (kind === 'control') {
      await next()
      addHeaders(c.res, cors)
      return
    }

    const api: Api = kind ?? 'uds'
    const fault = logged ? faults.take(method, path) : null
    if (fault) {
      await sleep(fault.delayMs)
      if (fault.status === 0) {
        record(0)
        throw new DroppedConnection()
      }
      if (fault.status !== null) {
        await sleep(opts.latencyMs)
        record(fault.status)
        const res =
          fault.status >= 400
            ? errorFor(api, fault.status, `${REASONS[fault.status] ?? 'Error'} (injected fault)`)
            : new Response(null, { status: fault.status })
        return addHeaders(res, cors)
      }
    }

    let res: Response | undefined
    if (kind) await next()
    else res = errorFor('uds', 404)
    await sleep(opts.latencyMs)
    record((res ?? c.res).status)
    if (res) return addHeaders(res, cors)
    addHeaders(c.res, cors)
  })

  const uds = apiRouter('uds', ctx, sessionCookie)
  udsRoutes(uds.router)
  app.route('/cucm-uds', uds.app)
  const cupi = apiRouter('cupi', ctx, sessionCookie)
  cupiRoutes(cupi.router)
  app.route('/vmrest', cupi.app)
  if (opts.control) {
    const control = { reset, state: () => ctx.state, faults, log, token: opts.controlToken }
    app.route('/__mock', controlApp(control))
  }

  app.notFound((c) => errorFor(apiOf(c.req.path) === 'cupi' ? 'cupi' : 'uds', 404))
  app.onError((err) => {
    throw err
  })

  return {
    app,
    fetch: async (req: Request) => app.fetch(req),
    reset,
  }
}
