import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMockApp, type MockApp } from '../../mock-server/app.ts'
import { ApiError, parseRetryAfter } from './api-error.ts'
import { configureClient, PROXY_ERROR_HEADER, PROXY_UNREACHABLE, request } from './client.ts'
import * as session from './session.ts'
import { fetchThroughMock, MOCK_ORIGIN } from '../testing/mock-fixtures.ts'

let mock: MockApp
const realFetch = globalThis.fetch

async function fault(body: Record<string, unknown>) {
  await mock.fetch(
    new Request(`${MOCK_ORIGIN}/__mock/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  )
}

async function requestLog(): Promise<Array<{ method: string; path: string; status: number }>> {
  return (await mock.fetch(new Request(`${MOCK_ORIGIN}/__mock/requests`))).json()
}

beforeEach(() => {
  mock = createMockApp()
  globalThis.fetch = fetchThroughMock(mock)
  configureClient({
    udsBaseUrl: `${MOCK_ORIGIN}/cucm-uds/`,
    cupiBaseUrl: `${MOCK_ORIGIN}/vmrest`,
    timeoutMs: 2000,
  })
  session.startSession('demo', session.basicHeader('demo', 'demo'))
})

afterEach(() => {
  globalThis.fetch = realFetch
  session.endSession()
})

describe('request', () => {
  it('sends XML headers, Basic auth and no cookies, and returns the parsed root', async () => {
    const spy = vi.fn(fetchThroughMock(mock))
    globalThis.fetch = spy
    const res = await request({ path: '/user/demo', label: 'GET user' }, 'user')
    expect(res.root?.userName).toBe('demo')
    const [url, init] = spy.mock.calls[0]!
    expect(String(url)).toBe(`${MOCK_ORIGIN}/cucm-uds/user/demo`)
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store' })
    expect((init!.headers as Record<string, string>).Accept).toBe('application/xml')
    expect((init!.headers as Record<string, string>).Authorization).toBe(session.basicHeader('demo', 'demo'))
  })

  it('public resources go without credentials', async () => {
    const spy = vi.fn(fetchThroughMock(mock))
    globalThis.fetch = spy
    await request({ path: '/version', auth: false, label: 'GET version' }, 'versionInformation')
    expect((spy.mock.calls[0]![1]!.headers as Record<string, string>).Authorization).toBeUndefined()
  })

  it.each([
    [404, 'notFound'],
    [405, 'unsupported'],
    [409, 'conflict'],
    [415, 'invalid'],
    [500, 'server'],
    [503, 'busy'],
  ])('maps %i to %s', async (status, kind) => {
    await fault({ path: '/cucm-uds/user/demo', status })
    await expect(request({ path: '/user/demo', label: 'GET user' }, 'user')).rejects.toMatchObject({
      kind,
      status,
    })
  })

  it('reads Retry-After on a 503', async () => {
    await fault({ path: '/cucm-uds/user/demo', status: 503 })
    const error = await request({ path: '/user/demo', label: 'GET user' }, 'user').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).retryAfterMs).toBe(1000)
    expect((error as ApiError).isTransient).toBe(true)
  })

  it("the portal's reverse proxy failing to reach the phone system is a network error; a 502 of CUCM's is not", async () => {
    const proxied = (status: number, marked: boolean) => async () =>
      new Response('<html>unreachable</html>', {
        status,
        headers: marked ? { [PROXY_ERROR_HEADER]: PROXY_UNREACHABLE } : {},
      })
    for (const status of [502, 504]) {
      globalThis.fetch = proxied(status, true)
      await expect(request({ path: '/user/demo', label: 'GET user' }, 'user')).rejects.toMatchObject({
        kind: 'network',
        status,
      })
    }
    globalThis.fetch = proxied(502, false)
    await expect(request({ path: '/user/demo', label: 'GET user' }, 'user')).rejects.toMatchObject({
      kind: 'server',
      status: 502,
    })
  })

  it("a base URL that is a path goes to the page's own origin", async () => {
    const spy = vi.fn(async () => new Response(null, { status: 204 }))
    globalThis.fetch = spy
    vi.stubGlobal('location', new URL('https://phones.example.com/profile'))
    try {
      configureClient({ udsBaseUrl: '/cucm-uds', cupiBaseUrl: '/vmrest', timeoutMs: 2000 })
      await request({ path: '/user/demo', method: 'PUT', body: '<user/>', label: 'PUT user' })
      expect(String((spy.mock.calls[0] as unknown[])[0])).toBe(
        'https://phones.example.com/cucm-uds/user/demo',
      )
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('a dropped connection is a network error', async () => {
    await fault({ path: '/cucm-uds/user/demo', status: 0 })
    await expect(request({ path: '/user/demo', label: 'GET user' }, 'user')).rejects.toMatchObject({
      kind: 'network',
      status: 0,
    })
  })

  it('no answer in time is a timeout', async () => {
    configureClient({ udsBaseUrl: `${MOCK_ORIGIN}/cucm-uds`, cupiBaseUrl: null, timeoutMs: 1000 })
    globalThis.fetch = (_input, init) =>
      new Promise((_, reject) => {
        const abort = () => reject(new DOMException('aborted', 'AbortError'))
        if (init?.signal?.aborted) abort()
        init?.signal?.addEventListener('abort', abort)
      })
    await expect(request({ path: '/user/demo', label: 'GET user' }, 'user')).rejects.toMatchObject({
      kind: 'timeout',
    })
  })

  it('a caller abort is passed on, not turned into an error of ours', async () => {
    const controller = new AbortController()
    globalThis.fetch = (_input, init) =>
      new Promise((_, reject) => {
        const abort = () => reject(new DOMException('aborted', 'AbortError'))
        if (init?.signal?.aborted) abort()
        init?.signal?.addEventListener('abort', abort)
      })
    const pending = request({ path: '/user/demo', signal: controller.signal, label: 'GET user' }, 'user')
    controller.abort()
    await expect(pending).rejects.not.toBeInstanceOf(ApiError)
  })

  it.each([
    ['malformed XML', '<user><userName>demo</user>'],
    ['a DOCTYPE', '<!DOCTYPE user><user/>'],
    ['the wrong root', '<speedDials/>'],
    ['an HTML page from a proxy', '<html><body>Login</body></html>'],
    ['an empty 200', ''],
  ])('%s is a malformed-response error', async (_name, body) => {
    globalThis.fetch = async () =>
      new Response(body, { status: 200, headers: { 'Content-Type': 'application/xml' } })
    await expect(request({ path: '/user/demo', label: 'GET user' }, 'user')).rejects.toMatchObject({
      kind: 'malformed',
    })
  })

  it("carries CUPI's ErrorDetails message, never a body of HTML", async () => {
    const error = (await request({
      api: 'cupi',
      method: 'PUT',
      path: '/user/credential/pin',
      query: { newpin: '1111' },
      label: 'PUT voicemail PIN',
    }).catch((e: unknown) => e)) as ApiError
    expect(error.kind).toBe('invalid')
    expect(error.serverMessage).toMatch(/\w/)
    globalThis.fetch = async () => new Response('<html><script>x</script></html>', { status: 500 })
    const html = (await request({ path: '/user/demo', label: 'GET user' }).catch(
      (e: unknown) => e,
    )) as ApiError
    expect(html.serverMessage).toBeUndefined()
  })
})

describe('session expiry', () => {
  it('a 401 holds the request until the user signs in again, then sends it once more', async () => {
    await fault({ method: 'PUT', path: '/cucm-uds/user/demo', status: 401 })
    const save = request(
      {
        method: 'PUT',
        path: '/user/demo',
        body: '<user><enableDoNotDisturb>true</enableDoNotDisturb></user>',
        label: 'PUT user',
      },
      'user',
    )
    await vi.waitFor(() => expect(session.getSnapshot().status).toBe('expired'))
    // Another request started meanwhile waits too, and nothing is sent while expired.
    const read = request({ path: '/user/demo/devices', label: 'GET devices' }, 'devices')
    await new Promise((r) => setTimeout(r, 50))
    expect((await requestLog()).map((r) => `${r.method} ${r.status}`)).toEqual(['PUT 401'])
    session.resumeSession(session.currentGeneration(), session.basicHeader('demo', 'demo'))
    await expect(save).resolves.toMatchObject({ status: 200 })
    await expect(read).resolves.toMatchObject({ status: 200 })
    const puts = (await requestLog()).filter((r) => r.method === 'PUT')
    expect(puts.map((r) => r.status)).toEqual([401, 200])
  })

  it('giving up rejects every waiting request with an auth error', async () => {
    await fault({ path: '/cucm-uds/user/demo', status: 401 })
    const read = request({ path: '/user/demo', label: 'GET user' }, 'user')
    await vi.waitFor(() => expect(session.getSnapshot().status).toBe('expired'))
    session.endSession('cancelled')
    await expect(read).rejects.toMatchObject({ kind: 'auth' })
  })

  it('explicit credentials (sign-in) never wait for or expire the session', async () => {
    const wrong = session.basicHeader('demo', 'wrong')
    await expect(
      request({ path: '/user/demo', authorization: wrong, label: 'GET user' }, 'user'),
    ).rejects.toMatchObject({
      kind: 'auth',
    })
    expect(session.getSnapshot().status).toBe('active')
  })

  it('CUPI 401s do not expire the UDS session', async () => {
    await fault({ path: '/vmrest/user', status: 401 })
    await expect(
      request({ api: 'cupi', path: '/user', label: 'GET CUPI user' }, 'User'),
    ).rejects.toMatchObject({ kind: 'auth' })
    expect(session.getSnapshot().status).toBe('active')
  })

  it('encodes credentials as UTF-8 (btoa alone throws on these)', () => {
    expect(session.basicHeader('jörg', 'pässwörd😀')).toBe(
      `Basic ${Buffer.from('jörg:pässwörd😀').toString('base64')}`,
    )
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and dates, caps at 30 s and ignores nonsense', () => {
    expect(parseRetryAfter('2')).toBe(2000)
    expect(parseRetryAfter('600')).toBe(30_000)
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 5_000)).toBe(5_000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(null)).toBeUndefined()
  })
})
