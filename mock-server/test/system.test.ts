import { describe, expect, it } from 'vitest'
import { setup, parser, txt, type X } from './helpers.ts'

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

  it('usersAuth: the directory needs credentials, and /version says so', async () => {
    const c = setup({ usersAuth: true })
    expect((await c.get('/cucm-uds/version', null)).xml.versionInformation.capabilities).toMatchObject({
      usersResourceAuthEnabled: 'true',
    })
    expect((await c.get('/cucm-uds/users?name=dana', null)).status).toBe(401)
    const signedIn = await c.get('/cucm-uds/users?name=dana')
    expect(signedIn.status).toBe(200)
    expect(signedIn.xml.users['@_totalCount']).not.toBe('0')
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
