import { describe, expect, it } from 'vitest'
import { setup, type X } from './helpers.ts'

const U = '/cucm-uds/user/demo'

describe('user', () => {
  it('GET user has the seed shape', async () => {
    const r = await setup().get(U)
    const u = r.xml.user
    expect(u['@_uri']).toBe('http://127.0.0.1:8443/cucm-uds/user/demo')
    expect(u['@_version']).toBe('12.5.1')
    expect(u.userName).toBe('demo')
    expect(u.displayName).toBe('Dana Morgan')
    expect(u.department).toBe('Customer Success')
    expect(u.accountType['@_useLdapAuth']).toBe('false')
    expect(u.homeCluster['#text']).toBe('true')
    expect(u.callForwardAllDestination['@_appliesToAllExtensions']).toBe('true')
    expect(u.callForwardAllDestination.sendToVoiceMailPilotNumber).toBe('false')
    expect(u.enableDoNotDisturb['#text']).toBe('false')
    expect(u.enableDoNotDisturb['@_appliesToAllDevices']).toBe('true')
    expect(u.userLocale['@_value']).toBe('')
    expect(u.serviceProfile.uri).toContain('SPDefault')
    expect(u.jabberProfile.uri).toContain('JAB_')
    expect(u.remoteDestinationLimit).toBe('4')
    for (const k of ['devices', 'credentials', 'extensions', 'subscribedServices', 'speedDials']) {
      expect(u[k]['@_uri']).toBe(`http://127.0.0.1:8443/cucm-uds/user/demo/${k}`)
    }
    expect(u.primaryExtension.directoryNumber).toBe('1001')
  })

  it('PUT user: set, partial, empty resets, applies to all lines/devices', async () => {
    const c = setup()
    let r = await c.put(
      U,
      '<user><enableDoNotDisturb>true</enableDoNotDisturb><callForwardAllDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><destination>+13125550100</destination></callForwardAllDestination><logMissedCalls>false</logMissedCalls></user>',
    )
    expect(r.status).toBe(200)
    expect(r.xml.user.enableDoNotDisturb['#text']).toBe('true')
    expect(r.xml.user.callForwardAllDestination.destination).toBe('+13125550100')
    let s = await c.state()
    expect(
      s.lines.every((l: X) => l.callForwardAll.destination === '+13125550100' && !l.logMissedCalls),
    ).toBe(true)
    expect(s.devices.filter((d: X) => d.kind === 'phone').every((d: X) => d.dndEnabled)).toBe(true)
    // absent = unchanged
    r = await c.put(U, '<user><enableCalendarPresence>true</enableCalendarPresence></user>')
    expect(r.xml.user.enableDoNotDisturb['#text']).toBe('true')
    expect(r.xml.user.homeCluster['@_enableCalendarPresence']).toBe('true')
    // empty = default
    r = await c.put(
      U,
      '<user><enableDoNotDisturb/><callForwardAllDestination/><logMissedCalls/><userLocale/></user>',
    )
    expect(r.xml.user.enableDoNotDisturb['#text']).toBe('false')
    expect(r.xml.user.callForwardAllDestination.destination).toBe('')
    s = await c.state()
    expect(s.lines.every((l: X) => l.logMissedCalls)).toBe(true)
    // locale
    r = await c.put(U, '<user><userLocale>2</userLocale></user>')
    expect(r.xml.user.userLocale['@_value']).toBe('2')
    expect(r.xml.user.userLocale['#text']).toBe('French, France')
    // primary extension prefs
    r = await c.put(
      U,
      '<user><primaryExtension><onACallRingPreference>3</onACallRingPreference></primaryExtension></user>',
    )
    expect(r.xml.user.primaryExtension.onACallRingPreference['@_value']).toBe('3')
    // A write for the user changes the line on every phone it is on.
    expect(r.xml.user.primaryExtension.onACallRingPreference['@_appliesToAllLineAppearances']).toBe('true')
  })

  it('PUT user: bad values → 415 and nothing changes', async () => {
    const c = setup()
    for (const body of [
      '<user><enableDoNotDisturb>maybe</enableDoNotDisturb></user>',
      '<user><userLocale>999</userLocale></user>',
      '<user><primaryExtension><onACallRingPreference>9</onACallRingPreference></primaryExtension></user>',
      `<user><enableDoNotDisturb>true</enableDoNotDisturb><callForwardAllDestination><destination>${'1'.repeat(51)}</destination></callForwardAllDestination></user>`,
      `<user><displayName>${'x'.repeat(65)}</displayName></user>`,
      '<device/>',
    ]) {
      expect((await c.put(U, body)).status, body).toBe(415)
    }
    const s = await c.state()
    expect(s.devices.some((d: X) => d.dndEnabled)).toBe(false)
  })

  it('displayName PUT at the limit, reset with empty', async () => {
    const c = setup()
    const name = '😀'.repeat(64)
    let r = await c.put(U, `<user><displayName>${name}</displayName></user>`)
    expect(r.status).toBe(200)
    expect(r.xml.user.displayName).toBe(name)
    r = await c.put(U, '<user><displayName/></user>')
    expect(r.xml.user.displayName).toBe('Dana Morgan')
  })

  it('userPolicy: defaults and the policy persona', async () => {
    const c = setup()
    const get = async (user: string) => {
      const r = await c.get('/cucm-uds/options/userPolicy', user)
      return Object.fromEntries(r.xml.userPolicy.policy.map((p: X) => [p.name, p.value]))
    }
    const d = await get('demo')
    expect(d.ShowCallForward).toBe('1')
    expect(d.ShowChangePassword).toBe('true')
    const p = await get('policy')
    expect(p.ShowCallForward).toBe('2')
    expect(p.ShowChangePassword).toBe('false')
    expect((await c.get('/cucm-uds/options/userPolicy', null)).status).toBe(401)
  })
})

describe('conferencing and credentials', () => {
  it('conferencing GET/PUT and access code rules', async () => {
    const c = setup()
    let r = await c.get(`${U}/conferencing`)
    expect(r.xml.conferencing.conferenceNow).toEqual({ enabled: 'true', accessCode: '4321' })
    r = await c.put(
      `${U}/conferencing`,
      '<conferencing><conferenceNow><accessCode>9876543210123456</accessCode></conferenceNow></conferencing>',
    )
    expect(r.status).toBe(200)
    expect(r.xml.conferencing.conferenceNow.accessCode).toBe('9876543210123456')
    for (const code of ['123', '12345678901234567', '12a4']) {
      const bad = await c.put(
        `${U}/conferencing`,
        `<conferencing><conferenceNow><accessCode>${code}</accessCode></conferenceNow></conferencing>`,
      )
      expect(bad.status).toBe(415)
    }
  })

  it('credentials GET reports login and failures', async () => {
    const now = new Date('2026-03-02T10:00:00.000Z')
    const c = setup({ now: () => now })
    await c.get(U, 'demo') // records a login (quiet > 5 min)
    await c.call('GET', U, { password: 'wrong' })
    const r = await c.get(`${U}/credentials`)
    expect(r.xml.credentials.credential.loginDetails.lastSuccessfulLogin).toBe('2026-03-02T10:00:00.000Z')
    expect(r.xml.credentials.credential.loginFailures).toBe('1')
  })

  it('credentials PUT: PIN rules, password rules, effective immediately', async () => {
    const c = setup()
    const pin = (p: string) =>
      c.put(`${U}/credentials`, `<credentials><credential type="pin">${p}</credential></credentials>`)
    for (const bad of ['123', '1111', '12345', '54321', '12a45', '1'.repeat(21), '', '0123456789']) {
      expect((await pin(bad)).status, bad).toBe(415)
    }
    expect((await pin('2580')).status).toBe(204)
    expect((await c.put(`${U}/credentials`, '<credentials/>')).status).toBe(415)
    expect(
      (await c.put(`${U}/credentials`, '<credentials><credential type="x">1</credential></credentials>'))
        .status,
    ).toBe(415)
    expect(await c.secretIs('pin', '2580')).toBe(true)
    const pw = (p: string, user = 'demo') =>
      c.put(
        `/cucm-uds/user/${user}/credentials`,
        `<credentials><credential type="password">${p}</credential></credentials>`,
        user,
      )
    expect((await pw('short')).status).toBe(415)
    expect((await pw('x'.repeat(65))).status).toBe(415)
    expect((await pw('DEMO')).status).toBe(415)
    expect((await pw('n3w-Secret &amp; <ok>'.replace('<ok>', '&lt;ok&gt;'))).status).toBe(204)
    expect((await c.get(U)).status).toBe(401)
    expect((await c.call('GET', U, { password: 'n3w-Secret & <ok>' })).status).toBe(200)
    expect((await pw('another-password', 'ldap')).status).toBe(415)
  })
})
