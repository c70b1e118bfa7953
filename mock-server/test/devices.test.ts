import { describe, expect, it } from 'vitest'
import { DEMO, setup, pad, type X } from './helpers.ts'

const U = '/cucm-uds/user/demo'

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

  it('device PUT: the DND option or call alert alone leaves DND as it is (absent = unchanged)', async () => {
    const c = setup()
    await c.put(
      `${U}/device/${DEMO.desk}`,
      '<device><doNotDisturbSettings><enable>true</enable></doNotDisturbSettings></device>',
    )
    let r = await c.put(
      `${U}/device/${DEMO.desk}`,
      '<device><doNotDisturbSettings><option>1</option></doNotDisturbSettings></device>',
    )
    expect(r.xml.device.doNotDisturbSettings.enable).toBe('true')
    expect(r.xml.device.doNotDisturbSettings.option['@_value']).toBe('1')
    r = await c.put(
      `${U}/device/${DEMO.desk}`,
      '<device><doNotDisturbSettings><incomingCallAlertSetting>2</incomingCallAlertSetting></doNotDisturbSettings></device>',
    )
    expect(r.xml.device.doNotDisturbSettings.incomingCallAlertSetting['@_value']).toBe('2')
    expect(r.xml.device.doNotDisturbSettings.option['@_value']).toBe('1')
    expect(
      (
        await c.put(
          `${U}/device/${DEMO.desk}`,
          '<device><doNotDisturbSettings><incomingCallAlertSetting>9</incomingCallAlertSetting></doNotDisturbSettings></device>',
        )
      ).status,
    ).toBe(415)
  })

  it('user: emMaxLoginTime carries the Extension Mobility limit where one is set', async () => {
    const c = setup()
    expect((await c.get('/cucm-uds/user/shared', 'shared')).xml.user.emMaxLoginTime).toBe('8:00')
    expect((await c.get(U)).xml.user.emMaxLoginTime).toBe('')
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
