import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMockApp, type MockApp } from '../../../mock-server/app.ts'
import { secretIs } from '../../testing/mock-fixtures.ts'
import { ApiError } from '../api-error.ts'
import { configureClient } from '../client.ts'
import { basicHeader, endSession, getSnapshot, startSession } from '../session.ts'
import { getUser } from '../user/user.ts'
import { attr, list, text } from '../xml.ts'
import { parseXml } from '../xml-parser.ts'
import {
  changePassword,
  getCredentials,
  hasSignInHistory,
  parseCredentials,
  putCredentials,
  toCredentialsXml,
} from './credentials.ts'

// The documented example ([seed:001], "credentials GET response"), including its odd uri.
const SEED_GET = `<credentials uri="https://{hostname}/cucm-uds/user/{userid}/conferencing" version="11.0.0">
    <credential>
        <loginDetails>
            <lastSuccessfulLogin>2015-04-17T19:36:42.000Z</lastSuccessfulLogin>
            <lastSuccessfulLoginIp>172.30.223.139</lastSuccessfulLoginIp>
       </loginDetails>
       <loginFailures>0</loginFailures>
    </credential>
</credentials>`

// [seed:001], "credentials PUT request body".
const SEED_PUT = `<credentials>
   <credential type="password">1234</credential>
   <credential type="pin">4321</credential>
</credentials>`

describe('parseCredentials', () => {
  it('reads the documented example', () => {
    expect(parseCredentials(parseXml(SEED_GET, 'credentials'))).toEqual({
      lastSignIn: '2015-04-17T19:36:42.000Z',
      lastSignInIp: '172.30.223.139',
      failures: 0,
    })
  })

  it('tolerates reordered and unknown elements', () => {
    const xml = `<credentials><credential><extra>x</extra><loginFailures>3</loginFailures>
      <loginDetails><lastSuccessfulLoginIp>10.1.2.3</lastSuccessfulLoginIp><unknown/>
      <lastSuccessfulLogin>2026-03-12T09:14:00.000Z</lastSuccessfulLogin></loginDetails></credential></credentials>`
    expect(parseCredentials(parseXml(xml, 'credentials'))).toEqual({
      lastSignIn: '2026-03-12T09:14:00.000Z',
      lastSignInIp: '10.1.2.3',
      failures: 3,
    })
  })

  it('takes the credential that has login details when there are several', () => {
    const xml = `<credentials><credential type="pin"><loginFailures>9</loginFailures></credential>
      <credential><loginDetails><lastSuccessfulLogin>2026-01-01T00:00:00Z</lastSuccessfulLogin>
      <lastSuccessfulLoginIp>10.0.0.1</lastSuccessfulLoginIp></loginDetails><loginFailures>1</loginFailures></credential></credentials>`
    expect(parseCredentials(parseXml(xml, 'credentials'))).toMatchObject({
      lastSignInIp: '10.0.0.1',
      failures: 1,
    })
  })

  it('says "never" for an empty or unreadable time and 0 for missing failures', () => {
    const empty = `<credentials><credential><loginDetails><lastSuccessfulLogin/><lastSuccessfulLoginIp/></loginDetails></credential></credentials>`
    expect(parseCredentials(parseXml(empty, 'credentials'))).toEqual({
      lastSignIn: null,
      lastSignInIp: '',
      failures: 0,
    })
    const junk = `<credentials><credential><loginDetails><lastSuccessfulLogin>yesterday</lastSuccessfulLogin></loginDetails><loginFailures>-2</loginFailures></credential></credentials>`
    expect(parseCredentials(parseXml(junk, 'credentials'))).toMatchObject({ lastSignIn: null, failures: 0 })
  })

  it('reads an empty <credentials/>', () => {
    expect(parseCredentials(parseXml('<credentials/>', 'credentials'))).toEqual({
      lastSignIn: null,
      lastSignInIp: '',
      failures: 0,
    })
  })
})

describe('toCredentialsXml', () => {
  function items(xml: string) {
    return list(parseXml(xml, 'credentials'), 'credential').map((c) => ({
      type: attr(c, 'type'),
      value: text(c),
    }))
  }

  it('builds a PIN change alone', () => {
    const xml = toCredentialsXml({ pin: '4321' })
    expect(xml).toBe('<credentials><credential type="pin">4321</credential></credentials>')
  })

  it('builds a password change alone', () => {
    expect(items(toCredentialsXml({ password: 'correct horse' }))).toEqual([
      { type: 'password', value: 'correct horse' },
    ])
  })

  it('builds both, in the documented order', () => {
    expect(items(toCredentialsXml({ password: '1234', pin: '4321' }))).toEqual(
      items(SEED_PUT).map((i) => ({ ...i })),
    )
  })

  it('escapes hostile text, which round-trips exactly', () => {
    const hostile = '<b>&amp;"]]>\'😀'
    const xml = toCredentialsXml({ password: hostile })
    expect(xml).not.toContain('<b>')
    expect(xml).not.toContain(']]>')
    expect(xml).toContain('&lt;b&gt;&amp;amp;&quot;]]&gt;')
    expect(items(xml)).toEqual([{ type: 'password', value: hostile }])
  })

  it('refuses an empty change', () => {
    expect(() => toCredentialsXml({})).toThrow()
  })
})

describe('hasSignInHistory', () => {
  it('is offered from 10.5(2)', () => {
    expect(hasSignInHistory('10.5.1')).toBe(false)
    expect(hasSignInHistory('10.5(1)')).toBe(false)
    expect(hasSignInHistory('10.5.2')).toBe(true)
    expect(hasSignInHistory('10.5.2.10000-5')).toBe(true)
    expect(hasSignInHistory('14.0.1')).toBe(true)
  })
})

describe('against the mock', () => {
  let mock: MockApp
  const base = 'http://127.0.0.1:8443'

  function useMock(options: Parameters<typeof createMockApp>[0] = {}) {
    mock = createMockApp(options)
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      mock.fetch(new Request(input, init)),
    )
    configureClient({ udsBaseUrl: `${base}/cucm-uds`, cupiBaseUrl: `${base}/vmrest`, timeoutMs: 5000 })
    startSession('demo', basicHeader('demo', 'demo'))
  }

  beforeEach(() => useMock())
  afterEach(() => {
    endSession()
    vi.unstubAllGlobals()
  })

  it('reads the sign-in history the mock serves', async () => {
    const history = await getCredentials('demo')
    expect(history).not.toBeNull()
    expect(history!.lastSignIn).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(history!.lastSignInIp).toBe('127.0.0.1')
    expect(history!.failures).toBe(0)
  })

  it('counts failed attempts since the last sign-in', async () => {
    await getCredentials('demo')
    await expect(getUser('demo', undefined, basicHeader('demo', 'wrong'))).rejects.toMatchObject({
      kind: 'auth',
    })
    const history = await getCredentials('demo')
    expect(history!.failures).toBe(1)
  })

  it('gives null (not an error) on a server older than 10.5(2)', async () => {
    useMock({ udsVersion: '10.5.1' })
    await expect(getCredentials('demo')).resolves.toBeNull()
  })

  it('changes the PIN (204)', async () => {
    await expect(putCredentials('demo', { pin: '80417' })).resolves.toBeUndefined()
    expect(await secretIs(mock, 'pin', '80417')).toBe(true)
  })

  it('maps a policy refusal to a field-level error with the server’s reason', async () => {
    const error = await putCredentials('demo', { pin: '7890' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'invalid', status: 415, request: 'PUT credentials (PIN)' })
    expect((error as ApiError).serverMessage).toMatch(/straight run/)
    expect((error as ApiError).message).not.toContain('7890')
    expect(await secretIs(mock, 'pin', '12345')).toBe(true)
  })

  it('refuses a password change for an LDAP user', async () => {
    startSession('ldap', basicHeader('ldap', 'demo'))
    await expect(putCredentials('ldap', { password: 'a-new-password' })).rejects.toMatchObject({
      kind: 'invalid',
    })
  })

  it('keeps the session working after a password change once it switches credentials', async () => {
    await changePassword('demo', 'n3w pässword')
    await expect(getUser('demo')).resolves.toMatchObject({ userId: 'demo' })
    expect(getSnapshot().status).toBe('active')
    expect(await secretIs(mock, 'password', 'n3w pässword')).toBe(true)
  })
})
