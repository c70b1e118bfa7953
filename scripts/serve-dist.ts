/**
 * Serves the built portal (dist/) the way a static web host would, for previews, end-to-end tests and
 * benchmarks. It can point the portal at other API servers without a rebuild: /config.json is answered
 * from the given config and index.html's CSP is rewritten to match (as a deployment would).
 *
 *   tsx scripts/serve-dist.ts [--port 4173] [--host 127.0.0.1] [--uds URL] [--cupi URL]
 */
import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apiOrigins, contentSecurityPolicy, withCsp } from './lib/csp.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

export interface PortalServerOptions {
  port?: number
  host?: string
  distDir?: string
  /** Replaces dist/config.json (merged over it). */
  config?: Record<string, unknown>
  /** More origins the CSP lets the page connect to (tests that point the portal elsewhere). */
  extraConnectOrigins?: string[]
}

export interface PortalServer {
  url: string
  port: number
  close(): Promise<void>
}

export async function startPortalServer(options: PortalServerOptions = {}): Promise<PortalServer> {
  const distDir = resolve(options.distDir ?? fileURLToPath(new URL('../dist', import.meta.url)))
  const baseConfig = JSON.parse(await readFile(join(distDir, 'config.json'), 'utf8')) as Record<
    string,
    unknown
  >
  const config = { ...baseConfig, ...options.config }
  const policy = contentSecurityPolicy(
    apiOrigins(config as { udsBaseUrl: string; cupiBaseUrl?: string }, options.extraConnectOrigins),
  )
  const indexHtml = withCsp(await readFile(join(distDir, 'index.html'), 'utf8'), policy)
  const configJson = JSON.stringify(config, null, 2)

  const server: Server = createServer(async (req, res) => {
    // What a deployment sends as headers (a meta tag cannot carry frame-ancestors): no framing, no referrer.
    const common = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': "frame-ancestors 'none'",
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      res.writeHead(400, { ...common, 'Content-Type': TYPES['.txt'] }).end('Bad request: malformed % escape')
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...common, Allow: 'GET, HEAD' }).end()
      return
    }
    if (pathname === '/config.json') {
      res
        .writeHead(200, { ...common, 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-cache' })
        .end(configJson)
      return
    }
    // Resolved, then checked to lie inside dist/ (a sibling such as dist-old/ shares the prefix).
    const file = resolve(distDir, `.${pathname}`)
    const inside = file.startsWith(distDir + sep)
    if (!inside && pathname.includes('..')) {
      res.writeHead(404, { ...common, 'Content-Type': TYPES['.txt'] }).end('Not found')
      return
    }
    if (inside && pathname !== '/' && pathname !== '/index.html') {
      try {
        if ((await stat(file)).isFile()) {
          const body = await readFile(file)
          const immutable = pathname.startsWith('/assets/')
          res
            .writeHead(200, {
              ...common,
              'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
              'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
            })
            .end(req.method === 'HEAD' ? undefined : body)
          return
        }
      } catch {
        // not a file: fall through to the app (client-side routes) or a 404 for asset paths
      }
      if (pathname.startsWith('/assets/')) {
        res.writeHead(404, { ...common, 'Content-Type': TYPES['.txt'] }).end('Not found')
        return
      }
    }
    res
      .writeHead(200, { ...common, 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' })
      .end(req.method === 'HEAD' ? undefined : indexHtml)
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 4173, options.host ?? '127.0.0.1', () => ok())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4173)
  const host = options.host ?? '127.0.0.1'
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok())
        server.closeAllConnections()
      }),
  }
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const uds = flag('uds')
  const cupi = flag('cupi')
  const config: Record<string, unknown> = {}
  if (uds) config.udsBaseUrl = uds
  if (cupi) config.cupiBaseUrl = cupi
  const server = await startPortalServer({
    port: Number(flag('port') ?? process.env.PORT ?? 4173),
    host: flag('host') ?? '127.0.0.1',
    config,
  })
  console.log(`Portal (built) at ${server.url}`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
