import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEMO, setup } from './helpers.ts'

const U = '/cucm-uds/user/demo'

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
  }, 30_000)
})
