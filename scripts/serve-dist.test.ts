import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortalServer, type PortalServer } from './serve-dist.ts'

/** A raw GET (no client-side normalisation of the path), with the status, headers and body. */
function get(server: PortalServer, path: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, agent: false }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      })
      req.on('error', reject)
      req.end()
    },
  )
}

describe('serve-dist', () => {
  let root: string
  let server: PortalServer

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-dist-'))
    const dist = join(root, 'dist')
    mkdirSync(join(dist, 'assets'), { recursive: true })
    writeFileSync(join(dist, 'index.html'), '<html><head><title>portal</title></head><body></body></html>')
    writeFileSync(
      join(dist, 'config.json'),
      JSON.stringify({ udsBaseUrl: 'https://cucm.example.com/cucm-uds' }),
    )
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("app")')
    mkdirSync(join(root, 'dist-secret'))
    writeFileSync(join(root, 'dist-secret', 'key.txt'), 'SECRET-KEY')
    writeFileSync(join(root, 'outside.txt'), 'OUTSIDE')
    server = await startPortalServer({ port: 0, distDir: dist })
  })

  afterAll(async () => {
    await server.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('answers a malformed % escape with 400 and keeps serving', async () => {
    for (const path of ['/%', '/%zz', '/assets/%E0%A4%A', '/speed-dials/%'])
      expect((await get(server, path)).status, path).toBe(400)
    expect((await get(server, '/assets/app.js')).status).toBe(200)
  })

  it('never serves a file outside dist/, not even a sibling folder whose name starts with dist', async () => {
    for (const path of [
      '/..%2fdist-secret%2fkey.txt',
      '/%2e%2e%2fdist-secret%2fkey.txt',
      '/assets/..%2f..%2fdist-secret%2fkey.txt',
      '/..%2foutside.txt',
      '/../dist-secret/key.txt',
      '/..%5cdist-secret%5ckey.txt',
    ]) {
      const res = await get(server, path)
      expect(res.body, path).not.toMatch(/SECRET-KEY|OUTSIDE/)
      expect([200, 404], path).toContain(res.status)
    }
    expect((await get(server, '/assets/app.js')).body).toContain('app')
  })

  it("sends frame-ancestors 'none' and Referrer-Policy: no-referrer as headers on every answer", async () => {
    for (const path of [
      '/',
      '/speed-dials',
      '/assets/app.js',
      '/config.json',
      '/%zz',
      '/assets/missing.js',
    ]) {
      const res = await get(server, path)
      expect(res.headers['content-security-policy'], path).toBe("frame-ancestors 'none'")
      expect(res.headers['referrer-policy'], path).toBe('no-referrer')
    }
  })
})
