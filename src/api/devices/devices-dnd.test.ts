import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { parseXml } from '../xml-parser.ts'
import { deviceDnd, parseDeviceDetail } from './device-detail.ts'
import { parseDevices } from './devices.ts'

const dndOf = (xml: string) => deviceDnd(parseDeviceDetail(parseXml(xml, 'device')))

describe('deviceDnd', () => {
  it('reads the option by name, else by value', () => {
    const xml = (option: string) =>
      `<device><id>d1</id><doNotDisturbSettings><enable>true</enable>${option}</doNotDisturbSettings></device>`
    expect(dndOf(xml('<option value="9">Call Reject</option>'))).toEqual({
      deviceId: 'd1',
      enabled: true,
      option: 'callReject',
    })
    expect(dndOf(xml('<option value="0"/>')).option).toBe('ringerOff')
    // The name from the phone's list of options when the chosen one carries only its value.
    expect(
      dndOf(
        xml(
          '<option value="7"/><supportedDndOptions><option value="7">Call Reject</option></supportedDndOptions>',
        ),
      ).option,
    ).toBe('callReject')
    expect(dndOf(xml('')).option).toBe('')
    expect(dndOf('<device><id>d2</id></device>')).toEqual({ deviceId: 'd2', enabled: false, option: '' })
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
    const detail = dndOf(await (await get(`/device/${devices[0]!.id}`)).text())
    expect(detail).toEqual({ deviceId: devices[0]!.id, enabled: false, option: 'ringerOff' })
  })
})
