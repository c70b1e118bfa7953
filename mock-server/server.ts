/** Run the mock over real HTTP(S) with @hono/node-server. */
import { createAdaptorServer } from '@hono/node-server'
import type { IncomingMessage, Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { createMockApp, DroppedConnection, type MockApp, type MockOptions } from './app.ts'
import { isWildcard, namesForListenHost } from './http/hosts.ts'

export interface StartOptions extends Partial<MockOptions> {
  port?: number
  host?: string
  tls?: boolean
}

export interface RunningMock {
  url: string
  port: number
  mock: MockApp
  /** With `tls`: the self-signed certificate (PEM) made at start, for a client or proxy to trust. */
  certificate?: string
  close(): Promise<void>
}

async function selfSignedCert(): Promise<{ key: string; cert: string }> {
  const { generate } = await import('selfsigned')
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  } as Parameters<typeof generate>[1])
  return { key: pems.private, cert: pems.cert }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening)
      reject(err)
    }
    const onListening = () => {
      server.off('error', onError)
      resolve()
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen({ port, host, ipv6Only: false })
  })
}

/**
 * Start a mock server. By default it listens on loopback only, 127.0.0.1 and (where the machine has
 * IPv6) ::1 on the same port, so http://localhost:PORT and http://127.0.0.1:PORT both work and nothing
 * else on the network can reach it. `host` listens there instead (e.g. `0.0.0.0` to expose it).
 * `port: 0` picks a free port.
 */
export async function startMockServer(o: StartOptions = {}): Promise<RunningMock> {
  const { port = 8443, host, tls = false, ...mockOptions } = o
  const mock = createMockApp({
    ...mockOptions,
    allowedHosts: [...(mockOptions.allowedHosts ?? []), ...namesForListenHost(host)],
  })
  const sockets = new Set<Socket>()
  const fetch = async (req: Request, env: unknown) => {
    try {
      return await mock.app.fetch(req, env)
    } catch (e) {
      if (e instanceof DroppedConnection) {
        const incoming = (env as { incoming?: IncomingMessage }).incoming
        incoming?.socket.destroy()
        return new Response(null, { status: 503 })
      }
      throw e
    }
  }
  const serverOptions = tls ? await selfSignedCert() : undefined
  const servers: Server[] = []
  const newServer = () => {
    const server = (
      serverOptions
        ? createAdaptorServer({ fetch, createServer: createHttpsServer, serverOptions })
        : createAdaptorServer({ fetch })
    ) as Server
    for (const event of ['connection', 'secureConnection'])
      server.on(event, (s: Socket) => {
        sockets.add(s)
        s.on('close', () => sockets.delete(s))
      })
    servers.push(server)
    return server
  }
  await listen(newServer(), port, host ?? '127.0.0.1')
  const actual = (servers[0]!.address() as AddressInfo).port
  let both = false
  if (host === undefined) {
    try {
      await listen(newServer(), actual, '::1')
      both = true
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'EAFNOSUPPORT' && code !== 'EADDRNOTAVAIL') throw e
      servers.pop()
    }
  }
  const shown = host ?? '127.0.0.1'
  const shownHost = both
    ? 'localhost'
    : isWildcard(shown)
      ? 'localhost'
      : shown.includes(':')
        ? `[${shown}]`
        : shown
  const url = `${tls ? 'https' : 'http'}://${shownHost}:${actual}`
  let closed: Promise<void> | null = null
  return {
    url,
    port: actual,
    mock,
    certificate: serverOptions?.cert,
    close() {
      closed ??= Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve())
              server.closeAllConnections?.()
            }),
        ),
      ).then(() => undefined)
      for (const s of sockets) s.destroy()
      return closed
    },
  }
}
