/**
 * The mock's isolation and lockout, derived from its own route table so a new route is covered the day
 * it is added: no user reaches another user's data (by path or by object id), and wrong passwords lock
 * an account.
 */
import { describe, expect, it } from 'vitest'
import { createMockApp } from '../app.ts'
import { createState } from '../fixtures/personas.ts'
import type { Persona } from '../model/types.ts'
import { auth } from './helpers.ts'
import {
  call,
  fill,
  ownedIds,
  persona,
  PERSONAS,
  routeTable,
  slots,
  state,
  type RouteInfo,
} from './routes.ts'

const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const

const OWNED = new Set([
  'user',
  'device',
  'extension',
  'remoteDestination',
  'speedDial',
  'subscribedServices',
  'users',
  'externalserviceaccounts',
])
const perUserRoutes = routeTable().filter((r) => slots(r).some((s) => OWNED.has(s)))

/** Values only B has: what must never appear in an answer to A (ids A put in the path excepted). */
function secretsOf(b: Persona, a: Persona): string[] {
  const aText = JSON.stringify(a)
  const values = [
    b.email,
    b.id,
    b.phoneNumber,
    b.mobileNumber,
    b.password === a.password ? '' : b.password,
    b.cupi.objectId,
    ...b.lines.flatMap((l) => [l.id, l.directoryNumber, l.label]),
    ...b.devices.flatMap((d) => [
      d.id,
      d.name,
      d.userDescription ?? '',
      ...d.speedDials.map((s) => s.number),
    ]),
    ...b.remoteDestinations.flatMap((r) => [r.id, r.destination]),
    ...b.subscribedServices.map((s) => s.id),
    ...b.cupi.externalServiceAccounts.flatMap((x) => [x.objectId, x.userId]),
  ]
  return [...new Set(values)].filter((v) => v && v.length >= 4 && !aText.includes(v))
}

/** A body that would change something if it were accepted. */
function bodyFor(route: RouteInfo, method: string): string | undefined {
  if (method === 'GET' || method === 'DELETE') return undefined
  const s = route.path
  if (s.includes('speedDial/') || s.endsWith('speedDial'))
    return '<speedDial><index>1</index><number>666</number><label>Hacked</label></speedDial>'
  if (s.includes('speedDials'))
    return '<speedDials><speedDial><index>42</index><number>666</number><label>Hacked</label></speedDial></speedDials>'
  if (s.includes('remoteDestination'))
    return '<remoteDestination><name>Hacked</name><destination>+15550006666</destination></remoteDestination>'
  if (s.includes('subscribedServices'))
    return '<subscribedServices><subscribedService><phoneServiceId>5ba00001-5555-4f60-a172-000000000001</phoneServiceId><phoneServiceName>Hacked</phoneServiceName></subscribedService></subscribedServices>'
  if (s.includes('credentials'))
    return '<credentials><credential type="password">Hacked-Password-1</credential></credentials>'
  if (s.includes('credential/pin')) return '<Credential><Credentials>86420</Credentials></Credential>'
  if (s.includes('conferencing'))
    return '<conferencing><conferenceNow><enabled>false</enabled><accessCode>6666</accessCode></conferenceNow></conferencing>'
  if (s.includes('extension'))
    return '<extension><callForwardAllDestination><sendToCustomDestination>666</sendToCustomDestination></callForwardAllDestination></extension>'
  if (s.includes('device/'))
    return '<device><description>Hacked</description><doNotDisturbSettings><enable>true</enable></doNotDisturbSettings></device>'
  return '<user><displayName>Hacked</displayName><enableDoNotDisturb>true</enableDoNotDisturb></user>'
}
describe('isolation: user A never reaches user B', () => {
  it('covers every per-user route of the mock', () => {
    const patterns = perUserRoutes.map((r) => r.path)
    // The routes a user's data lives under, UDS and CUPI (a new one is covered automatically).
    expect(patterns.length).toBeGreaterThanOrEqual(20)
    expect(patterns.some((p) => p.includes('/vmrest/users/'))).toBe(true)
    expect(patterns.some((p) => p.includes('externalserviceaccounts/'))).toBe(true)
  })

  it("A gets 401 for every method on every path of B's, never B's data, and B's state never changes", async () => {
    const mock = createMockApp()
    let checked = 0
    // Every persona against the next one (so each is once A and once B) and against the locked one.
    for (const [i, a] of PERSONAS.entries()) {
      for (const b of [PERSONAS[(i + 1) % PERSONAS.length]!, 'locked']) {
        const A = persona(a)
        const B = persona(b)
        const ids = ownedIds(B)
        const secrets = secretsOf(B, A)
        const before = await state(mock, b)
        for (const route of perUserRoutes) {
          const names = slots(route)
          if (!names.includes('user') && !names.includes('users')) continue // by object id: next test
          const values = names.map((n) => ids[n]?.[0] ?? 'none')
          const path = fill(route, values)
          for (const method of METHODS) {
            const r = await call(mock, method, path, auth(a), bodyFor(route, method))
            const offered = route.methods.includes(method)
            expect(offered ? [401] : [401, 405], `${a} → ${method} ${path}`).toContain(r.status)
            for (const secret of secrets)
              expect(r.text, `${a} → ${method} ${path} leaked ${secret}`).not.toContain(secret)
            checked++
          }
        }
        expect(await state(mock, b), `${b}'s state after ${a}'s attempts`).toEqual(before)
      }
    }
    expect(checked).toBeGreaterThan(800)
  }, 60_000)

  it("A using B's object ids under A's own path gets no 2xx read of B's object, and B's state never changes", async () => {
    const mock = createMockApp()
    for (const [i, a] of PERSONAS.entries()) {
      for (const b of [PERSONAS[(i + 1) % PERSONAS.length]!, PERSONAS[(i + 3) % PERSONAS.length]!]) {
        const A = persona(a)
        const B = persona(b)
        const bIds = ownedIds(B)
        const aIds = ownedIds(A)
        const secrets = secretsOf(B, A)
        const before = await state(mock, b)
        for (const route of perUserRoutes) {
          const names = slots(route)
          // Own user (or own CUPI object), one of B's objects in the first object slot, own ids after it.
          const objectSlot = names.findIndex((n) => n !== 'user' && n !== 'users' && OWNED.has(n))
          if (objectSlot < 0) continue
          const candidates = bIds[names[objectSlot]!] ?? []
          for (const foreign of candidates.slice(0, 2)) {
            const values = names.map((n, i) => (i === objectSlot ? foreign : (aIds[n]?.[0] ?? 'none')))
            const path = fill(route, values)
            for (const method of route.methods) {
              const r = await call(mock, method, path, auth(a), bodyFor(route, method))
              // POST /remoteDestination/{anything} ignores the id and adds to A's own list.
              const createsOwn = method === 'POST' && route.path.includes('remoteDestination')
              if (!createsOwn && method === 'GET') expect(r.status, `${a} → GET ${path}`).toBe(404)
              if (!createsOwn && method !== 'GET')
                expect(r.status, `${a} → ${method} ${path}`).toBeGreaterThanOrEqual(400)
              for (const secret of secrets.filter((s) => !path.includes(encodeURIComponent(s))))
                expect(r.text, `${a} → ${method} ${path} leaked ${secret}`).not.toContain(secret)
            }
          }
        }
        expect(await state(mock, b), `${b}'s state after ${a}'s attempts`).toEqual(before)
      }
    }
  }, 60_000)

  it('the public directory search and the state of the signed-out are free of secrets', async () => {
    const mock = createMockApp()
    const r = await call(mock, 'GET', '/cucm-uds/users?last=Morgan', {})
    expect(r.status).toBe(200)
    for (const p of PERSONAS) {
      const u = persona(p)
      expect(r.text).not.toMatch(/<password|<pin|<credential/i)
      expect(r.text).not.toContain(u.pin)
      expect(r.text).not.toContain(u.cupi.pin)
    }
  })
})

describe('lockout', () => {
  it('3 wrong passwords lock the account for UDS and CUPI; the right password is refused until it ends', async () => {
    let now = new Date('2026-03-02T09:00:00Z')
    const mock = createMockApp({ now: () => now })
    const U = '/cucm-uds/user/demo'
    // Wrong passwords count across both APIs.
    expect((await call(mock, 'GET', U, auth('demo', 'guess-1'))).status).toBe(401)
    expect((await call(mock, 'GET', '/vmrest/user', auth('demo', 'guess-2'))).status).toBe(401)
    expect((await call(mock, 'GET', U, auth('demo', 'demo'))).status).toBe(200) // a success resets the run
    for (let i = 0; i < 3; i++)
      expect((await call(mock, 'GET', U, auth('demo', `guess-${i}`))).status).toBe(401)
    const locked = await call(mock, 'GET', U, auth('demo', 'demo'))
    expect(locked.status).toBe(401)
    expect(locked.text).not.toContain('Dana')
    expect((await call(mock, 'GET', '/vmrest/user', auth('demo', 'demo'))).status).toBe(401)
    expect(
      (await call(mock, 'PUT', U, auth('demo', 'demo'), '<user><displayName>X</displayName></user>')).status,
    ).toBe(401)
    // Other users are not affected.
    expect((await call(mock, 'GET', '/cucm-uds/user/ldap', auth('ldap', 'demo'))).status).toBe(200)
    // Further guesses while locked never get in, and the lock ends after its time.
    for (let i = 0; i < 20; i++)
      expect((await call(mock, 'GET', U, auth('demo', `more-${i}`))).status).toBe(401)
    now = new Date('2026-03-02T09:31:00Z')
    expect((await call(mock, 'GET', U, auth('demo', 'demo'))).status).toBe(200)
    expect((await state(mock, 'demo')).displayName).toBe('Dana Morgan')
  })

  it('an always-locked account and a directory-only entry never sign in', async () => {
    const mock = createMockApp()
    expect((await call(mock, 'GET', '/cucm-uds/user/locked', auth('locked', 'demo'))).status).toBe(401)
    const dir = createState().users.find((u) => u.directoryOnly)!
    const r = await call(mock, 'GET', `/cucm-uds/user/${dir.userName}`, auth(dir.userName, dir.password))
    expect(r.status).toBe(401)
  })
})
