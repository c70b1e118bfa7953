import { describe, expect, it } from 'vitest'
import { BASE, ORIGIN, setup } from './helpers.ts'

const U = '/cucm-uds/user/demo'

describe('control: faults, request log, state, reset', () => {
  const ctl = (c: ReturnType<typeof setup>, method: string, path: string, body?: unknown) =>
    c.mock.fetch(
      new Request(BASE + path, { method, body: body === undefined ? undefined : JSON.stringify(body) }),
    )

  it('count, prefix *, method filter, 503 Retry-After, CUPI error body', async () => {
    const c = setup()
    expect(
      (
        await ctl(c, 'POST', '/__mock/faults', {
          path: '/cucm-uds/user/*',
          method: 'PUT',
          status: 503,
          count: 2,
        })
      ).status,
    ).toBe(201)
    expect((await c.get(U)).status).toBe(200)
    const f1 = await c.put(U, '<user/>')
    expect(f1.status).toBe(503)
    expect(f1.headers.get('retry-after')).toBe('1')
    expect((await c.put(`${U}/conferencing`, '<conferencing/>')).status).toBe(503)
    expect((await c.put(U, '<user/>')).status).toBe(200)
    await ctl(c, 'POST', '/__mock/faults', { path: '/vmrest/user', status: 500 })
    const cu = await c.get('/vmrest/user')
    expect(cu.status).toBe(500)
    expect(cu.xml.ErrorDetails.errors.code).toBeTruthy()
    await ctl(c, 'POST', '/__mock/faults', { path: '/cucm-uds/version', status: 404, count: 5 })
    expect((await ctl(c, 'DELETE', '/__mock/faults')).status).toBe(204)
    expect((await c.get('/cucm-uds/version', null)).status).toBe(200)
    expect((await ctl(c, 'POST', '/__mock/faults', { status: 500 })).status).toBe(400)
    expect((await ctl(c, 'POST', '/__mock/faults', 'nope')).status).toBe(400)
  })

  it('status 0 rejects the in-process fetch; delay; preflights never faulted', async () => {
    const c = setup()
    await ctl(c, 'POST', '/__mock/faults', { path: '/cucm-uds/version', status: 0 })
    const pre = await c.mock.fetch(
      new Request(`${BASE}/cucm-uds/version`, { method: 'OPTIONS', headers: { Origin: ORIGIN } }),
    )
    expect(pre.status).toBe(204)
    await expect(c.mock.fetch(new Request(`${BASE}/cucm-uds/version`))).rejects.toThrow()
    expect((await c.get('/cucm-uds/version', null)).status).toBe(200)
    await ctl(c, 'POST', '/__mock/faults', { path: '/cucm-uds/servers', delayMs: 120 })
    const t0 = Date.now()
    expect((await c.get('/cucm-uds/servers', null)).status).toBe(200)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(100)
  })

  it('request log never holds secrets; state snapshot; reset restores fixtures', async () => {
    const c = setup()
    await c.put(`${U}/credentials`, '<credentials><credential type="pin">2580</credential></credentials>')
    const log = await (await ctl(c, 'GET', '/__mock/requests')).json()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({
      method: 'PUT',
      path: `${U}/credentials`,
      status: 204,
      user: 'demo',
      preflight: false,
    })
    expect(JSON.stringify(log)).not.toMatch(/Basic|2580|demo:demo/)
    expect((await ctl(c, 'DELETE', '/__mock/requests')).status).toBe(204)
    expect(await (await ctl(c, 'GET', '/__mock/requests')).json()).toEqual([])
    const s = await c.state()
    expect(await c.secretIs('pin', '2580')).toBe(true)
    expect(await c.secretIs('voicemailPin', '24680')).toBe(true)
    expect(s.remoteDestinations[0].schedule.days).toHaveLength(5)
    expect((await ctl(c, 'GET', '/__mock/health')).status).toBe(200)
    expect((await ctl(c, 'POST', '/__mock/reset')).status).toBe(204)
    expect(await c.secretIs('pin', '12345')).toBe(true)
    expect((await ctl(c, 'GET', '/__mock/state/nobody')).status).toBe(404)
  })

  it('a delay-only fault answers late and applies the write; delay + status fails without applying', async () => {
    const c = setup()
    const dnd = (on: boolean) => `<user><enableDoNotDisturb>${on}</enableDoNotDisturb></user>`
    await ctl(c, 'POST', '/__mock/faults', { method: 'PUT', path: U, delayMs: 80 })
    const t0 = Date.now()
    expect((await c.put(U, dnd(true))).status).toBe(200)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(70)
    expect((await c.state()).dnd).toBe(true)
    await ctl(c, 'POST', '/__mock/faults', { method: 'PUT', path: U, delayMs: 50, status: 503 })
    expect((await c.put(U, dnd(false))).status).toBe(503)
    expect((await c.state()).dnd).toBe(true)
    const log = await (await ctl(c, 'GET', '/__mock/requests')).json()
    expect(log.map((e: { status: number }) => e.status)).toEqual([200, 503])
    expect(Object.keys(log[0]).sort()).toEqual(['at', 'method', 'path', 'preflight', 'status', 'user'])
  })

  it('control off: routes absent', async () => {
    const c = setup({ control: false })
    expect((await ctl(c, 'POST', '/__mock/reset')).status).toBe(404)
    expect((await ctl(c, 'GET', '/__mock/health')).status).toBe(404)
  })

  it('instances are independent', async () => {
    const a = setup()
    const b = setup()
    await a.put(U, '<user><enableDoNotDisturb>true</enableDoNotDisturb></user>')
    expect((await b.get(U)).xml.user.enableDoNotDisturb['#text']).toBe('false')
  })
})
