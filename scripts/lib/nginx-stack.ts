/**
 * The portal behind nginx in front of the mock, wired as a deployment would be: the settings an
 * administrator would write, generated into a site (nginx-config.ts), nginx run in a folder of its own
 * (nginx-run.ts). Shared by `npm run preview:nginx`, the end-to-end smoke project and the benchmark.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MockOptions } from '../../mock-server/app.ts'
import { startMockServer, type RunningMock } from '../../mock-server/server.ts'
import { nginxSite, type Mode, type NginxSettings } from './nginx-config.ts'
import { nginxDir, startNginx, type RunningNginx } from './nginx-run.ts'
import { PORTAL_ROUTES } from './portal-routes.ts'

export interface NginxStackOptions {
  mode: Mode
  /** Same-origin mode: the mock speaks https with a certificate made at start, which nginx verifies. */
  tls?: boolean
  /** nginx's port (on 127.0.0.1). */
  port: number
  /** The mock's port (0: any free one). */
  mockPort: number
  distDir?: string
  credentialRate?: NginxSettings['credentialRate']
  portal?: NginxSettings['portal']
  mock?: Partial<MockOptions>
}

export interface NginxStack {
  portalUrl: string
  mockUrl: string
  mockServer: RunningMock
  nginx: RunningNginx
  settings: NginxSettings
  close(): Promise<void>
}

const HOST = '127.0.0.1'

export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url))

export async function startNginxStack(o: NginxStackOptions): Promise<NginxStack> {
  const distDir = resolve(o.distDir ?? DIST_DIR)
  const tls = o.mode === 'same-origin' && Boolean(o.tls)
  const portalUrl = `http://${HOST}:${o.port}`
  const mockServer = await startMockServer({
    ...o.mock,
    port: o.mockPort,
    // With TLS the proxy checks the certificate's name, localhost, so the mock answers on both of
    // localhost's addresses; without, on 127.0.0.1 only.
    host: tls ? undefined : HOST,
    tls,
    // The portal's origin by either name (the preview prints localhost).
    corsOrigins: o.mode === 'cors' ? [portalUrl, `http://localhost:${o.port}`] : [],
  })
  const dir = nginxDir()
  const mockUrl = tls ? `https://localhost:${mockServer.port}` : `http://${HOST}:${mockServer.port}`
  const settings: NginxSettings = {
    mode: o.mode,
    serverName: 'localhost',
    port: o.port,
    listenAddress: HOST,
    tls: null,
    distDir,
    installDir: dir,
    udsUrl: `${mockUrl}/cucm-uds`,
    cupiUrl: `${mockUrl}/vmrest`,
    upstreamCaFile: tls ? join(dir, 'mock-ca.pem') : undefined,
    credentialRate: o.credentialRate,
    portal: o.portal,
  }
  const files = nginxSite(settings, {
    config: JSON.parse(readFileSync(join(distDir, 'config.json'), 'utf8')) as Record<string, unknown>,
    indexHtml: readFileSync(join(distDir, 'index.html'), 'utf8'),
    routes: PORTAL_ROUTES,
  })
  let nginx: RunningNginx
  try {
    if (tls) writeFileSync(join(dir, 'mock-ca.pem'), mockServer.certificate ?? '')
    nginx = await startNginx({ files, dir, host: HOST, port: o.port })
  } catch (error) {
    await mockServer.close()
    throw error
  }
  return {
    portalUrl: nginx.url,
    mockUrl,
    mockServer,
    nginx,
    settings,
    close: async () => void (await Promise.all([nginx.stop(), mockServer.close()])),
  }
}
