import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { parseXml } from '../xml-parser.ts'
import { parseDeviceDnd, parseDevices } from './devices.ts'

describe('parseDeviceDnd', () => {
  it('reads the option by name, else by value', () => {
    const xml = (option: string) =>
      `<device><id>d1</id><doNotDisturbSettings><enable>true</enable>${option}</doNotDisturbSettings></device>`
    expect(parseDeviceDnd(parseXml(xml('<option value="9">Call Reject</option>'), 'device'))).toEqual({
      deviceId: 'd1',
      enabled: true,
      option: 'callReject',
    })
    expect(parseDeviceDnd(parseXml(xml('<option value="0"/>'), 'device')).option).toBe('ringerOff')
    expect(parseDeviceDnd(parseXml(xml(''), 'device')).option).toBe('')
    expect(parseDeviceDnd(parseXml('<device><id>d2</id></device>', 'device'))).toEqual({
      deviceId: 'd2',
      enabled: false,
      option: '',
    })
  })

  it("reads the mock's device detail", async () => {
    const mock = createMockApp()
    const get = (path: string) =>
      mock.fetch(
        new Request(`http://127.0.0.1:8443/cucm-uds/user/demo${path}`, {
          headers: { Authorization: 'Basic ' + btoa('demo:demo') },
        }),
      )
    const devices = parseDevices(parseXml(await (await get('/devices')).text(), 'devices'))
    const detail = parseDeviceDnd(parseXml(await (await get(`/device/${devices[0]!.id}`)).text(), 'device'))
    expect(detail).toEqual({ deviceId: devices[0]!.id, enabled: false, option: 'ringerOff' })
  })
})
