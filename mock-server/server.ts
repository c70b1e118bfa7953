/** Run the mock over real HTTP(S) with @hono/node-server. */
import { createAdaptorServer } from '@hono/node-server'
import type { IncomingMessage, Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { createMockApp, DroppedConnection, type MockApp, type MockOptions } from './app.ts'

export interface StartOptions extends Partial<MockOptions> {
  port?: number
  host?: string
  tls?: boolean
}

export interface RunningMock {
  url: string
  port: number
  mock: MockApp
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
 * Start a mock server. Default host `::` (dual stack) so both http://localhost:PORT and
 * http://127.0.0.1:PORT work; falls back to 0.0.0.0 where IPv6 is unavailable. `port: 0` picks a free port.
 */
export async function startMockServer(o: StartOptions = {}): Promise<RunningMock> {
  const { port = 8443, host, tls = false, ...mockOptions } = o
  const mock = createMockApp(mockOptions)
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
  const server = (
    tls
      ? createAdaptorServer({ fetch, createServer: createHttpsServer, serverOptions: await selfSignedCert() })
      : createAdaptorServer({ fetch })
  ) as Server
  server.on('connection', (s: Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  server.on('secureConnection', (s: Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  let boundHost = host ?? '::'
  try {
    await listen(server, port, boundHost)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (host === undefined && (code === 'EAFNOSUPPORT' || code === 'EADDRNOTAVAIL')) {
      boundHost = '0.0.0.0'
      await listen(server, port, boundHost)
    } else throw e
  }
  const actual = (server.address() as AddressInfo).port
  const wildcard = boundHost === '::' || boundHost === '0.0.0.0'
  const shownHost = wildcard ? 'localhost' : boundHost.includes(':') ? `[${boundHost}]` : boundHost
  const url = `${tls ? 'https' : 'http'}://${shownHost}:${actual}`
  let closed: Promise<void> | null = null
  return {
    url,
    port: actual,
    mock,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections?.()
        for (const s of sockets) s.destroy()
      })
      return closed
    },
  }
}
