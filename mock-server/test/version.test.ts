import { describe, expect, it } from 'vitest'
import { setup } from './helpers.ts'

const U = '/cucm-uds/user/demo'

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
