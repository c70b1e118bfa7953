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

  it('line appearances: a write through a phone changes that phone only; one for the user, every phone', async () => {
    const c = setup()
    const line1 = async () => (await c.get(`${U}/extensions`)).xml.extensions.extension[0]
    const onPhone = async (device: string) =>
      (await c.get(`${U}/device/${device}/extension/${DEMO.line1}`)).xml.extension
    // Line 1001 is on the desk phone, Jabber and the RDP; every appearance agrees at first.
    expect((await line1()).label['@_appliesToAllLineAppearances']).toBe('true')
    const before = (await onPhone(DEMO.desk)).label

    // Through Jabber: only Jabber's appearance changes, and the user-level answer says they differ.
    let r = await c.put(
      `${U}/device/${DEMO.soft}/extension/${DEMO.line1}`,
      '<extension><label>On my laptop</label><onACallRingPreference>5</onACallRingPreference></extension>',
    )
    expect(r.xml.extension.label).toBe('On my laptop')
    expect(r.xml.extension.onACallRingPreference['@_value']).toBe('5')
    expect((await onPhone(DEMO.desk)).label).toBe(before)
    let list = await line1()
    expect(list.label['@_appliesToAllLineAppearances']).toBe('false')
    expect(list.onACallRingPreference['@_appliesToAllLineAppearances']).toBe('false')
    expect(list.logMissedCalls['@_appliesToAllLineAppearances']).toBe('true')
    expect((await c.get(U)).xml.user.primaryExtension.label['@_appliesToAllLineAppearances']).toBe('false')
    const jabber = (await c.state()).devices.find((d: X) => d.id === DEMO.soft)
    expect(jabber.lineSettings[DEMO.line1]).toEqual({ label: 'On my laptop', onACallRingPref: '5' })

    // For the user: every phone takes the label; the ring setting still differs.
    r = await c.put(`${U}/extension/${DEMO.line1}`, '<extension><label>Dana</label></extension>')
    expect(r.status).toBe(200)
    expect((await onPhone(DEMO.soft)).label).toBe('Dana')
    expect((await onPhone(DEMO.desk)).label).toBe('Dana')
    list = await line1()
    expect(list.label['@_appliesToAllLineAppearances']).toBe('true')
    expect(list.onACallRingPreference['@_appliesToAllLineAppearances']).toBe('false')

    // The desk phone and the RDP come to agree with Jabber: the per-phone value folds back into the line.
    for (const device of [DEMO.desk, DEMO.rdp])
      await c.put(
        `${U}/device/${device}/extension/${DEMO.line1}`,
        '<extension><onACallRingPreference>5</onACallRingPreference></extension>',
      )
    list = await line1()
    expect(list.onACallRingPreference['@_appliesToAllLineAppearances']).toBe('true')
    expect(list.onACallRingPreference['@_value']).toBe('5')
    const state = await c.state()
    expect(state.devices.every((d: X) => d.lineSettings?.[DEMO.line1] === undefined)).toBe(true)
  })
})
