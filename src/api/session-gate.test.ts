/**
 * The credential gate against the in-process mock (lockout after 3 refusals, like CUCM's usual
 * credential policy): stale credentials never go out in a burst, an uncertain password change costs
 * at most two refusals, and an ended session never comes back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMockApp, type MockApp } from '../../mock-server/app.ts'
import { configureClient, request } from './client.ts'
import { changePassword } from './credentials/credentials.ts'
import { signInToVoicemail } from './cupi/cupi.ts'
import * as session from './session.ts'
import { MOCK_ORIGIN } from '../testing/mock-fixtures.ts'

let mock: MockApp
const realFetch = globalThis.fetch
let inFlight = 0
let maxInFlight = 0

/** Like a browser's fetch: stops waiting on abort while the server carries on (and may apply a write). */
function browserLikeFetch(app: MockApp): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal
      if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'))
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      const done = () => inFlight--
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), {
        once: true,
      })
      app.fetch(new Request(input as RequestInfo, { ...init, signal: undefined })).then(
        (res) => (done(), resolve(res)),
        (error: unknown) => (done(), reject(error instanceof Error ? new TypeError(error.message) : error)),
      )
    })
}

async function control(path: string, body?: unknown) {
  return mock.fetch(
    new Request(`${MOCK_ORIGIN}/__mock/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

async function refusals(): Promise<number> {
  const log = (await (await control('requests')).json()) as Array<{ status: number }>
  return log.filter((r) => r.status === 401).length
}

/** Someone changes the password elsewhere (Jabber, an administrator): a real UDS call, not the portal. */
async function changePasswordElsewhere(password: string) {
  const res = await mock.fetch(
    new Request(`${MOCK_ORIGIN}/cucm-uds/user/demo/credentials`, {
      method: 'PUT',
      headers: { Authorization: session.basicHeader('demo', 'demo'), 'Content-Type': 'application/xml' },
      body: `<credentials><credential type="password">${password}</credential></credentials>`,
    }),
  )
  expect(res.status).toBe(204)
  await mock.fetch(new Request(`${MOCK_ORIGIN}/__mock/requests`, { method: 'DELETE' }))
}

/** Waits until the mock has answered (and so applied) a request, however slow the machine is. */
async function serverAnswered(method: string, path: string) {
  await vi.waitFor(
    async () => {
      const log = (await (await control('requests')).json()) as Array<{ method: string; path: string }>
      expect(log.some((r) => r.method === method && r.path === path)).toBe(true)
    },
    { timeout: 10_000, interval: 50 },
  )
}

const read = (path: string) => request({ path, label: `GET ${path}` })
const readCupi = () => request({ api: 'cupi', path: '/user', label: 'GET vmrest user' })

/** Moves the clock past the quiet period (only Date is faked: timers and the mock run for real). */
function quietSpell() {
  vi.setSystemTime(Date.now() + session.QUIET_MS + 1000)
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  mock = createMockApp()
  globalThis.fetch = browserLikeFetch(mock)
  configureClient({
    udsBaseUrl: `${MOCK_ORIGIN}/cucm-uds`,
    cupiBaseUrl: `${MOCK_ORIGIN}/vmrest`,
    timeoutMs: 300,
  })
  session.startSession('demo', session.basicHeader('demo', 'demo'))
  inFlight = 0
  maxInFlight = 0
})

afterEach(() => {
  globalThis.fetch = realFetch
  session.endSession()
  vi.useRealTimers()
})

describe('credentials seen accepted recently', () => {
  it('go out on parallel requests', async () => {
    await Promise.all([read('/user/demo'), read('/user/demo/devices'), read('/user/demo/extensions')])
    expect(maxInFlight).toBe(3)
  })
})

describe('after a quiet spell', () => {
  it('the first request goes alone; the others follow once it is answered', async () => {
    quietSpell()
    await Promise.all([read('/user/demo'), read('/user/demo/devices'), read('/user/demo/extensions')])
    // One alone, then the other two together.
    expect(maxInFlight).toBe(2)
  })

  it('a password changed elsewhere costs one refusal, not a burst; the rest wait for the dialog', async () => {
    await changePasswordElsewhere('changed-in-jabber')
    quietSpell()
    const reads = [read('/user/demo'), read('/user/demo/devices'), readCupi(), read('/user/demo/extensions')]
    await vi.waitFor(() =>
      expect(session.getSnapshot()).toMatchObject({ status: 'expired', expiry: 'refused' }),
    )
    await new Promise((r) => setTimeout(r, 50))
    expect(await refusals()).toBe(1)
    // The refused request waits too, to go once more after sign-in.
    expect(session.gateState().waiting).toBe(4)
    // The user signs in again with the new password: everything continues.
    session.resumeSession(session.currentGeneration(), session.basicHeader('demo', 'changed-in-jabber'))
    const answers = await Promise.all(reads)
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
    expect(await refusals()).toBe(1)
  })

  it('a network error makes the next request go alone again', async () => {
    await control('faults', { path: '/cucm-uds/user/demo', status: 0 })
    await expect(read('/user/demo')).rejects.toMatchObject({ kind: 'network' })
    await Promise.all([read('/user/demo/devices'), read('/user/demo/extensions')])
    expect(maxInFlight).toBe(1)
    expect(session.gateState().trusted).toBe(true)
  })

  it('a 503 proves nothing: the next waiting request goes alone', async () => {
    quietSpell()
    await control('faults', { path: '/cucm-uds/user/demo', status: 503 })
    const results = await Promise.allSettled([
      read('/user/demo'),
      read('/user/demo/devices'),
      read('/user/demo/extensions'),
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled'])
    // The busy answer proved nothing, so the second request went alone too; the third after it.
    expect(maxInFlight).toBe(1)
  })

  it('a probe its caller stopped waiting for still decides for the others', async () => {
    await changePasswordElsewhere('changed-in-jabber')
    quietSpell()
    const caller = new AbortController()
    const first = request({ path: '/user/demo', signal: caller.signal, label: 'GET user' })
    const second = read('/user/demo/devices')
    caller.abort()
    await expect(first).rejects.toBeDefined()
    await vi.waitFor(() => expect(session.getSnapshot().status).toBe('expired'))
    expect(await refusals()).toBe(1)
    session.endSession()
    await expect(second).rejects.toMatchObject({ kind: 'auth' })
  })
})

describe('Unity Connection', () => {
  it('shares the portal gate: after a quiet spell a CUPI read and a UDS read never go out together', async () => {
    quietSpell()
    await Promise.all([readCupi(), read('/user/demo')])
    expect(maxInFlight).toBe(1)
  })

  it('refusing the portal password does not expire the UDS session but makes the next UDS request go alone', async () => {
    await control('faults', { path: '/vmrest/user', status: 401 })
    await expect(readCupi()).rejects.toMatchObject({ kind: 'auth' })
    expect(session.getSnapshot().status).toBe('active')
    expect(session.gateState().trusted).toBe(false)
  })

  it('separate voicemail credentials, once refused, are dropped: no fallback to the portal password', async () => {
    await signInToVoicemail('demo', 'demo')
    await control('faults', { path: '/vmrest/user', status: 401 })
    await expect(readCupi()).rejects.toMatchObject({ kind: 'auth' })
    await expect(readCupi()).rejects.toMatchObject({ kind: 'auth' })
    expect(await refusals()).toBe(1)
    expect(session.hasSeparateCupiCredentials()).toBe(false)
    expect(session.getSnapshot().status).toBe('active')
  })
})

describe('a password change whose answer never came', () => {
  const changeLate = async (extra: Record<string, unknown> = {}) => {
    await control('faults', {
      method: 'PUT',
      path: '/cucm-uds/user/demo/credentials',
      delayMs: 600,
      ...extra,
    })
    await expect(changePassword('demo', 'brand-new-pw')).rejects.toMatchObject({ kind: 'timeout' })
  }
  const landed = () => serverAnswered('PUT', '/cucm-uds/user/demo/credentials')

  it('lands before the next request: the new password is proven on a lone request, no refusal', async () => {
    await changeLate()
    await landed()
    await Promise.all([read('/user/demo'), read('/user/demo/devices')])
    expect(await refusals()).toBe(0)
    expect(maxInFlight).toBe(1)
    expect(session.getSnapshot()).toMatchObject({ status: 'active', passwordOutcome: 'new' })
  })

  it('lands after the portal moved on: the old one works meanwhile, then the new one; two refusals at most', async () => {
    await changeLate()
    // Before the change lands: new refused once, the old one works.
    await read('/user/demo')
    expect(session.getSnapshot()).toMatchObject({ status: 'active', passwordOutcome: 'old' })
    await landed()
    // After it lands: the old one is refused once, the new one takes over; requests stay one at a time.
    await Promise.all([read('/user/demo/devices'), read('/user/demo/extensions'), readCupi()])
    expect(session.getSnapshot()).toMatchObject({ status: 'active', passwordOutcome: 'new' })
    expect(await refusals()).toBe(2)
    const state = (await (await control('state/demo')).json()) as { login: { lockedUntil: string | null } }
    expect(state.login.lockedUntil).toBeNull()
    // Proven: parallel again.
    maxInFlight = 0
    await Promise.all([read('/user/demo'), read('/user/demo/devices')])
    expect(maxInFlight).toBe(2)
  })

  it('refused by the server after the timeout: the session ends on the old password, said as such', async () => {
    await changeLate({ status: 400 })
    await landed()
    await read('/user/demo')
    expect(session.getSnapshot()).toMatchObject({ status: 'active', passwordOutcome: 'old' })
    expect(await refusals()).toBe(1)
  })

  it('both refused (changed elsewhere too): the dialog asks, after exactly two refusals', async () => {
    await changeLate({ status: 400 })
    await landed()
    await changePasswordElsewhere('someone-else-changed-it')
    const reads = Promise.allSettled([read('/user/demo'), read('/user/demo/devices')])
    await vi.waitFor(() =>
      expect(session.getSnapshot()).toMatchObject({ status: 'expired', expiry: 'passwordUncertain' }),
    )
    await new Promise((r) => setTimeout(r, 50))
    expect(await refusals()).toBe(2)
    session.endSession('cancelled')
    expect((await reads).map((r) => r.status)).toEqual(['rejected', 'rejected'])
  })
})

describe('sessions are generations', () => {
  it('signing out aborts requests in flight and a late password answer changes nothing', async () => {
    await control('faults', { method: 'PUT', path: '/cucm-uds/user/demo/credentials', delayMs: 150 })
    const change = changePassword('demo', 'brand-new-pw')
    await new Promise((r) => setTimeout(r, 20))
    session.endSession()
    await expect(change).rejects.toMatchObject({ kind: 'auth' })
    await serverAnswered('PUT', '/cucm-uds/user/demo/credentials')
    expect(session.getSnapshot()).toMatchObject({ status: 'signedOut', userId: null })
    await expect(read('/user/demo')).rejects.toMatchObject({ kind: 'auth' })
  })

  it('an answer meant for an earlier session never resumes, changes or extends the current one', async () => {
    const old = session.currentGeneration()
    session.endSession()
    session.startSession('split', session.basicHeader('split', 'demo'))
    session.resumeSession(old, session.basicHeader('demo', 'demo'))
    session.passwordChanged(old, session.basicHeader('demo', 'x'))
    session.passwordMayHaveChanged(old, session.basicHeader('demo', 'y'))
    const spy = vi.fn(browserLikeFetch(mock))
    globalThis.fetch = spy
    await read('/user/split')
    const sent = (spy.mock.calls[0]![1]!.headers as Record<string, string>).Authorization
    expect(sent).toBe(session.basicHeader('split', 'demo'))
    expect(session.getSnapshot()).toMatchObject({ status: 'active', userId: 'split' })
  })
})
