import { describe, expect, it } from 'vitest'
import { BASE, ORIGIN, auth, setup } from './helpers.ts'

const U = '/cucm-uds/user/demo'

describe('CORS', () => {
  const req = (method: string, path: string, headers: Record<string, string>) =>
    new Request(BASE + path, { method, headers })

  it('allowed origin on success and error responses; disallowed gets none', async () => {
    const c = setup()
    for (const [path, h, status] of [
      ['/cucm-uds/version', {}, 200],
      [U, {}, 401],
      ['/cucm-uds/nope', {}, 404],
      [U, auth(), 200],
    ] as const) {
      const r = await c.mock.fetch(req('GET', path, { Origin: ORIGIN, ...h }))
      expect(r.status).toBe(status)
      expect(r.headers.get('access-control-allow-origin')).toBe(ORIGIN)
      expect(r.headers.get('access-control-allow-credentials')).toBe('true')
      expect(r.headers.get('vary')).toContain('Origin')
      expect(r.headers.get('access-control-expose-headers')).toBe('Retry-After, Location')
      expect(r.headers.get('access-control-max-age')).toBe('1800')
    }
    const bad = await c.mock.fetch(req('GET', '/cucm-uds/version', { Origin: 'http://evil.example' }))
    expect(bad.status).toBe(200)
    expect(bad.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('preflight: 204, no auth, explicit headers, counted in the log', async () => {
    const c = setup()
    const r = await c.mock.fetch(
      req('OPTIONS', `${U}/speedDials`, {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization, content-type, x-evil',
      }),
    )
    expect(r.status).toBe(204)
    expect(r.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(r.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, DELETE, OPTIONS')
    expect(r.headers.get('access-control-allow-headers')).toBe('Authorization, Accept, Content-Type')
    const bad = await c.mock.fetch(
      req('OPTIONS', U, { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'GET' }),
    )
    expect(bad.headers.get('access-control-allow-origin')).toBeNull()
    const log = await (await c.mock.fetch(req('GET', '/__mock/requests', {}))).json()
    expect(log[0]).toMatchObject({
      method: 'OPTIONS',
      path: `${U}/speedDials`,
      status: 204,
      user: null,
      preflight: true,
    })
  })

  it('control routes answer CORS, but refuse the page (even an allow-listed one) with 403', async () => {
    const c = setup()
    const r = await c.mock.fetch(req('POST', '/__mock/reset', { Origin: ORIGIN }))
    expect(r.status).toBe(403)
    expect(r.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  })

  it('Access-Control-Max-Age is an option (MOCK_CORS_MAX_AGE)', async () => {
    const c = setup({ corsMaxAge: 5 })
    const r = await c.mock.fetch(
      req('OPTIONS', U, { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' }),
    )
    expect(r.headers.get('access-control-max-age')).toBe('5')
  })
})
