/**
 * The mock CUCM UDS + Unity Connection CUPI server as a Hono app. Every instance has its own state;
 * nothing here is module-level mutable, so several instances can run in one process.
 */
import { Hono } from 'hono'
import { cupiError, cupiRoutes, CupiError } from './cupi.ts'
import {
  MAX_BODY_BYTES,
  TooLarge,
  type Api,
  type Ctx,
  type Method,
  type MockOptions,
  type Route,
  type Rq,
} from './context.ts'
import { createState, type Persona } from './fixtures.ts'
import { Conflict, NotFound, policies, udsError, udsRoutes } from './uds.ts'
import { features, parseRelease } from './version.ts'
import { BadInput } from './xml.ts'

export type { MockOptions } from './context.ts'

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
  latencyMs: 0,
  lockoutAttempts: 3,
  lockoutMinutes: 30,
  udsVersion: '14.0.1',
  control: true,
  now: () => new Date(),
}

/** Thrown (and rethrown by the app) when an injected fault with status 0 drops the connection. */
export class DroppedConnection extends TypeError {
  constructor() {
    super('fetch failed: connection dropped by an injected mock fault')
    this.name = 'DroppedConnection'
  }
}

export interface Fault {
  method: string | null
  path: string
  status: number | null
  delayMs: number
  count: number
}

export interface RequestLogEntry {
  method: string
  path: string
  status: number
  user: string | null
  at: string
  preflight: boolean
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE'])
const QUIET_LOGIN_MS = 5 * 60 * 1000
const REALM = 'Basic realm="Cisco Web Services Realm"'

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

function basicUser(header: string | null): { user: string; password: string } | null {
  if (!header) return null
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)
  if (!m?.[1]) return null
  let decoded: string
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(m[1], 'base64'))
  } catch {
    return null
  }
  const i = decoded.indexOf(':')
  if (i < 0) return null
  return { user: decoded.slice(0, i), password: decoded.slice(i + 1) }
}

function apiOf(path: string): Api | 'control' | null {
  if (path === '/cucm-uds' || path.startsWith('/cucm-uds/')) return 'uds'
  if (path === '/vmrest' || path.startsWith('/vmrest/')) return 'cupi'
  if (path.startsWith('/__mock/')) return 'control'
  return null
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

const CUPI_CODES: Record<number, string> = {
  400: 'INVALID_PARAMETER',
  401: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  503: 'SERVICE_UNAVAILABLE',
}

/** An error response in the style of the given API. */
function errorFor(api: Api, status: number, reason?: string, headers: Record<string, string> = {}): Response {
  const text = reason ?? REASONS[status] ?? 'Error'
  if (status === 401) headers = { 'WWW-Authenticate': REALM, ...headers }
  if (status === 503) headers = { 'Retry-After': '1', ...headers }
  return api === 'cupi'
    ? cupiError(status, CUPI_CODES[status] ?? 'ERROR', text, headers)
    : udsError(status, text, headers)
}

function withHeaders(res: Response, headers: Record<string, string>): Response {
  const h = new Headers(res.headers)
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === 'vary' && h.has('vary')) h.set('Vary', `${h.get('vary')}, ${v}`)
    else h.set(k, v)
  }
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers: h })
}

export function createMockApp(options: Partial<MockOptions> = {}): MockApp {
  const opts: MockOptions = { ...DEFAULT_OPTIONS, ...options }
  const release = parseRelease(opts.udsVersion)
  if (!release)
    throw new Error(`unsupported UDS version "${opts.udsVersion}" (use e.g. 10.5.2, 11.5.1, 12.5.1, 14.0.1)`)
  const allowed = new Set(opts.corsOrigins)
  let seq = 0
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
  let faults: Fault[] = []
  let log: RequestLogEntry[] = []
  let sessionSeq = 0
  const routes: Route[] = [...udsRoutes(), ...cupiRoutes()]

  function reset(): void {
    ctx.state = createState()
    faults = []
    log = []
    seq = 0
  }

  function corsHeaders(origin: string | null): Record<string, string> {
    if (!origin || !allowed.has(origin)) return {}
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': 'Retry-After, Location',
      'Access-Control-Max-Age': '60',
      Vary: 'Origin',
    }
  }

  /** Check Basic credentials; returns the persona or an error response. Updates lockout bookkeeping. */
  function authenticate(req: Request, api: Api, ip: string): Persona | Response {
    const creds = basicUser(req.headers.get('authorization'))
    const fail = (reason: string) => errorFor(api, 401, reason)
    if (!creds) return fail('Authentication required')
    const u = ctx.state.users.find((x) => x.userName === creds.user)
    if (!u || u.directoryOnly) return fail('Invalid credentials')
    if (u.alwaysLocked) return fail('Account locked')
    const now = opts.now()
    if (u.lockedUntil && new Date(u.lockedUntil) > now) return fail('Account locked')
    if (u.lockedUntil) u.lockedUntil = null
    if (creds.password !== u.password) {
      u.failedInARow++
      u.failuresSinceLogin++
      if (u.failedInARow >= opts.lockoutAttempts) {
        u.lockedUntil = new Date(now.getTime() + opts.lockoutMinutes * 60_000).toISOString()
        u.failedInARow = 0
      }
      return fail('Invalid credentials')
    }
    u.failedInARow = 0
    const last = u.lastActivityAt ? new Date(u.lastActivityAt).getTime() : -Infinity
    if (now.getTime() - last >= QUIET_LOGIN_MS) {
      u.lastLogin = { at: now.toISOString(), ip }
      u.failuresSinceLogin = 0
    }
    u.lastActivityAt = now.toISOString()
    return u
  }

  async function readBody(req: Request): Promise<string> {
    const len = req.headers.get('content-length')
    if (len && Number(len) > MAX_BODY_BYTES) throw new TooLarge()
    const buf = await req.arrayBuffer()
    if (buf.byteLength > MAX_BODY_BYTES) throw new TooLarge()
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf)
    } catch {
      throw new BadInput('body is not UTF-8')
    }
  }

  async function dispatch(req: Request, url: URL, path: string, api: Api, ip: string): Promise<Response> {
    const enabled = routes.filter((r) => r.api === api && (!r.enabled || r.enabled(ctx)))
    let route: Route | undefined
    let m: RegExpExecArray | null = null
    for (const r of enabled) {
      m = r.re.exec(path)
      if (m) {
        route = r
        break
      }
    }
    if (!route || !m) return errorFor(api, 404)
    const method = req.method.toUpperCase()
    const handler = METHODS.has(method) ? route.methods[method as Method] : undefined
    if (!handler) {
      return errorFor(api, 405, undefined, { Allow: [...Object.keys(route.methods), 'OPTIONS'].join(', ') })
    }
    let params: string[]
    try {
      params = m.slice(1).map((p) => decodeURIComponent(p ?? ''))
    } catch {
      return errorFor(api, 404)
    }
    let user: Persona | undefined
    const extra: Record<string, string> = {}
    if (route.auth) {
      const a = authenticate(req, api, ip)
      if (a instanceof Response) return a
      user = a
      if (route.userParam !== undefined && params[route.userParam] !== user.userName) {
        return errorFor(api, 401, 'Not authorized for this user')
      }
      sessionSeq++
      extra['Set-Cookie'] =
        `JSESSIONID=${sessionSeq.toString(16).padStart(32, '0').toUpperCase()}; Path=/; HttpOnly`
      if (route.homeClusterWrites && method !== 'GET' && !user.homeCluster) {
        return errorFor(api, 409, 'Updates are only allowed on the home cluster of the user')
      }
    }
    const base = `${url.protocol}//${url.host}`
    const rq: Rq = {
      ctx,
      req,
      url,
      params,
      user: user as Persona,
      base,
      ip,
      text: () => readBody(req),
    }
    try {
      const res = await handler(rq)
      return Object.keys(extra).length ? withHeaders(res, extra) : res
    } catch (e) {
      if (e instanceof TooLarge) return errorFor(api, 413)
      if (e instanceof CupiError) return cupiError(e.status, e.code, e.message)
      if (e instanceof BadInput)
        return api === 'cupi' ? cupiError(400, 'INVALID_PARAMETER', e.message) : udsError(415, e.message)
      if (e instanceof NotFound) return errorFor(api, 404, e.message)
      if (e instanceof Conflict) return errorFor(api, 409, e.message)
      throw e
    }
  }

  function json(value: unknown, status = 200): Response {
    return new Response(JSON.stringify(value, null, 2), {
      status,
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
    })
  }

  function snapshot(u: Persona): unknown {
    return {
      userName: u.userName,
      id: u.id,
      firstName: u.firstName,
      lastName: u.lastName,
      displayName: u.displayName,
      email: u.email,
      department: u.department,
      title: u.title,
      manager: u.manager,
      locale: u.locale,
      useLdapAuth: u.useLdapAuth,
      homeCluster: u.homeCluster,
      enableCalendarPresence: u.enableCalendarPresence,
      mobileConnect: u.mobileConnect,
      remoteDestinationLimit: u.remoteDestinationLimit,
      password: u.password,
      pin: u.pin,
      voicemailPin: u.cupi.pin,
      voicemailPinMustChange: u.cupi.pinMustChange,
      conferencing: u.conferencing,
      dnd:
        u.devices.filter((d) => d.kind === 'phone').every((d) => d.dndEnabled) &&
        u.devices.some((d) => d.kind === 'phone'),
      callForwardAll: u.lines.find((l) => l.primary)?.callForwardAll ?? null,
      lines: u.lines,
      devices: u.devices.map((d) => ({
        id: d.id,
        name: d.name,
        kind: d.kind,
        model: d.model,
        description: d.userDescription ?? d.adminDescription,
        userDescription: d.userDescription,
        dndEnabled: d.dndEnabled,
        dndOption: d.dndOption,
        lineIds: d.lineIds,
        speedDials: [...d.speedDials].sort((a, c) => a.index - c.index),
      })),
      remoteDestinations: u.remoteDestinations,
      subscribedServices: u.subscribedServices,
      policy: Object.fromEntries(policies(u).map((p) => [p.name, p.value])),
      login: {
        lastLogin: u.lastLogin,
        lastActivityAt: u.lastActivityAt,
        failuresSinceLogin: u.failuresSinceLogin,
        failedInARow: u.failedInARow,
        lockedUntil: u.lockedUntil,
        alwaysLocked: u.alwaysLocked,
      },
      cupi: {
        objectId: u.cupi.objectId,
        hackCount: u.cupi.hackCount,
        locked: u.cupi.locked,
        pinTimeChanged: u.cupi.pinTimeChanged,
      },
    }
  }

  async function control(req: Request, path: string): Promise<Response> {
    const method = req.method.toUpperCase()
    const notAllowed = () => json({ error: 'method not allowed' }, 405)
    if (path === '/__mock/reset') {
      if (method !== 'POST') return notAllowed()
      reset()
      return new Response(null, { status: 204 })
    }
    if (path === '/__mock/health') {
      if (method !== 'GET') return notAllowed()
      return new Response('ok', { status: 200, headers: { 'Content-Type': 'text/plain; charset=UTF-8' } })
    }
    if (path === '/__mock/faults') {
      if (method === 'DELETE') {
        faults = []
        return new Response(null, { status: 204 })
      }
      if (method === 'GET') return json(faults)
      if (method !== 'POST') return notAllowed()
      let raw: unknown
      try {
        const text = await req.text()
        if (text.length > MAX_BODY_BYTES) return json({ error: 'too large' }, 413)
        raw = JSON.parse(text)
      } catch {
        return json({ error: 'body must be JSON' }, 400)
      }
      const f = raw as Record<string, unknown>
      if (!f || typeof f !== 'object' || Array.isArray(f))
        return json({ error: 'body must be a JSON object' }, 400)
      const problems: string[] = []
      if (typeof f['path'] !== 'string' || !f['path'].startsWith('/'))
        problems.push('path must be a string starting with /')
      if (
        f['method'] !== undefined &&
        (typeof f['method'] !== 'string' || !METHODS.has(f['method'].toUpperCase()))
      ) {
        problems.push('method must be GET, POST, PUT or DELETE')
      }
      const status = f['status']
      if (
        status !== undefined &&
        (typeof status !== 'number' ||
          !Number.isInteger(status) ||
          (status !== 0 && (status < 100 || status > 599)))
      ) {
        problems.push('status must be 0 or an HTTP status 100-599')
      }
      const delay = f['delayMs']
      if (
        delay !== undefined &&
        (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0 || delay > 120_000)
      ) {
        problems.push('delayMs must be an integer 0-120000')
      }
      const count = f['count']
      if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 1)) {
        problems.push('count must be a positive integer')
      }
      if (status === undefined && delay === undefined) problems.push('give status and/or delayMs')
      if (problems.length) return json({ error: problems.join('; ') }, 400)
      const fault: Fault = {
        method: typeof f['method'] === 'string' ? f['method'].toUpperCase() : null,
        path: f['path'] as string,
        status: typeof status === 'number' ? status : null,
        delayMs: typeof delay === 'number' ? delay : 0,
        count: typeof count === 'number' ? count : 1,
      }
      faults.push(fault)
      return json(fault, 201)
    }
    if (path === '/__mock/requests') {
      if (method === 'DELETE') {
        log = []
        return new Response(null, { status: 204 })
      }
      if (method !== 'GET') return notAllowed()
      return json(log)
    }
    const sm = /^\/__mock\/state\/([^/]+)$/.exec(path)
    if (sm) {
      if (method !== 'GET') return notAllowed()
      let id: string
      try {
        id = decodeURIComponent(sm[1] ?? '')
      } catch {
        return json({ error: 'no such persona' }, 404)
      }
      const u = ctx.state.users.find((x) => x.userName === id)
      if (!u) return json({ error: 'no such persona' }, 404)
      return json(snapshot(u))
    }
    return json({ error: 'not found' }, 404)
  }

  function takeFault(method: string, path: string): Fault | null {
    for (const f of faults) {
      if (f.count <= 0) continue
      if (f.method && f.method !== method) continue
      const match = f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : path === f.path
      if (!match) continue
      f.count--
      faults = faults.filter((x) => x.count > 0)
      return f
    }
    return null
  }

  const app = new Hono()

  app.all('*', async (c) => {
    const req = c.req.raw
    const url = new URL(req.url)
    const rawPath = url.pathname
    const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath
    const method = req.method.toUpperCase()
    const origin = req.headers.get('origin')
    const cors = corsHeaders(origin)
    const kind = apiOf(path)
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
    const ip = (env?.incoming?.socket?.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '')
    const logged = kind === 'uds' || kind === 'cupi'
    const record = (status: number) => {
      if (!logged) return
      log.push({
        method,
        path: url.pathname + url.search,
        status,
        user: basicUser(req.headers.get('authorization'))?.user ?? null,
        at: opts.now().toISOString(),
        preflight: method === 'OPTIONS',
      })
    }

    if (kind === 'control' && !opts.control) {
      return withHeaders(errorFor('uds', 404), cors)
    }

    if (method === 'OPTIONS') {
      await sleep(opts.latencyMs)
      const h: Record<string, string> = { ...cors }
      if (cors['Access-Control-Allow-Origin']) {
        h['Access-Control-Allow-Methods'] = 'GET, POST, PUT, DELETE, OPTIONS'
        h['Access-Control-Allow-Headers'] = 'Authorization, Accept, Content-Type'
      }
      h['Allow'] = 'GET, POST, PUT, DELETE, OPTIONS'
      record(204)
      return new Response(null, { status: 204, headers: h })
    }

    if (kind === 'control') return withHeaders(await control(req, path), cors)

    const api: Api = kind ?? 'uds'
    const fault = logged ? takeFault(method, path) : null
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
        return withHeaders(res, cors)
      }
    }

    let res: Response
    if (!kind) res = errorFor('uds', 404)
    else {
      try {
        res = await dispatch(req, url, path, api, ip)
      } catch (e) {
        console.error('[mock] internal error:', e instanceof Error ? e.message : e)
        res = errorFor(api, 500)
      }
    }
    await sleep(opts.latencyMs)
    record(res.status)
    return withHeaders(res, cors)
  })

  app.onError((err) => {
    throw err
  })

  return {
    app,
    fetch: async (req: Request) => app.fetch(req),
    reset,
  }
}
