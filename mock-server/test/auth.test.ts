import { describe, expect, it } from 'vitest'
import { BASE, DEMO, setup } from './helpers.ts'

const U = '/cucm-uds/user/demo'

describe('auth, isolation, lockout', () => {
  it('no/wrong credentials → 401 with the Basic challenge', async () => {
    const c = setup()
    const r = await c.get(U, null)
    expect(r.status).toBe(401)
    expect(r.headers.get('www-authenticate')).toBe('Basic realm="Cisco Web Services Realm"')
    expect(r.headers.get('content-type')).toContain('text/plain')
    expect((await c.call('GET', U, { password: 'nope' })).status).toBe(401)
    expect((await c.get('/cucm-uds/user/locked', 'locked')).status).toBe(401)
  })

  it('A never reaches B: 401 for every /user/B path', async () => {
    const c = setup()
    const paths = [
      '',
      '/devices',
      `/device/${DEMO.desk}`,
      '/extensions',
      `/extension/${DEMO.line1}`,
      '/speedDials',
      '/remoteDestinations',
      `/remoteDestination/${DEMO.rd}`,
      '/subscribedServices',
      '/credentials',
      '/conferencing',
      `/device/${DEMO.desk}/speedDials`,
      `/device/${DEMO.desk}/extensions`,
    ]
    for (const p of paths) {
      const r = await c.get(`/cucm-uds/user/demo${p}`, 'ldap')
      expect(r.status, p).toBe(401)
      expect(r.text).not.toContain('Dana')
      expect((await c.put(`/cucm-uds/user/demo${p}`, '<user/>', 'ldap')).status).toBeGreaterThanOrEqual(401)
    }
    expect(
      (await c.get('/vmrest/users/c0ffee00-0001-4a5b-9c8d-000000000001/credential/pin', 'ldap')).status,
    ).toBe(401)
  })

  it('locks after N wrong passwords until reset; success resets the count', async () => {
    let now = new Date('2026-01-01T00:00:00Z')
    const c = setup({ lockoutAttempts: 3, lockoutMinutes: 30, now: () => now })
    await c.call('GET', U, { password: 'x' })
    await c.call('GET', U, { password: 'x' })
    expect((await c.get(U)).status).toBe(200) // resets the run
    for (let i = 0; i < 3; i++) await c.call('GET', U, { password: 'x' })
    expect((await c.get(U)).status).toBe(401)
    expect((await c.state()).login.lockedUntil).toBe('2026-01-01T00:30:00.000Z')
    now = new Date('2026-01-01T00:31:00Z')
    expect((await c.get(U)).status).toBe(200)
    for (let i = 0; i < 3; i++) await c.call('GET', U, { password: 'x' })
    expect((await c.get(U)).status).toBe(401)
    await c.mock.fetch(new Request(`${BASE}/__mock/reset`, { method: 'POST' }))
    expect((await c.get(U)).status).toBe(200)
  })

  it('visitor: reads work, every UDS write is 409 before validation; CUPI writes allowed', async () => {
    const c = setup()
    const V = '/cucm-uds/user/visitor'
    expect((await c.get(V, 'visitor')).xml.user.homeCluster['#text']).toBe('false')
    expect((await c.put(V, 'garbage', 'visitor')).status).toBe(409)
    expect((await c.post(`${V}/speedDials`, '<x/>', 'visitor')).status).toBe(409)
    expect((await c.del(`${V}/speedDials?index=1`, 'visitor')).status).toBe(409)
    expect((await c.call('PUT', '/vmrest/user/credential/pin?newpin=8642', { user: 'visitor' })).status).toBe(
      204,
    )
  })
})
