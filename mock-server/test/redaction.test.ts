/**
 * The mock never prints a secret a real server keeps to itself: snapshots show "set (n characters)",
 * the request log redacts secret query values, and tests ask `POST /__mock/check-secret` instead.
 */
import { describe, expect, it } from 'vitest'
import { BASE, setup } from './helpers.ts'

const U = '/cucm-uds/user/demo'

describe('secrets', () => {
  it('a snapshot shows the password and both PINs only as set, with their length', async () => {
    const c = setup()
    const fresh = await (await c.mock.fetch(new Request(`${BASE}/__mock/state/demo`))).text()
    expect(fresh).not.toMatch(/12345|24680|"password": "demo"/)
    const before = await c.state()
    expect([before.password, before.pin, before.voicemailPin]).toEqual([
      'set (4 characters)',
      'set (5 characters)',
      'set (5 characters)',
    ])
    await c.put(`${U}/credentials`, '<credentials><credential type="pin">80417</credential></credentials>')
    await c.put(
      `${U}/credentials`,
      '<credentials><credential type="password">Blue ferret 7 skies 😀</credential></credentials>',
    )
    await c.call('PUT', '/vmrest/user/credential/pin?newpin=975310', { password: 'Blue ferret 7 skies 😀' })
    const res = await c.mock.fetch(new Request(`${BASE}/__mock/state/demo`))
    const text = await res.text()
    for (const secret of ['80417', 'Blue ferret', '975310']) expect(text).not.toContain(secret)
    const after = JSON.parse(text)
    expect([after.password, after.pin, after.voicemailPin]).toEqual([
      'set (21 characters)',
      'set (5 characters)',
      'set (6 characters)',
    ])
  })

  it('check-secret answers whether a secret equals a candidate, and nothing more', async () => {
    const c = setup()
    expect(await c.secretIs('pin', '12345')).toBe(true)
    expect(await c.secretIs('pin', '1234')).toBe(false)
    expect(await c.secretIs('voicemailPin', '24680')).toBe(true)
    expect(await c.secretIs('password', 'demo')).toBe(true)
    expect(await c.secretIs('password', 'DEMO')).toBe(false)
    expect(await c.secretIs('pin', '12345', 'ldap')).toBe(true)
    const post = (body: unknown) =>
      c.mock.fetch(new Request(`${BASE}/__mock/check-secret`, { method: 'POST', body: JSON.stringify(body) }))
    expect((await post({ userId: 'nobody', secret: 'pin', candidate: '1' })).status).toBe(404)
    for (const bad of [
      { userId: 'demo', secret: 'email', candidate: 'x' },
      { userId: 'demo', secret: 'toString', candidate: 'x' },
      { userId: 'demo', secret: 'pin', candidate: 12345 },
      { secret: 'pin', candidate: '12345' },
      null,
    ])
      expect((await post(bad)).status, JSON.stringify(bad)).toBe(400)
    const get = await c.mock.fetch(new Request(`${BASE}/__mock/check-secret`))
    expect(get.status).toBe(405)
  })

  it('the request log redacts newpin, password and any other secret query value', async () => {
    const c = setup()
    await c.call('PUT', '/vmrest/user/credential/pin?newpin=975310', {})
    const accounts = await c.get('/vmrest/user/externalserviceaccounts')
    const id = accounts.xml.UserExternalServiceAccounts.UserExternalServiceAccount[1].ObjectId
    await c.call('PUT', `/vmrest/user/externalserviceaccounts/${id}?password=hunter2-secret`, {})
    await c.get('/cucm-uds/users?last=Mor&PassCode=4711&x%20pin=8&name=a%zz')
    const log = (await (await c.mock.fetch(new Request(`${BASE}/__mock/requests`))).json()) as {
      path: string
    }[]
    expect(log.map((e) => e.path)).toEqual([
      '/vmrest/user/credential/pin?newpin=REDACTED',
      '/vmrest/user/externalserviceaccounts',
      `/vmrest/user/externalserviceaccounts/${id}?password=REDACTED`,
      '/cucm-uds/users?last=Mor&PassCode=REDACTED&x%20pin=REDACTED&name=a%zz',
    ])
    expect(JSON.stringify(log)).not.toMatch(/975310|hunter2|4711/)
  })
})
