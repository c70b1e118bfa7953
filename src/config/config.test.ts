import { describe, expect, it } from 'vitest'
import { parseConfig } from './config.ts'
import shipped from '../../public/config.json'

describe('parseConfig', () => {
  it('accepts the shipped config (pointing at the mock)', () => {
    expect(parseConfig(shipped)).toMatchObject({
      ok: true,
      config: { udsBaseUrl: 'http://localhost:8443/cucm-uds' },
    })
  })

  it('keeps an optional Conference Now number', () => {
    expect(
      parseConfig({
        udsBaseUrl: 'https://cucm.example.com/cucm-uds',
        conferenceNowNumber: ' +1 312 555 0100 ',
      }),
    ).toMatchObject({ ok: true, config: { conferenceNowNumber: '+1 312 555 0100' } })
  })

  it('defaults the timeout and treats a missing CUPI as not configured', () => {
    expect(parseConfig({ udsBaseUrl: 'https://cucm.example.com:8443/cucm-uds' })).toEqual({
      ok: true,
      config: {
        udsBaseUrl: 'https://cucm.example.com:8443/cucm-uds',
        cupiBaseUrl: null,
        helpdesk: undefined,
        requestTimeoutMs: 15000,
      },
    })
  })

  it.each([
    [null, 'config.json must hold a JSON object'],
    [[], 'config.json must hold a JSON object'],
    [{}, 'udsBaseUrl: must be an https:// address'],
    [{ udsBaseUrl: 'javascript:alert(1)' }, 'udsBaseUrl: must be an https:// address'],
    [
      { udsBaseUrl: 'https://x/cucm-uds', cupiBaseUrl: 'ftp://x' },
      'cupiBaseUrl: must be an https:// address',
    ],
    [{ udsBaseUrl: 'http://cucm.example.com/cucm-uds' }, 'udsBaseUrl: must start with https://'],
    [{ udsBaseUrl: 'http://10.0.0.5:8080/cucm-uds' }, 'unencrypted'],
    [{ udsBaseUrl: 'http://127.0.0.1.evil.example/cucm-uds' }, 'udsBaseUrl: must start with https://'],
    [{ udsBaseUrl: 'http://localhost.evil.example/cucm-uds' }, 'udsBaseUrl: must start with https://'],
    [
      { udsBaseUrl: 'https://x/cucm-uds', cupiBaseUrl: 'http://cuc.example.com/vmrest' },
      'cupiBaseUrl: must start with https://',
    ],
    [{ udsBaseUrl: 'https://x/cucm-uds', helpdesk: { phone: '' } }, 'helpdesk.phone'],
    [{ udsBaseUrl: 'https://x/cucm-uds', requestTimeoutMs: 5 }, 'requestTimeoutMs'],
    [{ udsBaseUrl: 'https://x/cucm-uds', conferenceNowNumber: '<script>' }, 'conferenceNowNumber'],
    [{ udsBaseUrl: 'https://x/cucm-uds', conferenceNowNumber: 1234 }, 'conferenceNowNumber'],
  ])('explains what is wrong with %j', (raw, message) => {
    const result = parseConfig(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.details.join('\n')).toContain(message)
  })

  it("accepts paths on the portal's own origin (a same-origin reverse proxy), never //host", () => {
    expect(parseConfig({ udsBaseUrl: '/cucm-uds', cupiBaseUrl: '/vmrest' })).toMatchObject({
      ok: true,
      config: { udsBaseUrl: '/cucm-uds', cupiBaseUrl: '/vmrest' },
    })
    for (const udsBaseUrl of ['//evil.example/cucm-uds', '/\\evil.example/cucm-uds', 'cucm-uds', '/cucm uds'])
      expect(parseConfig({ udsBaseUrl }).ok, udsBaseUrl).toBe(false)
  })

  it.each(['http://localhost:8443/cucm-uds', 'http://127.0.0.1:9101/cucm-uds', 'http://[::1]:8443/cucm-uds'])(
    'accepts plain http on this machine only: %s',
    (udsBaseUrl) => {
      expect(parseConfig({ udsBaseUrl, cupiBaseUrl: udsBaseUrl.replace('cucm-uds', 'vmrest') }).ok).toBe(true)
    },
  )
})
