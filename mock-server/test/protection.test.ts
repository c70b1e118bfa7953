/**
 * Safe on a shared machine: control routes refuse web pages of other origins (403) and, when a token
 * is configured, requests without it (401); every route refuses a Host the mock does not serve (421),
 * which is what a DNS-rebinding page would send.
 */
import { describe, expect, it } from 'vitest'
import { createMockApp } from '../app.ts'
import { hostChecker, isLoopback, namesForListenHost } from '../http/hosts.ts'
import { auth, BASE, ORIGIN } from './helpers.ts'

const TOKEN = 'test-control-token-0123456789'

async function status(
  mock: ReturnType<typeof createMockApp>,
  url: string,
  init: RequestInit = {},
): Promise<number> {
  const res = await mock.fetch(new Request(url, init))
  await res.arrayBuffer()
  return res.status
}

describe('control routes', () => {
  it('refuse a foreign Origin with 403 and change nothing; no Origin or the mock\u2019s own origin works', async () => {
    const mock = createMockApp()
    const post = (origin?: string) =>
      status(mock, `${BASE}/__mock/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', ...(origin ? { Origin: origin } : {}) },
        body: JSON.stringify({ path: '/cucm-uds/version', status: 500 }),
      })
    for (const origin of ['http://evil.example', ORIGIN, 'null', 'http://127.0.0.1:8444']) {
      expect(await post(origin), origin).toBe(403)
      expect(await status(mock, `${BASE}/__mock/state/demo`, { headers: { Origin: origin } })).toBe(403)
      expect(
        await status(mock, `${BASE}/__mock/reset`, { method: 'POST', headers: { Origin: origin } }),
      ).toBe(403)
    }
    expect(await status(mock, `${BASE}/cucm-uds/version`)).toBe(200) // no fault was armed
    expect(await post(BASE)).toBe(201)
    expect(await post()).toBe(201)
    expect(await status(mock, `${BASE}/__mock/health`)).toBe(200)
  })

  it('need the control token when one is set (API routes do not)', async () => {
    const mock = createMockApp({ controlToken: TOKEN })
    const health = (authorization?: string) =>
      status(mock, `${BASE}/__mock/health`, {
        headers: authorization ? { Authorization: authorization } : {},
      })
    expect(await health()).toBe(401)
    expect(await health(`Bearer ${TOKEN}x`)).toBe(401)
    expect(await health(`Basic ${TOKEN}`)).toBe(401)
    expect(await health(`Bearer ${TOKEN}`)).toBe(200)
    const res = await mock.fetch(new Request(`${BASE}/__mock/state/demo`))
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('Bearer')
    expect(await res.text()).not.toContain('Dana')
    expect(await status(mock, `${BASE}/cucm-uds/user/demo`, { headers: auth() })).toBe(200)
  })
})

describe('Host header', () => {
  it('any request naming a host that is not loopback or a listen address gets 421 and touches nothing', async () => {
    const mock = createMockApp()
    for (const host of [
      'http://evil.example:8443',
      'http://192.0.2.7:8443',
      'http://127.0.0.1.evil.example',
    ]) {
      expect(await status(mock, `${host}/__mock/state/demo`), host).toBe(421)
      expect(await status(mock, `${host}/__mock/reset`, { method: 'POST' }), host).toBe(421)
      expect(await status(mock, `${host}/cucm-uds/user/demo`, { headers: auth() }), host).toBe(421)
      expect(await status(mock, `${host}/cucm-uds/version`, { method: 'OPTIONS' }), host).toBe(421)
    }
    const log = await (await mock.fetch(new Request(`${BASE}/__mock/requests`))).json()
    expect(log).toEqual([])
    for (const host of [
      'http://localhost:8443',
      'http://127.0.0.1:8443',
      'http://[::1]:8443',
      'http://a.localhost',
    ])
      expect(await status(mock, `${host}/cucm-uds/version`), host).toBe(200)
    const lan = createMockApp({ allowedHosts: ['192.0.2.7'] })
    expect(await status(lan, 'http://192.0.2.7:8443/cucm-uds/version')).toBe(200)
    expect(await status(lan, 'http://192.0.2.8:8443/cucm-uds/version')).toBe(421)
  })

  it('loopback names, listen addresses and wildcards', () => {
    for (const h of ['localhost', 'LOCALHOST', 'x.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'])
      expect(isLoopback(h), h).toBe(true)
    for (const h of ['localhost.evil.example', '128.0.0.1', '0.0.0.0', 'example.com', '[::2]'])
      expect(isLoopback(h), h).toBe(false)
    expect(namesForListenHost(undefined)).toEqual([])
    expect(namesForListenHost('127.0.0.1')).toEqual([])
    expect(namesForListenHost('192.0.2.7')).toEqual(['192.0.2.7'])
    expect(namesForListenHost('0.0.0.0')).toContain('127.0.0.1')
    expect(hostChecker(['[2001:db8::1]'])('[2001:DB8::1]')).toBe(true)
  })
})
