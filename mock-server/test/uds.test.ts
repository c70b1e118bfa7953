import { describe, expect, it } from 'vitest'
import { DEMO, setup, txt, type X } from './helpers.ts'

function pad(prefix: string, n: number): string {
  return prefix + 'x'.repeat(n - [...prefix].length)
}

const U = '/cucm-uds/user/demo'

describe('public resources', () => {
  it('version with capabilities (14.0.1)', async () => {
    const c = setup()
    const r = await c.get('/cucm-uds/version', null)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('application/xml')
    expect(r.xml.versionInformation['@_version']).toBe('10.0.0')
    expect(r.xml.versionInformation.version).toBe('14.0.1')
    expect(r.xml.versionInformation.capabilities.usersResourceAuthEnabled).toBe('false')
  })

  it('servers names the host the mock was reached on', async () => {
    const r = await setup().get('/cucm-uds/servers', null)
    expect(r.xml.servers.server).toEqual(['127.0.0.1'])
  })

  it('clusterUser found / not found / visitor elsewhere / no parameter', async () => {
    const c = setup()
    const found = await c.get('/cucm-uds/clusterUser?username=demo', null)
    expect(found.xml.clusterUser.result['@_found']).toBe('true')
    expect(found.xml.clusterUser.result['@_uri']).toBe('http://127.0.0.1:8443/cucm-uds/user/demo')
    expect(txt(found.xml.clusterUser.homeCluster)).toBe('127.0.0.1')
    const visitor = await c.get('/cucm-uds/clusterUser?email=visitor@example.com', null)
    expect(txt(visitor.xml.clusterUser.homeCluster)).toBe('cucm-pub.emea.example.invalid')
    const none = await c.get('/cucm-uds/clusterUser?username=nobody', null)
    expect(none.status).toBe(200)
    expect(none.xml.clusterUser.result['@_found']).toBe('false')
    expect((await c.get('/cucm-uds/clusterUser', null)).status).toBe(415)
  })

  it('options and option lists', async () => {
    const c = setup()
    const r = await c.get('/cucm-uds/options', null)
    expect(r.xml.options.messageWaitingVisualAlertPreference.option).toHaveLength(5)
    const tod = await c.get('/cucm-uds/options/timeOfDay', null)
    const opts = tod.xml.timeOfDay.option
    expect(opts[0]).toEqual({ value: '0', name: 'No office hours' })
    expect(opts[1]).toEqual({ value: '1', name: '00:00' })
    expect(opts[97]).toEqual({ value: '97', name: '24:00' })
    for (const name of ['installedLocales', 'timeZones', 'dayOfWeek', 'remoteDestinationUsage', 'models']) {
      expect((await c.get(`/cucm-uds/options/${name}`, null)).status).toBe(200)
    }
    expect((await c.get('/cucm-uds/options/nope', null)).status).toBe(404)
  })

  it('phoneServices and phoneService', async () => {
    const c = setup()
    const r = await c.get('/cucm-uds/phoneServices', null)
    const list = r.xml.phoneServices.phoneService
    expect(list.length).toBeGreaterThan(1)
    const one = await c.get(`/cucm-uds/phoneService/${list[1].id}`, null)
    expect(one.xml.phoneService.parameters.parameter.paramId).toBeTruthy()
    expect((await c.get('/cucm-uds/phoneService/nope', null)).status).toBe(404)
  })

  it('users: counts, paging, filters', async () => {
    const c = setup()
    const all = await c.get('/cucm-uds/users', null)
    const u = all.xml.users
    expect(Number(u['@_totalCount'])).toBeGreaterThanOrEqual(66)
    expect(u['@_returnedCount']).toBe('64')
    expect(u['@_start']).toBe('0')
    const p2 = await c.get('/cucm-uds/users?start=64&max=10', null)
    expect(p2.xml.users['@_requestedCount']).toBe('10')
    expect(Number(p2.xml.users['@_returnedCount'])).toBe(Number(u['@_totalCount']) - 64)
    const one = await c.get('/cucm-uds/users?username=demo', null)
    expect(one.xml.users.user).toHaveLength(1)
    expect(one.xml.users.user[0].displayName).toBe('Dana Morgan')
    expect(one.xml.users.user[0].selfServiceId).toBe('1001')
    const name = await c.get('/cucm-uds/users?name=dana%20morgan', null)
    expect(name.xml.users.user.map((x: X) => x.userName)).toContain('demo')
    const num = await c.get('/cucm-uds/users?NUMBERLAST=1001', null)
    expect(num.xml.users.user.map((x: X) => x.userName)).toEqual(['demo'])
    const none = await c.get('/cucm-uds/users?last=zzzz', null)
    expect(none.xml.users['@_returnedCount']).toBe('0')
    expect((await c.get('/cucm-uds/users?max=abc', null)).status).toBe(415)
  })
})

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
    expect(r.xml.user.primaryExtension.onACallRingPreference['@_appliesToAllLineAppearances']).toBe('false')
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
    expect((await c.state()).pin).toBe('2580')
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

describe('devices and extensions', () => {
  it('devices list, model filter, detail, PUT', async () => {
    const c = setup()
    let r = await c.get(`${U}/devices`)
    const devs = r.xml.devices.device
    expect(devs.map((d: X) => d.model)).toEqual([
      'Cisco 8865',
      'Cisco Unified Client Services Framework',
      'Remote Destination Profile',
    ])
    expect(devs[0].description['@_editable']).toBe('true')
    expect(devs[0].description['@_source']).toBe('admin')
    r = await c.get(`${U}/devices?model=${encodeURIComponent('"Cisco 8865"')}`)
    expect(r.xml.devices.device).toHaveLength(1)
    r = await c.get(`${U}/device/${DEMO.desk}`)
    expect(r.xml.device['@_hasPrimaryNumber']).toBe('true')
    expect(r.xml.device.doNotDisturbSettings.enable).toBe('false')
    const desc = pad(`<a> & "b" 'c' ]]> 😀 `, 128)
    expect([...desc].length).toBe(128)
    const esc = desc.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    r = await c.put(
      `${U}/device/${DEMO.desk}`,
      `<device><description>${esc}</description><doNotDisturbSettings><enable>true</enable></doNotDisturbSettings></device>`,
    )
    expect(r.status).toBe(200)
    expect(r.text).not.toContain('CDATA')
    expect(r.xml.device.description['#text']).toBe(desc)
    expect(r.xml.device.description['@_source']).toBe('user')
    expect(
      (await c.put(`${U}/device/${DEMO.desk}`, `<device><description>${esc}x</description></device>`)).status,
    ).toBe(415)
    expect(
      (await c.put(`${U}/device/${DEMO.rdp}`, '<device><description>x</description></device>')).status,
    ).toBe(415)
    expect((await c.get(`${U}/device/nope`)).status).toBe(404)
    r = await c.put(`${U}/device/${DEMO.desk}`, '<device><description/></device>')
    expect(r.xml.device.description['#text']).toBe('Dana Morgan desk phone')
  })

  it('extensions: primary first, per-line forward, user-level alias', async () => {
    const c = setup()
    let r = await c.get(`${U}/extensions`)
    const ext = r.xml.extensions.extension
    expect(ext[0]['@_isPrimary']).toBe('true')
    expect(ext[0].directoryNumber).toBe('1001')
    expect(ext[1].directoryNumber).toBe('1002')
    expect(ext[0].messageWaitingVisualAlertPreference['@_appliesToAllLineAppearances']).toBe('true')
    r = await c.get(`${U}/device/${DEMO.soft}/extensions`)
    expect(r.xml.extensions.extension).toHaveLength(1)
    const path = `${U}/device/${DEMO.desk}/extension/${DEMO.line2}`
    r = await c.put(
      path,
      '<extension><callForwardAllDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><sendToCustomDestination>alice@example.com</sendToCustomDestination></callForwardAllDestination><forwardBusyInternalCallDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><sendToCustomDestination>1003</sendToCustomDestination></forwardBusyInternalCallDestination><label>Team &lt;line&gt;</label></extension>',
    )
    expect(r.status).toBe(200)
    expect(r.xml.extension.callForwardAllDestination.sendToCustomDestination).toBe('alice@example.com')
    expect(r.xml.extension.forwardBusyInternalCallDestination.sendToCustomDestination).toBe('1003')
    expect(r.xml.extension.label).toBe('Team <line>')
    expect(r.xml.extension.messageWaitingVisualAlertPreference.option).toHaveLength(5)
    const user = await c.get(U)
    expect(user.xml.user.callForwardAllDestination['@_appliesToAllExtensions']).toBe('false')
    r = await c.get(`${U}/extension/${DEMO.line2}`)
    expect(r.xml.extension.label).toBe('Team <line>')
    expect((await c.get(`${U}/device/${DEMO.soft}/extension/${DEMO.line2}`)).status).toBe(404)
    expect((await c.put(path, `<extension><label>${'x'.repeat(31)}</label></extension>`)).status).toBe(415)
    expect((await c.put(path, `<extension><label>${'x'.repeat(30)}</label></extension>`)).status).toBe(200)
  })
})

describe('remote destinations', () => {
  const RD = `${U}/remoteDestination`
  const body = (name: string, dest: string, extra = '') =>
    `<remoteDestination><name>${name}</name><destination>${dest}</destination>${extra}</remoteDestination>`

  it('list carries the schedule; detail has advanced settings', async () => {
    const c = setup()
    let r = await c.get(`${U}/remoteDestinations`)
    const rd = r.xml.remoteDestinations.remoteDestination[0]
    expect(rd.id).toBe(DEMO.rd)
    expect(rd.associatedDevices.associatedDevice.model).toBe('Remote Destination Profile')
    expect(rd.associatedDevices.associatedDevice.usage['@_value']).toBe('0')
    expect(rd.schedule.timeZone['@_value']).toBe('America/Chicago')
    expect(rd.schedule.days.day).toHaveLength(5)
    expect(rd.schedule.days.day[0]).toMatchObject({
      '@_value': '1',
      timeOfDayStart: '08:00',
      timeOfDayEnd: '18:00',
    })
    r = await c.get(`${RD}/${DEMO.rd}`)
    expect(r.xml.remoteDestination.advancedSettings.delayBeforeRingTimer).toBe('4.0')
    expect(r.xml.remoteDestination.schedule.days.day).toHaveLength(5)
  })

  it('POST (with and without trailing id), PUT, DELETE, limit, duplicates', async () => {
    const c = setup()
    let r = await c.post(RD, body('Home', '+13125550900'))
    expect(r.status).toBe(201)
    const loc = r.headers.get('location') ?? ''
    expect(loc).toMatch(/\/cucm-uds\/user\/demo\/remoteDestination\/.+/)
    r = await c.get(new URL(loc).pathname)
    expect(r.xml.remoteDestination.name).toBe('Home')
    expect(r.xml.remoteDestination.schedule).toBeUndefined()
    expect((await c.post(`${RD}/ignored-id`, body('Office', '13125550901'))).status).toBe(201)
    expect((await c.post(RD, body('Dup', '13125550900'))).status).toBe(409)
    expect((await c.post(RD, body('Fourth', '13125550902'))).status).toBe(201)
    expect((await c.post(RD, body('Fifth', '13125550903'))).status).toBe(409)
    // PUT with destinationNumber alias and schedule
    const id = new URL(loc).pathname.split('/').pop()
    r = await c.put(
      `${RD}/${id}`,
      '<remoteDestination><destinationNumber>+4930123456</destinationNumber><schedule><timeZone value="Europe/Berlin"/><days><day value="0"><timeOfDayStart>00:00</timeOfDayStart><timeOfDayEnd>24:00</timeOfDayEnd></day></days></schedule></remoteDestination>',
    )
    expect(r.status).toBe(200)
    expect(r.xml.remoteDestination.destination).toBe('+4930123456')
    expect(r.xml.remoteDestination.name).toBe('Home')
    expect(r.xml.remoteDestination.schedule.days.day[0].timeOfDayEnd).toBe('24:00')
    r = await c.put(`${RD}/${id}`, '<remoteDestination><schedule/></remoteDestination>')
    expect(r.xml.remoteDestination.schedule).toBeUndefined()
    expect(
      (
        await c.put(
          `${RD}/${id}`,
          '<remoteDestination><destination>13125550901</destination></remoteDestination>',
        )
      ).status,
    ).toBe(409)
    expect((await c.del(`${RD}/${id}`)).status).toBe(204)
    expect((await c.get(`${RD}/${id}`)).status).toBe(404)
    expect((await c.del(`${RD}/${id}`)).status).toBe(404)
  })

  it('validation: required fields, limits, schedule rules', async () => {
    const c = setup()
    const sched = (days: string) =>
      `<schedule><timeZone value="America/Chicago"/><days>${days}</days></schedule>`
    const day = (v: string, s: string, e: string) =>
      `<day value="${v}"><timeOfDayStart>${s}</timeOfDayStart><timeOfDayEnd>${e}</timeOfDayEnd></day>`
    const bad = [
      '<remoteDestination><name>x</name></remoteDestination>',
      '<remoteDestination><destination>123</destination></remoteDestination>',
      body('x'.repeat(51), '123'),
      body('x', '1'.repeat(25)),
      body('x', '12ab'),
      body('x', '123', sched(day('7', '08:00', '09:00'))),
      body('x', '123', sched(day('1', '08:10', '09:00'))),
      body('x', '123', sched(day('1', '09:00', '09:00'))),
      body('x', '123', sched(day('1', '10:00', '09:00'))),
      body('x', '123', sched(day('1', '24:00', '24:00'))),
      body('x', '123', sched(day('1', '8:00', '09:00'))),
      body('x', '123', sched(day('1', '08:00', '09:00') + day('1', '10:00', '11:00'))),
      body(
        'x',
        '123',
        '<associatedDevices><associatedDevice><name>SEP0A1B2C3DA001</name></associatedDevice></associatedDevices>',
      ),
    ]
    for (const b of bad) expect((await c.post(RD, b)).status, b).toBe(415)
    const name = pad(`<&"'> ]]> 😀`, 50)
    expect([...name].length).toBe(50)
    const esc = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const ok = await c.post(RD, body(esc, `+${'1'.repeat(23)}`, sched(day('6', '00:00', '24:00'))))
    expect(ok.status).toBe(201)
    const r = await c.get(new URL(ok.headers.get('location') ?? '').pathname)
    expect(r.xml.remoteDestination.name).toBe(name)
    expect(r.text).not.toContain('CDATA')
  })

  it('nosnr: empty list, POST refused with 415', async () => {
    const c = setup()
    const r = await c.get('/cucm-uds/user/nosnr/remoteDestinations', 'nosnr')
    expect(r.status).toBe(200)
    expect(r.xml.remoteDestinations.remoteDestination).toBeUndefined()
    expect(
      (await c.post('/cucm-uds/user/nosnr/remoteDestination', body('Home', '123'), 'nosnr')).status,
    ).toBe(415)
  })
})

describe('speed dials', () => {
  const SD = `${U}/speedDials`
  const list = (...items: [number | string, string, string?][]) =>
    `<speedDials>${items.map(([i, n, l]) => `<speedDial><index>${i}</index><number>${n}</number>${l === undefined ? '' : `<label>${l}</label>`}</speedDial>`).join('')}</speedDials>`

  it('unified list, POST/PUT/DELETE, 409s and 404s', async () => {
    const c = setup()
    let r = await c.get(SD)
    expect(r.xml.userSpeedDials.speedDials['@_appliesToAllDevices']).toBe('true')
    expect(r.xml.userSpeedDials.speedDials.speedDial).toHaveLength(3)
    expect(r.xml.userSpeedDials.devices.device).toHaveLength(2)
    expect((await c.post(SD, list([4, '*67#1001', 'Four']))).status).toBe(201)
    expect((await c.post(SD, list([4, '1', 'dup']))).status).toBe(409)
    expect((await c.del(`${SD}?index=4`)).status).toBe(204)
    expect((await c.del(`${SD}?index=4`)).status).toBe(404)
    expect((await c.del(`${SD}?index=abc`)).status).toBe(415)
    expect((await c.put(SD, list([1, '1'], [1, '2']))).status).toBe(415)
    expect((await c.put(SD, list([99, '1'.repeat(50), 'x'.repeat(30)]))).status).toBe(204)
    for (const b of [
      list([100, '1']),
      list([0, '1']),
      list([1, '1'.repeat(51)]),
      list([1, '1', 'x'.repeat(31)]),
      list([1, 'abc']),
      list(['', '1']),
    ]) {
      expect((await c.put(SD, b)).status, b).toBe(415)
    }
    r = await c.get(SD)
    expect(r.xml.userSpeedDials.speedDials.speedDial).toHaveLength(1)
    expect(r.xml.userSpeedDials.speedDials.speedDial[0].index).toBe('99')
  })

  it('per-device edits break unified mode; split persona is not unified', async () => {
    const c = setup()
    const dev = `${U}/device/${DEMO.desk}/speedDials`
    expect((await c.post(dev, list([5, '1005', 'Desk only']))).status).toBe(201)
    let r = await c.get(SD)
    expect(r.xml.userSpeedDials.speedDials['@_appliesToAllDevices']).toBe('false')
    expect(r.xml.userSpeedDials.speedDials['@_totalCount']).toBe('0')
    r = await c.get(dev)
    expect(r.xml.speedDials.speedDial).toHaveLength(4)
    const sd = r.xml.speedDials.speedDial[0]
    expect((await c.get(`${U}/device/${DEMO.desk}/speedDial/${sd.id}`)).xml.speedDial.index).toBe('1')
    r = await c.get('/cucm-uds/user/split/speedDials', 'split')
    expect(r.xml.userSpeedDials.speedDials['@_appliesToAllDevices']).toBe('false')
    expect((await c.put(dev, list([1, '1']))).status).toBe(204)
  })

  it('hostile labels round-trip', async () => {
    const c = setup()
    const label = pad(`<&"'>]]>😀 `, 30)
    expect([...label].length).toBe(30)
    const esc = label
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
    expect(await c.put(SD, list([1, '+1#*,9', esc]))).toMatchObject({ status: 204 })
    const r = await c.get(SD)
    expect(r.xml.userSpeedDials.speedDials.speedDial[0].label).toBe(label)
    expect(r.text).not.toContain('CDATA')
    expect((await c.state()).devices[0].speedDials[0].label).toBe(label)
  })
})

describe('subscribed services', () => {
  it('GET with ids, POST, PUT, DELETE', async () => {
    const c = setup()
    const P = `${U}/subscribedServices`
    let r = await c.get(P)
    const ss = r.xml.userSubscribedServices.subscribedServices
    expect(ss['@_appliesToAllDevices']).toBe('true')
    expect(ss.subscribedService[0].id).toBe(DEMO.service)
    const svc = await c.get('/cucm-uds/phoneServices', null)
    const weather = svc.xml.phoneServices.phoneService[1].id
    r = await c.post(
      P,
      `<subscribedServices><subscribedService><name>Weather</name><phoneServiceId>${weather}</phoneServiceId></subscribedService></subscribedServices>`,
    )
    expect(r.status).toBe(201)
    expect(
      (
        await c.post(
          P,
          `<subscribedServices><subscribedService><name>Weather</name><phoneServiceId>${weather}</phoneServiceId></subscribedService></subscribedServices>`,
        )
      ).status,
    ).toBe(409)
    expect(
      (
        await c.post(
          P,
          '<subscribedServices><subscribedService><phoneServiceId>nope</phoneServiceId></subscribedService></subscribedServices>',
        )
      ).status,
    ).toBe(415)
    r = await c.get(P)
    expect(r.xml.userSubscribedServices.subscribedServices.subscribedService).toHaveLength(2)
    expect((await c.del(`${P}/${DEMO.service}`)).status).toBe(204)
    expect((await c.del(`${P}/${DEMO.service}`)).status).toBe(404)
    expect((await c.put(P, '<subscribedServices/>')).status).toBe(204)
    r = await c.get(P)
    expect(r.xml.userSubscribedServices.subscribedServices['@_totalCount']).toBe('0')
  })
})
