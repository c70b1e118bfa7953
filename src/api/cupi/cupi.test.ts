import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMockApp, type MockApp } from '../../../mock-server/app.ts'
import { secretIs } from '../../testing/mock-fixtures.ts'
import { ApiError } from '../api-error.ts'
import { configureClient } from '../client.ts'
import { basicHeader, endSession, getSnapshot, hasSeparateCupiCredentials, startSession } from '../session.ts'
import { parseXml } from '../xml-parser.ts'
import {
  getVoicemailUser,
  parseVoicemailUser,
  putVoicemailPin,
  signInToVoicemail,
  voicemailPinRequest,
} from './cupi.ts'

// The admin User fields of [seed:002] that the end-user GET /vmrest/user returns a subset of.
const USER_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<User><URI>/vmrest/users/e6b1a3c1</URI><ObjectId>e6b1a3c1</ObjectId><Alias>jdoe</Alias>
<DisplayName>John Doe &amp; Co</DisplayName><DtmfAccessId>1001</DtmfAccessId><Unknown>x</Unknown></User>`

describe('parseVoicemailUser', () => {
  it('reads the fields it needs and ignores the rest', () => {
    expect(parseVoicemailUser(parseXml(USER_XML, 'User'))).toEqual({
      alias: 'jdoe',
      displayName: 'John Doe & Co',
      dtmfAccessId: '1001',
    })
  })
})

describe('voicemailPinRequest', () => {
  it('is the documented end-user PUT with the PIN as the newpin query parameter and no body', () => {
    const req = voicemailPinRequest('80417')
    expect(req).toEqual({
      api: 'cupi',
      method: 'PUT',
      path: '/user/credential/pin',
      query: { newpin: '80417' },
      label: 'PUT vmrest voicemail PIN',
    })
    expect(req.label).not.toContain('80417')
    expect('body' in req).toBe(false)
  })
})

describe('against the mock', () => {
  let mock: MockApp
  let sent: Request[]
  const base = 'http://127.0.0.1:8443'

  beforeEach(() => {
    mock = createMockApp()
    sent = []
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input, init)
      sent.push(req.clone())
      return mock.fetch(req)
    })
    configureClient({ udsBaseUrl: `${base}/cucm-uds`, cupiBaseUrl: `${base}/vmrest`, timeoutMs: 5000 })
    startSession('demo', basicHeader('demo', 'demo'))
  })
  afterEach(() => {
    endSession()
    vi.unstubAllGlobals()
  })

  async function fault(body: Record<string, unknown>) {
    await mock.fetch(
      new Request(`${base}/__mock/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    )
  }

  it('reads the voicemail user with the portal credentials', async () => {
    await expect(getVoicemailUser()).resolves.toMatchObject({ alias: 'demo' })
  })

  it('changes the voicemail PIN (204) with one PUT carrying newpin', async () => {
    await expect(putVoicemailPin('80417')).resolves.toBeUndefined()
    expect(await secretIs(mock, 'voicemailPin', '80417')).toBe(true)
    expect(sent).toHaveLength(1)
    const url = new URL(sent[0]!.url)
    expect(sent[0]!.method).toBe('PUT')
    expect(url.pathname).toBe('/vmrest/user/credential/pin')
    expect(url.searchParams.get('newpin')).toBe('80417')
    expect(await sent[0]!.text()).toBe('')
  })

  it('shows CUPI’s ErrorDetails message for a policy refusal', async () => {
    const error = await putVoicemailPin('1111').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'invalid', status: 400 })
    expect((error as ApiError).serverMessage).toBe('PIN must not repeat a single digit')
    expect((error as ApiError).message).not.toContain('1111')
    expect(await secretIs(mock, 'voicemailPin', '24680')).toBe(true)
  })

  it('throws kind auth on a 401 without expiring the portal session', async () => {
    await fault({ method: 'PUT', path: '/vmrest/user/credential/pin', status: 401 })
    await expect(putVoicemailPin('80417')).rejects.toMatchObject({ kind: 'auth' })
    expect(getSnapshot().status).toBe('active')
  })

  it('keeps a voicemail password for CUPI calls alone once it is accepted', async () => {
    const portal = basicHeader('demo', 'demo')
    await expect(signInToVoicemail('demo', 'wrong')).rejects.toMatchObject({ kind: 'auth' })
    expect(hasSeparateCupiCredentials()).toBe(false)
    await expect(signInToVoicemail('demo', 'demo')).resolves.toMatchObject({ alias: 'demo' })
    expect(hasSeparateCupiCredentials()).toBe(true)
    expect(portal).toBe(basicHeader('demo', 'demo'))
  })

  it('is a network error when the voicemail system is not configured', async () => {
    configureClient({ udsBaseUrl: `${base}/cucm-uds`, cupiBaseUrl: null, timeoutMs: 5000 })
    await expect(getVoicemailUser()).rejects.toMatchObject({ kind: 'network' })
    expect(sent).toHaveLength(0)
  })
})
