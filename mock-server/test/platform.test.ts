import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASE, DEMO, ORIGIN, auth, setup, parser } from './helpers.ts'

const U = '/cucm-uds/user/demo'

describe('auth, isolation, lockout', () => {
  it('no/wrong credentials → 401 with the Basic challenge', async () => {
    const c = setup()
    const r = await c.get(U, null)
    expect(r.status).toBe(401)
    expect(r.headers.get('www-authenticate')).toBe('Basic realm="Cisco Web Services Realm"')
    expect(r.headers.get('content-type')).toContain('text/plain')
    expect((await c.call('GET', U, { password: 'nope' })).status).toBe(401)
    expect((await c.get('/cucm-uds/user/locked', 'locked')).status).toBe(401)
  })

  it('A never reaches B: 401 for every /user/B path', async () => {
    const c = setup()
    const paths = [
      '',
      '/devices',
      `/device/${DEMO.desk}`,
      '/extensions',
      `/extension/${DEMO.line1}`,
      '/speedDials',
      '/remoteDestinations',
      `/remoteDestination/${DEMO.rd}`,
      '/subscribedServices',
      '/credentials',
      '/conferencing',
      `/device/${DEMO.desk}/speedDials`,
      `/device/${DEMO.desk}/extensions`,
    ]
    for (const p of paths) {
      const r = await c.get(`/cucm-uds/user/demo${p}`, 'ldap')
      expect(r.status, p).toBe(401)
      expect(r.text).not.toContain('Dana')
      expect((await c.put(`/cucm-uds/user/demo${p}`, '<user/>', 'ldap')).status).toBeGreaterThanOrEqual(401)
    }
    expect(
      (await c.get('/vmrest/users/c0ffee00-0001-4a5b-9c8d-000000000001/credential/pin', 'ldap')).status,
    ).toBe(401)
  })

  it('locks after N wrong passwords until reset; success resets the count', async () => {
    let now = new Date('2026-01-01T00:00:00Z')
    const c = setup({ lockoutAttempts: 3, lockoutMinutes: 30, now: () => now })
    await c.call('GET', U, { password: 'x' })
    await c.call('GET', U, { password: 'x' })
    expect((await c.get(U)).status).toBe(200) // resets the run
    for (let i = 0; i < 3; i++) await c.call('GET', U, { password: 'x' })
    expect((await c.get(U)).status).toBe(401)
    expect((await c.state()).login.lockedUntil).toBe('2026-01-01T00:30:00.000Z')
    now = new Date('2026-01-01T00:31:00Z')
    expect((await c.get(U)).status).toBe(200)
    for (let i = 0; i < 3; i++) await c.call('GET', U, { password: 'x' })
    expect((await c.get(U)).status).toBe(401)
    await c.mock.fetch(new Request(`${BASE}/__mock/reset`, { method: 'POST' }))
    expect((await c.get(U)).status).toBe(200)
  })

  it('visitor: reads work, every UDS write is 409 before validation; CUPI writes allowed', async () => {
    const c = setup()
    const V = '/cucm-uds/user/visitor'
    expect((await c.get(V, 'visitor')).xml.user.homeCluster['#text']).toBe('false')
    expect((await c.put(V, 'garbage', 'visitor')).status).toBe(409)
    expect((await c.post(`${V}/speedDials`, '<x/>', 'visitor')).status).toBe(409)
    expect((await c.del(`${V}/speedDials?index=1`, 'visitor')).status).toBe(409)
    expect((await c.call('PUT', '/vmrest/user/credential/pin?newpin=8642', { user: 'visitor' })).status).toBe(
      204,
    )
  })
})

describe('bad input', () => {
  it('malformed, DOCTYPE, multi-root, wrong root, trailing text, entities, oversize', async () => {
    const c = setup()
    for (const b of [
      '<user><enableDoNotDisturb>true</user>',
      '<!DOCTYPE user [<!ENTITY x "y">]><user>&x;</user>',
      '<user/><user/>',
      '<user></user><device/>',
      '<user/>junk',
      '<device/>',
      '<user>&nbsp;</user>',
      'not xml',
      '',
      '<user><enableDoNotDisturb><a/></enableDoNotDisturb></user>',
      '<user><__proto__/></user>',
      '<user><enableDoNotDisturb>true</enableDoNotDisturb><enableDoNotDisturb>false</enableDoNotDisturb></user>',
      '<user>&#1;</user>',
    ]) {
      expect((await c.put(U, b)).status, b).toBe(415)
    }
    const big = `<user><displayName>${'x'.repeat(65537)}</displayName></user>`
    expect((await c.put(U, big)).status).toBe(413)
    const exact = `<user><nickName>${'x'.repeat(65536 - '<user><nickName></nickName></user>'.length)}</nickName></user>`
    expect(new TextEncoder().encode(exact).length).toBe(65536)
    expect((await c.put(U, exact)).status).toBe(200)
    expect((await c.get('/cucm-uds/nope', null)).status).toBe(404)
    expect((await c.get('/elsewhere', null)).status).toBe(404)
    const m = await c.call('DELETE', '/cucm-uds/version', { user: null })
    expect(m.status).toBe(405)
    expect(m.headers.get('allow')).toContain('GET')
    expect((await c.call('PATCH', U, {})).status).toBe(405)
    expect((await c.get('/cucm-uds/user/demo/', 'demo')).status).toBe(200)
    expect((await c.get('/cucm-uds/USER/demo', 'demo')).status).toBe(404)
  })

  it('fuzz: random and truncated bodies to every write route never give 5xx', async () => {
    const c = setup()
    const routes: [string, string, string][] = [
      [
        'PUT',
        U,
        '<user><displayName>A</displayName><callForwardAllDestination><destination>1</destination></callForwardAllDestination></user>',
      ],
      [
        'PUT',
        `${U}/conferencing`,
        '<conferencing><conferenceNow><enabled>true</enabled><accessCode>9876</accessCode></conferenceNow></conferencing>',
      ],
      ['PUT', `${U}/credentials`, '<credentials><credential type="pin">2580</credential></credentials>'],
      [
        'PUT',
        `${U}/device/${DEMO.desk}`,
        '<device><description>d</description><doNotDisturbSettings><enable>true</enable></doNotDisturbSettings></device>',
      ],
      [
        'PUT',
        `${U}/extension/${DEMO.line1}`,
        '<extension><callForwardAllDestination><sendToCustomDestination>1</sendToCustomDestination></callForwardAllDestination><label>l</label></extension>',
      ],
      [
        'POST',
        `${U}/remoteDestination`,
        '<remoteDestination><name>n</name><destination>123</destination><schedule><timeZone value="UTC"/><days><day value="1"><timeOfDayStart>08:00</timeOfDayStart><timeOfDayEnd>09:00</timeOfDayEnd></day></days></schedule></remoteDestination>',
      ],
      ['PUT', `${U}/remoteDestination/${DEMO.rd}`, '<remoteDestination><name>n</name></remoteDestination>'],
      [
        'POST',
        `${U}/speedDials`,
        '<speedDials><speedDial><index>9</index><number>1</number></speedDial></speedDials>',
      ],
      [
        'PUT',
        `${U}/speedDials`,
        '<speedDials><speedDial><index>1</index><number>1</number><label>x</label></speedDial></speedDials>',
      ],
      [
        'POST',
        `${U}/device/${DEMO.desk}/speedDials`,
        '<speedDials><speedDial><index>9</index><number>1</number></speedDial></speedDials>',
      ],
      [
        'PUT',
        `${U}/device/${DEMO.desk}/speedDial`,
        '<speedDial><index>1</index><number>1</number></speedDial>',
      ],
      [
        'POST',
        `${U}/subscribedServices`,
        '<subscribedServices><subscribedService><phoneServiceId>x</phoneServiceId></subscribedService></subscribedServices>',
      ],
      ['PUT', `${U}/subscribedServices`, '<subscribedServices/>'],
      [
        'PUT',
        '/vmrest/users/c0ffee00-0001-4a5b-9c8d-000000000001/credential/pin',
        '<Credential><Credentials>2580</Credentials></Credential>',
      ],
      ['PUT', '/vmrest/user/credential/pin', '<Credential><Credentials>2580</Credentials></Credential>'],
    ]
    const arb = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom(
        '<',
        '<a',
        '<![CDATA[',
        '&',
        '&#x110000;',
        '<?xml?>',
        '<!--',
        ']]>',
        '\u0000',
        '<user xmlns:a="b"><a:b/></user>',
      ),
    )
    let n = 0
    for (const [method, path, valid] of routes) {
      const samples = fc.sample(arb, { seed: 42 + n, numRuns: 14 })
      const bodies = [
        ...samples,
        ...Array.from({ length: 6 }, (_, i) => valid.slice(0, Math.floor((valid.length * i) / 6))),
      ]
      for (const b of bodies) {
        n++
        const r = await c.call(method, path, { body: b })
        expect(r.status, `${method} ${path} ${JSON.stringify(b)}`).toBeLessThan(500)
      }
    }
    expect(n).toBeGreaterThanOrEqual(300)
    expect((await c.get('/cucm-uds/version', null)).status).toBe(200)
  })
})

describe('CORS', () => {
  const req = (method: string, path: string, headers: Record<string, string>) =>
    new Request(BASE + path, { method, headers })

  it('allowed origin on success and error responses; disallowed gets none', async () => {
    const c = setup()
    for (const [path, h, status] of [
      ['/cucm-uds/version', {}, 200],
      [U, {}, 401],
      ['/cucm-uds/nope', {}, 404],
      [U, auth(), 200],
    ] as const) {
      const r = await c.mock.fetch(req('GET', path, { Origin: ORIGIN, ...h }))
      expect(r.status).toBe(status)
      expect(r.headers.get('access-control-allow-origin')).toBe(ORIGIN)
      expect(r.headers.get('access-control-allow-credentials')).toBe('true')
      expect(r.headers.get('vary')).toContain('Origin')
      expect(r.headers.get('access-control-expose-headers')).toBe('Retry-After, Location')
    }
    const bad = await c.mock.fetch(req('GET', '/cucm-uds/version', { Origin: 'http://evil.example' }))
    expect(bad.status).toBe(200)
    expect(bad.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('preflight: 204, no auth, explicit headers, counted in the log', async () => {
    const c = setup()
    const r = await c.mock.fetch(
      req('OPTIONS', `${U}/speedDials`, {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization, content-type, x-evil',
      }),
    )
    expect(r.status).toBe(204)
    expect(r.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(r.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, DELETE, OPTIONS')
    expect(r.headers.get('access-control-allow-headers')).toBe('Authorization, Accept, Content-Type')
    const bad = await c.mock.fetch(
      req('OPTIONS', U, { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'GET' }),
    )
    expect(bad.headers.get('access-control-allow-origin')).toBeNull()
    const log = await (await c.mock.fetch(req('GET', '/__mock/requests', {}))).json()
    expect(log[0]).toMatchObject({
      method: 'OPTIONS',
      path: `${U}/speedDials`,
      status: 204,
      user: null,
      preflight: true,
    })
  })

  it('control routes answer CORS', async () => {
    const c = setup()
    const r = await c.mock.fetch(req('POST', '/__mock/reset', { Origin: ORIGIN }))
    expect(r.status).toBe(204)
    expect(r.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  })
})

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
    let s = await c.state()
    expect(s.pin).toBe('2580')
    expect(s.voicemailPin).toBe('24680')
    expect(s.remoteDestinations[0].schedule.days).toHaveLength(5)
    expect((await ctl(c, 'GET', '/__mock/health')).status).toBe(200)
    expect((await ctl(c, 'POST', '/__mock/reset')).status).toBe(204)
    s = await c.state()
    expect(s.pin).toBe('12345')
    expect((await ctl(c, 'GET', '/__mock/state/nobody')).status).toBe(404)
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

describe('version gating', () => {
  const user = async (v: string) => {
    const c = setup({ udsVersion: v })
    return { c, u: (await c.get(U)).xml?.user }
  }
  it('10.5(1): no displayName, credentials GET 405, no conferencing, no capabilities', async () => {
    const { c, u } = await user('10.5.1')
    expect(u.displayName).toBeUndefined()
    expect(u.selfServiceId).toBeDefined()
    expect(u.jabberProfile).toBeUndefined()
    expect((await c.get(`${U}/credentials`)).status).toBe(405)
    expect((await c.get(`${U}/conferencing`)).status).toBe(404)
    const v = await c.get('/cucm-uds/version', null)
    expect(v.xml.versionInformation.capabilities).toBeUndefined()
    expect(v.xml.versionInformation.version).toBe('10.5.1')
  })
  it('10.5(2): credentials GET exists', async () => {
    const { c } = await user('10.5(2)')
    expect((await c.get(`${U}/credentials`)).status).toBe(200)
  })
  it('11.0: displayName and conferencing, PUT displayName ignored, no model', async () => {
    const { c, u } = await user('11.0.1')
    expect(u.displayName).toBe('Dana Morgan')
    expect(u['@_version']).toBe('11.0.0')
    expect((await c.get(`${U}/conferencing`)).status).toBe(200)
    const r = await c.put(U, '<user><displayName>New</displayName></user>')
    expect(r.xml.user.displayName).toBe('Dana Morgan')
    const rd = await c.get(`${U}/remoteDestinations`)
    expect(
      rd.xml.remoteDestinations.remoteDestination[0].associatedDevices.associatedDevice.model,
    ).toBeUndefined()
  })
  it('12.5: jabberProfile and model', async () => {
    const { c, u } = await user('12.5.1')
    expect(u.jabberProfile.uri).toContain('JAB_')
    const rd = await c.get(`${U}/remoteDestinations`)
    expect(rd.xml.remoteDestinations.remoteDestination[0].associatedDevices.associatedDevice.model).toBe(
      'Remote Destination Profile',
    )
  })
  it('14.0.1 default: everything', async () => {
    const { c, u } = await user('14.0.1')
    expect(u.displayName).toBeDefined()
    expect((await c.get('/cucm-uds/version', null)).xml.versionInformation.capabilities).toBeDefined()
  })
  it('rejects an unknown version', () => {
    expect(() => setup({ udsVersion: 'banana' })).toThrow()
  })
})

describe('CUPI', () => {
  const OID = 'c0ffee00-0001-4a5b-9c8d-000000000001'
  it('GET /vmrest/user, PIN change and policy errors in ErrorDetails', async () => {
    const c = setup()
    const u = await c.get('/vmrest/user')
    expect(u.xml.User.Alias).toBe('demo')
    expect(u.xml.User.ObjectId).toBe(OID)
    for (const bad of ['12345', '1111', '12', 'abcd']) {
      const r = await c.call('PUT', `/vmrest/user/credential/pin?newpin=${bad}`, {})
      expect(r.status).toBe(400)
      expect(r.xml.ErrorDetails.errors.code).toBe('PIN_POLICY_VIOLATION')
      expect(r.xml.ErrorDetails.errors.message).toBeTruthy()
    }
    expect((await c.call('PUT', '/vmrest/user/credential/pin?newpin=97531', {})).status).toBe(204)
    expect((await c.state()).voicemailPin).toBe('97531')
    expect(
      (
        await c.put(
          '/vmrest/user/credential/pin',
          '<Credential><Credentials>86420</Credentials></Credential>',
        )
      ).status,
    ).toBe(204)
    expect((await c.put('/vmrest/user/credential/pin', '<Nope/>')).status).toBe(400)
    const nf = await c.get('/vmrest/nope')
    expect(nf.status).toBe(404)
    expect(nf.xml.ErrorDetails.errors.code).toBe('NOT_FOUND')
    const un = await c.get('/vmrest/user', null)
    expect(un.status).toBe(401)
    expect(un.xml.ErrorDetails).toBeDefined()
  })

  it('admin credential/pin for own objectId only', async () => {
    const c = setup()
    const P = `/vmrest/users/${OID}/credential/pin`
    const r = await c.get(P)
    expect(r.xml.Credential.Credentials).toBe('')
    expect(r.xml.Credential.HackCount).toBe('0')
    expect(
      (
        await c.put(
          P,
          '<Credential><Credentials>2468013</Credentials><CredMustChange>true</CredMustChange></Credential>',
        )
      ).status,
    ).toBe(204)
    expect((await c.get(P)).xml.Credential.CredMustChange).toBe('true')
    expect(
      (await c.put(P, '<Credential><HackCount>0</HackCount><Locked>false</Locked></Credential>')).status,
    ).toBe(204)
    expect((await c.get('/vmrest/users/nope/credential/pin')).status).toBe(404)
  })

  it('external service accounts', async () => {
    const c = setup()
    const r = await c.get('/vmrest/user/externalserviceaccounts')
    const list = r.xml.UserExternalServiceAccounts.UserExternalServiceAccount
    expect(list).toHaveLength(2)
    const [svc, user] = list
    expect(
      (await c.get(`/vmrest/user/externalserviceaccounts/${user.ObjectId}`)).xml.UserExternalServiceAccount
        .UserId,
    ).toBe('demo')
    expect(
      (await c.call('PUT', `/vmrest/user/externalserviceaccounts/${user.ObjectId}?password=x%26y`, {}))
        .status,
    ).toBe(204)
    expect(
      (await c.call('PUT', `/vmrest/user/externalserviceaccounts/${svc.ObjectId}?password=x`, {})).status,
    ).toBe(400)
  })
})

describe('XML output', () => {
  it('parses as a single root with no CDATA', async () => {
    const c = setup()
    for (const p of ['/cucm-uds/version', U, `${U}/devices`, `${U}/speedDials`]) {
      const r = await c.get(p)
      expect(r.text).not.toContain('CDATA')
      expect(Object.keys(parser.parse(r.text))).toHaveLength(1)
    }
  })
})
