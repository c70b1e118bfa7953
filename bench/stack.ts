/**
 * A private mock UDS/CUPI server and a server for the built portal, on free ports, for one benchmark
 * phase. Same wiring as the end-to-end fixtures (e2e/support/fixtures.ts): two origins, real CORS.
 */
import { createServer } from 'node:net'
import { startMockServer } from '../mock-server/server.ts'
import type { MockApp, RequestLogEntry } from '../mock-server/app.ts'
import { startPortalServer } from '../scripts/serve-dist.ts'

export interface Stack {
  portalUrl: string
  mockUrl: string
  mock: MockApp
  /** The UDS/CUPI requests the mock received since the last clear (the mock's own log). */
  requests(): Promise<RequestLogEntry[]>
  clearRequests(): Promise<void>
  close(): Promise<void>
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export async function startStack(options: { latencyMs?: number } = {}): Promise<Stack> {
  const host = '127.0.0.1'
  const portalPort = await freePort(host)
  const portalOrigin = `http://${host}:${portalPort}`
  const mockServer = await startMockServer({
    port: 0,
    host,
    corsOrigins: [portalOrigin],
    latencyMs: options.latencyMs ?? 0,
  })
  const portal = await startPortalServer({
    port: portalPort,
    host,
    config: { udsBaseUrl: `${mockServer.url}/cucm-uds`, cupiBaseUrl: `${mockServer.url}/vmrest` },
  })
  const control = (path: string, init?: RequestInit) =>
    mockServer.mock.fetch(new Request(`${mockServer.url}${path}`, init))
  return {
    portalUrl: portal.url,
    mockUrl: mockServer.url,
    mock: mockServer.mock,
    requests: async () => (await (await control('/__mock/requests')).json()) as RequestLogEntry[],
    clearRequests: async () => void (await control('/__mock/requests', { method: 'DELETE' })),
    close: async () => void (await Promise.all([portal.close(), mockServer.close()])),
  }
}
