/**
 * The control routes under `/__mock` (tests and demos, never the portal): reset, faults, the request
 * log, state snapshots and the secret check. Absent when the mock runs with control off.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import { MAX_BODY_BYTES } from './context.ts'
import { readFault, type FaultList } from './faults.ts'
import type { RequestLog } from './request-log.ts'
import { SECRETS, snapshot, type SecretName } from './snapshot.ts'
import type { State } from '../model/types.ts'

export interface Control {
  reset(): void
  state(): State
  faults: FaultList
  log: RequestLog
  /** Bearer token every control request must carry (null: none needed). */
  token: string | null
}

export function json(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value, null, 2), {
    status,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers },
  })
}

const noContent = () => new Response(null, { status: 204 })

/** Reads a JSON object body (400 / 413 answers as the error). */
async function jsonBody(req: Request): Promise<unknown | Response> {
  try {
    const text = await req.text()
    if (text.length > MAX_BODY_BYTES) return json({ error: 'too large' }, 413)
    return JSON.parse(text)
  } catch {
    return json({ error: 'body must be JSON' }, 400)
  }
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/**
 * Control requests from a web page of another origin are refused (a cross-site `text/plain` POST
 * could otherwise arm faults or reset state, and an allow-listed portal could read secrets' state);
 * tests and curl send no `Origin`. With a token configured, it is required as a Bearer token.
 */
function guard(control: Control, req: Request): Response | null {
  const origin = req.headers.get('origin')
  const url = new URL(req.url)
  if (origin !== null && origin !== `${url.protocol}//${url.host}`)
    return json({ error: 'control routes do not answer web pages of other origins' }, 403)
  if (control.token === null) return null
  const m = /^Bearer ([!-~]+)$/.exec(req.headers.get('authorization') ?? '')
  if (m?.[1] && sameSecret(m[1], control.token)) return null
  return json({ error: 'control routes need the control token (Authorization: Bearer …)' }, 401, {
    'WWW-Authenticate': 'Bearer realm="mock control"',
  })
}

export function controlApp(control: Control): Hono {
  const app = new Hono()
  app.use('*', async (c, next) => {
    const refused = guard(control, c.req.raw)
    if (refused) return refused
    await next()
  })
  const notAllowed = () => json({ error: 'method not allowed' }, 405)
  /** Methods of one control route; a method it does not offer (HEAD included) → 405. */
  const route = (path: string, methods: Record<string, (req: Request) => Response | Promise<Response>>) => {
    app.all(path, (c) => methods[c.req.method.toUpperCase()]?.(c.req.raw) ?? notAllowed())
  }

  route('/reset', {
    POST: () => {
      control.reset()
      return noContent()
    },
  })
  route('/health', {
    GET: () => new Response('ok', { status: 200, headers: { 'Content-Type': 'text/plain; charset=UTF-8' } }),
  })
  route('/faults', {
    GET: () => json(control.faults.list(), 200, control.faults.headers()),
    DELETE: () => {
      control.faults.clear()
      return noContent()
    },
    POST: async (req) => {
      const raw = await jsonBody(req)
      if (raw instanceof Response) return raw
      const fault = readFault(raw)
      if (typeof fault === 'string') return json({ error: fault }, 400)
      control.faults.add(fault)
      return json(fault, 201)
    },
  })
  route('/requests', {
    GET: () => json(control.log.list(), 200, control.log.headers()),
    DELETE: () => {
      control.log.clear()
      return noContent()
    },
  })
  app.all('/state/:userId', (c) => {
    if (c.req.method.toUpperCase() !== 'GET') return notAllowed()
    let id: string
    try {
      id = decodeURIComponent(c.req.path.slice('/__mock/state/'.length))
    } catch {
      return json({ error: 'no such persona' }, 404)
    }
    const u = control.state().users.find((x) => x.userName === id)
    return u ? json(snapshot(u)) : json({ error: 'no such persona' }, 404)
  })
  route('/check-secret', {
    POST: async (req) => {
      const raw = await jsonBody(req)
      if (raw instanceof Response) return raw
      const { userId, secret, candidate } = (raw ?? {}) as Record<string, unknown>
      if (
        typeof userId !== 'string' ||
        typeof candidate !== 'string' ||
        !Object.hasOwn(SECRETS, String(secret))
      )
        return json(
          { error: 'give userId, secret (password, pin or voicemailPin) and candidate as strings' },
          400,
        )
      const u = control.state().users.find((x) => x.userName === userId)
      if (!u) return json({ error: 'no such persona' }, 404)
      return json({ matches: SECRETS[secret as SecretName](u) === candidate })
    },
  })
  app.all('*', () => json({ error: 'not found' }, 404))
  return app
}
