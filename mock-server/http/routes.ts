/**
 * How a resource module declares its routes: a Hono sub-app per API (UDS, CUPI), one Hono method
 * handler per method a resource offers, and a fallback on the same pattern that answers 405 with
 * `Allow`. The wrapper does what every route shares: path decoding, Basic auth, "own data only",
 * the JSESSIONID cookie, home-cluster writes, and turning thrown errors into the API's error answer.
 */
import { Hono, type Context } from 'hono'
import type { Persona } from '../model/types.ts'
import { authenticate } from './auth.ts'
import { addHeaders } from './cors.ts'
import { MAX_BODY_BYTES, type Ctx, type Handler, type Methods, type Rq } from './context.ts'
import { BadInput, TooLarge, errorFor, errorResponse, type Api } from './errors.ts'

/** Who may call a route. */
type Access = 'public' | 'signedIn' | 'own'

export interface ApiRouter {
  readonly ctx: Ctx
  /** Routes anyone may call. */
  public(path: string, methods: Methods): void
  /** Routes that need Basic credentials. */
  signedIn(path: string, methods: Methods): void
  /**
   * `/user/:user…`: only the signed-in user's own data (any other user ID → 401), and writes only
   * for users whose home cluster this is (else 409, before the body is read).
   */
  own(path: string, methods: Methods): void
}

/** Client address from @hono/node-server's bindings (in-process calls count as loopback). */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return (env?.incoming?.socket?.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '')
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
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

/** A Hono app for one API whose routes run through the shared wrapper. */
export function apiRouter(api: Api, ctx: Ctx, sessionCookie: () => string): { app: Hono; router: ApiRouter } {
  const app = new Hono()

  async function run(c: Context, method: string, handler: Handler, access: Access): Promise<Response> {
    const req = c.req.raw
    if (!decodes(c.req.path)) return errorFor(api, 404)
    const ip = clientIp(c)
    let user: Persona | undefined
    let cookie: string | undefined
    if (access !== 'public') {
      const a = authenticate(ctx, req, api, ip)
      if (a instanceof Response) return a
      user = a
      if (access === 'own' && c.req.param('user') !== user.userName) {
        return errorFor(api, 401, 'Not authorized for this user')
      }
      cookie = sessionCookie()
      if (access === 'own' && method !== 'GET' && !user.homeCluster) {
        return errorFor(api, 409, 'Updates are only allowed on the home cluster of the user')
      }
    }
    const url = new URL(req.url)
    const rq: Rq = {
      ctx,
      req,
      url,
      param: (name) => c.req.param(name) ?? '',
      user: user as Persona,
      base: `${url.protocol}//${url.host}`,
      ip,
      text: () => readBody(req),
    }
    try {
      const res = await handler(rq)
      return cookie ? addHeaders(res, { 'Set-Cookie': cookie }) : res
    } catch (e) {
      return errorResponse(api, e)
    }
  }

  function add(path: string, methods: Methods, access: Access): void {
    const allow = [...Object.keys(methods), 'OPTIONS'].join(', ')
    const notAllowed = () => errorFor(api, 405, undefined, { Allow: allow })
    for (const [method, handler] of Object.entries(methods)) {
      // Hono routes HEAD to GET handlers; this API has no HEAD, so it gets the 405 any other method gets.
      app.on(method, path, (c) => (c.req.method === method ? run(c, method, handler, access) : notAllowed()))
    }
    app.all(path, notAllowed)
  }

  return {
    app,
    router: {
      ctx,
      public: (path, methods) => add(path, methods, 'public'),
      signedIn: (path, methods) => add(path, methods, 'signedIn'),
      own: (path, methods) => add(`/user/:user${path}`, methods, 'own'),
    },
  }
}
