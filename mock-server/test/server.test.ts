import { request } from 'node:http'
import { networkInterfaces } from 'node:os'
import { describe, expect, it } from 'vitest'
import { mockOptionsFromEnv, OptionsError } from '../options.ts'
import { startMockServer } from '../server.ts'

function rawGet(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('startMockServer', () => {
  it('listens on an ephemeral port, answers on 127.0.0.1, drops a socket for status 0, closes', async () => {
    const s = await startMockServer({ port: 0 })
    try {
      expect(s.port).toBeGreaterThan(0)
      expect(s.url).toBe(`http://localhost:${s.port}`)
      expect(await rawGet(`http://127.0.0.1:${s.port}/cucm-uds/version`)).toBe(200)
      const keepAlive = await fetch(`http://127.0.0.1:${s.port}/cucm-uds/version`)
      expect(keepAlive.status).toBe(200)
      await keepAlive.text()
      const f = await fetch(`http://127.0.0.1:${s.port}/__mock/faults`, {
        method: 'POST',
        body: JSON.stringify({ path: '/cucm-uds/servers', status: 0 }),
      })
      expect(f.status).toBe(201)
      await expect(rawGet(`http://127.0.0.1:${s.port}/cucm-uds/servers`)).rejects.toThrow()
      expect(await rawGet(`http://127.0.0.1:${s.port}/cucm-uds/servers`)).toBe(200)
    } finally {
      await s.close()
    }
  })
})

describe('startMockServer on a shared machine', () => {
  it('listens on loopback only by default and refuses a foreign Host header with 421', async () => {
    const s = await startMockServer({ port: 0 })
    try {
      const servers = await new Promise<string[]>((resolve) => {
        const ips = ['127.0.0.1']
        const req = request(`http://[::1]:${s.port}/cucm-uds/version`, { agent: false }, (res) => {
          res.resume()
          resolve([...ips, '::1'])
        })
        req.on('error', () => resolve(ips))
        req.end()
      })
      expect(servers).toContain('127.0.0.1')
      expect(s.url).toBe(
        servers.includes('::1') ? `http://localhost:${s.port}` : `http://127.0.0.1:${s.port}`,
      )
      const lan = Object.values(networkInterfaces())
        .flat()
        .find((i) => i && !i.internal && i.family === 'IPv4')
      if (lan) await expect(rawGet(`http://${lan.address}:${s.port}/cucm-uds/version`)).rejects.toThrow()
      const url = `http://127.0.0.1:${s.port}/__mock/state/demo`
      expect(await rawGet(url, { Host: `rebind.example:${s.port}` })).toBe(421)
      expect(await rawGet(url, { Host: `localhost:${s.port}` })).toBe(200)
    } finally {
      await s.close()
    }
  })

  it('--host names its address as a Host the mock answers to', async () => {
    const s = await startMockServer({ port: 0, host: '127.0.0.2' }).catch(() => null)
    if (!s) return // no 127.0.0.2 on this machine
    try {
      expect(s.url).toBe(`http://127.0.0.2:${s.port}`)
      expect(await rawGet(`${s.url}/cucm-uds/version`)).toBe(200)
    } finally {
      await s.close()
    }
  })
})

describe('mockOptionsFromEnv', () => {
  it('reads env, flags win, rejects invalid values', () => {
    const o = mockOptionsFromEnv(
      { MOCK_PORT: '9000', MOCK_CORS_ORIGINS: 'http://a.example,http://b.example:8080', MOCK_CONTROL: 'off' },
      ['--port', '9100', '--latency-ms=50', '--tls'],
    )
    expect(o).toMatchObject({ port: 9100, latencyMs: 50, tls: true, control: false })
    expect(o.corsOrigins).toEqual(['http://a.example', 'http://b.example:8080'])
    expect(() => mockOptionsFromEnv({ MOCK_PORT: 'x' }, [])).toThrow(OptionsError)
    expect(() => mockOptionsFromEnv({ MOCK_CORS_ORIGINS: 'http://a.example/path' }, [])).toThrow(OptionsError)
    expect(() => mockOptionsFromEnv({}, ['--bogus'])).toThrow(OptionsError)
    expect(() => mockOptionsFromEnv({ MOCK_UDS_VERSION: '9' }, [])).toThrow(OptionsError)
    expect(mockOptionsFromEnv({ MOCK_CONTROL_TOKEN: 'a-long-enough-token' }, []).controlToken).toBe(
      'a-long-enough-token',
    )
    expect(() => mockOptionsFromEnv({ MOCK_CONTROL_TOKEN: 'short' }, [])).toThrow(OptionsError)
    expect(mockOptionsFromEnv({ MOCK_CORS_MAX_AGE: '600' }, []).corsMaxAge).toBe(600)
    expect(mockOptionsFromEnv({}, ['--users-auth', 'on']).usersAuth).toBe(true)
    expect(() => mockOptionsFromEnv({ MOCK_USERS_AUTH: 'maybe' }, [])).toThrow(OptionsError)
    expect(mockOptionsFromEnv({}, ['--cors-max-age', '0']).corsMaxAge).toBe(0)
    expect(() => mockOptionsFromEnv({ MOCK_CORS_MAX_AGE: '-1' }, [])).toThrow(OptionsError)
    expect(() => mockOptionsFromEnv({}, ['--control-token', 'x'])).toThrow(OptionsError)
  })
})
