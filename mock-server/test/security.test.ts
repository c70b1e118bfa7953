/**
 * The mock's security properties, derived from its own route table so a new route is covered the day
 * it is added: no user reaches another user's data (by path or by object id), wrong passwords lock an
 * account, and thousands of seeded random requests across every route and method never give a 5xx,
 * never crash the app, and leave it answering normally.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMockApp, type MockApp } from '../app.ts'
import { cupiRoutes } from '../cupi.ts'
import { createState, SIGN_IN_PERSONAS, type Persona } from '../fixtures.ts'
import { udsRoutes } from '../uds.ts'
import type { Route } from '../context.ts'
import { BASE, auth } from './helpers.ts'

const ROUTES: Route[] = [...udsRoutes(), ...cupiRoutes()]
const PERSONAS = SIGN_IN_PERSONAS.filter((p) => p !== 'locked')
const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const

const CAPTURE = '([^/]+)'

/** A route's pattern as written: `/cucm-uds/user/([^/]+)/device/([^/]+)`. */
function pattern(route: Route): string {
  return route.re.source.replace(/^\^/, '').replace(/\$$/, '').replaceAll('\\/', '/')
}

/** The literal path segment before each capture group of a route pattern ("device", "speedDial", …). */
function slots(route: Route): string[] {
  return pattern(route)
    .split(CAPTURE)
    .slice(0, -1)
    .map((before) => before.split('/').filter(Boolean).at(-1) ?? '')
}

function fill(route: Route, values: string[]): string {
  let i = 0
  return pattern(route)
    .split(CAPTURE)
    .reduce((path, part, n) => (n === 0 ? part : path + encodeURIComponent(values[i++] ?? 'x') + part), '')
}

/** The ids a persona owns, by the path segment that names them. */
function ownedIds(p: Persona): Record<string, string[]> {
  const phones = p.devices
  return {
    user: [p.userName],
    device: phones.map((d) => d.id),
    extension: p.lines.map((l) => l.id),
    remoteDestination: p.remoteDestinations.map((r) => r.id),
    speedDial: phones.flatMap((d) => d.speedDials.map((s) => s.id)),
    subscribedServices: p.subscribedServices.map((s) => s.id),
    users: [p.cupi.objectId],
    externalserviceaccounts: p.cupi.externalServiceAccounts.map((a) => a.objectId),
  }
}

/** A route is per-user when a capture names a user or an object some user owns. */
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
const perUserRoutes = ROUTES.filter((r) => slots(r).some((s) => OWNED.has(s)))

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
function bodyFor(route: Route, method: string): string | undefined {
  if (method === 'GET' || method === 'DELETE') return undefined
  const s = route.re.source
  if (s.includes('speedDial/') || s.endsWith('speedDial$'))
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

async function call(
  mock: MockApp,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Uint8Array,
) {
  const res = await mock.fetch(
    new Request(BASE + path, {
      method,
      headers: body !== undefined ? { ...headers, 'Content-Type': 'application/xml' } : headers,
      body: body as BodyInit | undefined,
    }),
  )
  return { status: res.status, text: await res.text() }
}

async function state(mock: MockApp, user: string): Promise<Record<string, unknown>> {
  const res = await mock.fetch(new Request(`${BASE}/__mock/state/${user}`))
  const s = (await res.json()) as Record<string, unknown>
  delete s.login
  return s
}

const personas = new Map(createState().users.map((u) => [u.userName, u]))
const persona = (name: string) => personas.get(name)!

describe('isolation: user A never reaches user B', () => {
  it('covers every per-user route of the mock', () => {
    const patterns = perUserRoutes.map(pattern)
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
            const offered = method in route.methods
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
  })

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
            for (const method of Object.keys(route.methods)) {
              const r = await call(mock, method, path, auth(a), bodyFor(route, method))
              // POST /remoteDestination/{anything} ignores the id and adds to A's own list.
              const createsOwn = method === 'POST' && route.re.source.includes('remoteDestination')
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
  })

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

// -------------------------------------------------------------------------------------------------
// Fuzzing
// -------------------------------------------------------------------------------------------------

const FUZZ_RUNS = 4000
const FUZZ_SEED = 20260302

const demo = persona('demo')
const ldap = persona('ldap')
const demoIds = Object.values(ownedIds(demo)).flat()
const idPool = [
  ...Object.values(ownedIds(demo)).flat(),
  ...Object.values(ownedIds(ldap)).flat(),
  '',
  ' ',
  '..',
  '%',
  '%zz',
  '%00',
  '\u0000',
  'ü',
  '😀',
  '<x>',
  '"\'',
  'a'.repeat(3000),
  '-1',
  '99999999999999999999',
]

const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(...idPool),
)

const authArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(auth('demo')) },
  { weight: 3, arbitrary: fc.constantFrom(...PERSONAS).map((p) => auth(p)) },
  { weight: 1, arbitrary: fc.constantFrom(...PERSONAS).map((p) => auth(p, 'wrong')) },
  { weight: 1, arbitrary: fc.constant({} as Record<string, string>) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        'Bearer abc',
        'Basic',
        'Basic !!!',
        'Basic ' + btoa('nocolon'),
        'Digest x',
        'Basic ' + 'A'.repeat(9000),
      )
      .map((v) => ({ Authorization: v })),
  },
  { weight: 1, arbitrary: fc.tuple(text, text).map(([u, p]) => auth(u, p)) },
)

/** Valid bodies for each writable resource, mutated by the fuzzer. */
const SEEDS = [
  '<user><displayName>A</displayName><enableDoNotDisturb>true</enableDoNotDisturb><callForwardAllDestination><destination>1</destination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber></callForwardAllDestination><userLocale value="3"/></user>',
  '<speedDials><speedDial><index>9</index><number>1</number><label>x</label></speedDial><speedDial><index>1</index><number>2</number></speedDial></speedDials>',
  '<speedDial><index>1</index><number>1</number><label>y</label></speedDial>',
  '<remoteDestination><name>n</name><destination>+15551234</destination><ringWhenExtensionDialed>false</ringWhenExtensionDialed><schedule><timeZone value="America/Chicago"/><days><day value="1"><timeOfDayStart>08:00</timeOfDayStart><timeOfDayEnd>24:00</timeOfDayEnd></day></days></schedule></remoteDestination>',
  '<credentials><credential type="pin">2580</credential></credentials>',
  '<credentials><credential type="password">Another-pass-1</credential></credentials>',
  '<conferencing><conferenceNow><enabled>true</enabled><accessCode>9876</accessCode></conferenceNow></conferencing>',
  '<device><description>d</description><doNotDisturbSettings><enable>true</enable><option>1</option></doNotDisturbSettings></device>',
  '<extension><callForwardAllDestination><sendToCustomDestination>1</sendToCustomDestination></callForwardAllDestination><label>l</label><logMissedCalls>false</logMissedCalls></extension>',
  '<subscribedServices><subscribedService><phoneServiceId>5ba00001-5555-4f60-a172-000000000001</phoneServiceId><phoneServiceName>x</phoneServiceName></subscribedService></subscribedServices>',
  '<Credential><Credentials>2580</Credentials><CredMustChange>true</CredMustChange><HackCount>3</HackCount></Credential>',
]

const mutated = fc.tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.nat(), text).map(([seed, a, b, insert]) => {
  const i = a % (seed.length + 1)
  const j = Math.min(seed.length, i + (b % 12))
  return seed.slice(0, i) + insert + seed.slice(j)
})

const bodyArb = fc.oneof(
  { weight: 4, arbitrary: mutated },
  { weight: 2, arbitrary: fc.constantFrom(...SEEDS) },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<user>' + '<a>'.repeat(5000) + '</a>'.repeat(5000) + '</user>',
      '<user><displayName>' + 'x'.repeat(70_000) + '</displayName></user>',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><user>&lol2;</user>',
      '<user><![CDATA[x]]></user>',
      '<user><displayName>&#x110000;</displayName></user>',
      '<user><displayName>&#xD800;</displayName></user>',
      '<user a="1" a="2"/>',
      '<user><constructor/><prototype/><__proto__><x>1</x></__proto__></user>',
    ),
  },
)

const QUERY_KEYS = [
  'index',
  'number',
  'model',
  'newpin',
  'password',
  'name',
  'start',
  'max',
  'username',
  'email',
  'last',
  'x',
]

/** A route of the table with its captures filled (usually the caller's own user) and a method it offers. */
const routedArb = fc
  .tuple(
    fc.constantFrom(...ROUTES),
    fc.array(fc.oneof(fc.constantFrom(...demoIds), fc.constantFrom(...idPool)), {
      minLength: 3,
      maxLength: 3,
    }),
    fc.nat(4).map((n) => n > 0),
    fc.nat(),
  )
  .map(([route, values, own, pick]) => {
    const names = slots(route)
    const v = names.map((n, i) => (n === 'user' && own ? '\u0001' : (values[i] ?? 'x')))
    const offered = Object.keys(route.methods)
    return { path: fill(route, v), method: offered[pick % offered.length] ?? 'GET' }
  })

/** Anything else: made-up paths and methods. */
const strayArb = fc.record({
  path: fc
    .array(
      fc.constantFrom(
        'cucm-uds',
        'vmrest',
        'user',
        'demo',
        'users',
        'device',
        'speedDials',
        '',
        '..',
        '%2e%2e',
        'x',
        'UsEr',
        '__mock',
      ),
      { maxLength: 6 },
    )
    .map((segments) => '/' + segments.join('/')),
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
})

const requestArb = fc.record({
  target: fc.oneof({ weight: 8, arbitrary: routedArb }, { weight: 2, arbitrary: strayArb }),
  query: fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), text), { maxLength: 3 }),
  auth: authArb,
  body: bodyArb,
  contentType: fc.constantFrom(
    'application/xml',
    'text/xml; charset=utf-8',
    'application/json',
    'text/plain',
    '',
  ),
  trailingSlash: fc.boolean(),
})

describe('fuzz', () => {
  afterEach(() => vi.restoreAllMocks())

  it(`${FUZZ_RUNS} seeded random requests across every route and method: no 5xx, no crash, normal answers afterwards`, async () => {
    // A lockout would stop the fuzzer at the door; lockout has its own test above.
    const mock = createMockApp({ lockoutAttempts: 1_000_000 })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const samples = fc.sample(requestArb, { seed: FUZZ_SEED, numRuns: FUZZ_RUNS })
    const failures: string[] = []
    const statuses = new Map<number, number>()
    for (const s of samples) {
      const user = s.auth.Authorization?.startsWith('Basic ')
        ? (Buffer.from(s.auth.Authorization.slice(6), 'base64').toString('utf8').split(':')[0] ?? 'demo')
        : 'demo'
      const { method } = s.target
      if (s.target.path.startsWith('/__mock')) continue // test-only control routes are not the API
      let path = s.target.path.replace(/%01/g, encodeURIComponent(user))
      if (s.trailingSlash) path += '/'
      const query = s.query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')
      const url = BASE + path + (query ? `?${query}` : '')
      const headers: Record<string, string> = { ...s.auth }
      if (s.contentType) headers['Content-Type'] = s.contentType
      const withBody = method !== 'GET' && method !== 'HEAD'
      let req: Request
      try {
        req = new Request(url, { method, headers, body: withBody ? (s.body as BodyInit) : undefined })
      } catch {
        continue // a request no client could send (e.g. a header value with a newline)
      }
      const label = `${method} ${url.slice(0, 200)} body=${JSON.stringify(String(s.body).slice(0, 120))}`
      try {
        const res = await mock.fetch(req)
        await res.arrayBuffer()
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        if (res.status >= 500) failures.push(`${res.status} ${label}`)
      } catch (e) {
        failures.push(`threw ${(e as Error).message} for ${label}`)
      }
    }
    expect(failures).toEqual([])
    expect(errors).not.toHaveBeenCalled()
    // Enough of the requests got past auth into the handlers, and some changed state.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(FUZZ_RUNS / 10)
    expect((statuses.get(415) ?? 0) + (statuses.get(400) ?? 0)).toBeGreaterThan(FUZZ_RUNS / 20)

    // Still answering normally: public and authenticated reads parse, for every persona.
    expect((await call(mock, 'GET', '/cucm-uds/version', {})).status).toBe(200)
    for (const p of PERSONAS) {
      for (const path of [
        `/cucm-uds/user/${p}`,
        `/cucm-uds/user/${p}/devices`,
        `/cucm-uds/user/${p}/speedDials`,
      ]) {
        const r = await call(mock, 'GET', path, auth(p))
        expect(r.status, `${p} ${path}`).toBe(200)
        expect(r.text).toMatch(/^<\?xml/)
      }
      expect((await call(mock, 'GET', '/vmrest/user', auth(p))).status).toBe(200)
    }
    // And a reset brings the fixtures back.
    mock.reset()
    const fresh = createMockApp()
    for (const p of PERSONAS) expect(await state(mock, p)).toEqual(await state(fresh, p))
  }, 30_000)
})
