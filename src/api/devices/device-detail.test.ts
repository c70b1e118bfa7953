import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { basic, MOCK_ORIGIN, mockXml, seedExample } from '../../testing/mock-fixtures.ts'
import { parseXml } from '../xml-parser.ts'
import { parseDeviceDetail, parseDndSettings, toDeviceXml } from './device-detail.ts'
import { deviceKind, parseDevices } from './devices.ts'

// uds-api §4.1 as Cisco's reference prints it: an <option> wraps <supportedDndOptions>.
const BADLY_NESTED = `<device uri="https://cucm:8443/cucm-uds/user/jdoe/device/p1" version="12.5.1" hasPrimaryNumber="true">
  <id>p1</id><name>SEP00DEADBEEF01</name><type>Phone</type>
  <description editable="true" source="user">Desk &amp; "lab" phone</description>
  <model>Cisco 8865</model><protocol>SIP</protocol><requireCerLocation>false</requireCerLocation>
  <doNotDisturbSettings>
    <enable>true</enable>
    <option value="1">Call Reject
      <supportedDndOptions>
        <option value="0">Ringer Off</option>
        <option value="1">Call Reject</option>
      </supportedDndOptions>
    </option>
    <incomingCallAlertSetting value="2">Beep Only
      <supportedRingSettings><option value="0">None</option><option value="2">Beep Only</option></supportedRingSettings>
    </incomingCallAlertSetting>
  </doNotDisturbSettings>
  <userGuide uri="https://www.cisco.com/guide.pdf"/>
  <phoneLocale uri="https://cucm:8443/cucm-uds/options/installedLocales" value="1">English, United States</phoneLocale>
  <extensions uri="https://cucm:8443/cucm-uds/user/jdoe/device/p1/extensions"/>
</device>`

describe('device detail', () => {
  it('reads the badly nested DND block of the reference', () => {
    const d = parseDeviceDetail(parseXml(BADLY_NESTED, 'device'))
    expect(d).toMatchObject({
      id: 'p1',
      description: 'Desk & "lab" phone',
      descriptionEditable: true,
      descriptionSource: 'user',
      userGuide: 'https://www.cisco.com/guide.pdf',
      dnd: {
        enabled: true,
        option: '1',
        options: [
          { value: '0', name: 'Ringer Off' },
          { value: '1', name: 'Call Reject' },
        ],
        alert: '2',
        alertOptions: [
          { value: '0', name: 'None' },
          { value: '2', name: 'Beep Only' },
        ],
      },
    })
  })

  it('reads the mock’s simpler nesting, and a phone with one DND option as a list', async () => {
    const xml = await mockXml('/cucm-uds/user/demo/device/d1a00001-3333-4d4e-8f50-000000000001', 'demo')
    const d = parseDeviceDetail(parseXml(xml, 'device'))
    expect(d.dnd?.options.map((o) => o.value)).toEqual(['0', '1', '2'])
    expect(d.dnd?.alertOptions.length).toBeGreaterThan(0)
    expect(d.userGuide).toMatch(/\.pdf$/)
    const one = parseDndSettings(
      parseXml(
        '<doNotDisturbSettings><enable>false</enable><supportedDndOptions><option value="1">Call Reject</option></supportedDndOptions></doNotDisturbSettings>',
        'doNotDisturbSettings',
      ),
    )
    expect(one).toEqual({
      enabled: false,
      option: '',
      optionName: '',
      options: [{ value: '1', name: 'Call Reject' }],
      alert: '',
      alertOptions: [],
    })
  })

  it('has no DND block, guide or source when the server sends none (the devices list items)', () => {
    const [first] = parseDevices(parseXml(seedExample('devices-response'), 'devices'))
    const d = parseDeviceDetail(
      parseXml(
        `<device><id>${first!.id}</id><description editable="false">x</description></device>`,
        'device',
      ),
    )
    expect(d).toMatchObject({
      dnd: undefined,
      userGuide: '',
      descriptionSource: undefined,
      descriptionEditable: false,
    })
  })

  it('builds the PUT with only what changed; an empty name resets; hostile text is escaped', () => {
    expect(toDeviceXml({})).toBe('<device/>')
    expect(toDeviceXml({ description: '' })).toBe('<device><description/></device>')
    expect(toDeviceXml({ description: 'A<b>&"c\'' })).toBe(
      '<device><description>A&lt;b&gt;&amp;&quot;c&apos;</description></device>',
    )
    expect(toDeviceXml({ dndOption: '1' })).toBe(
      '<device><doNotDisturbSettings><option>1</option></doNotDisturbSettings></device>',
    )
  })

  it('round-trips a hostile name through the mock, and an empty one brings back the administrator’s', async () => {
    const mock = createMockApp()
    const put = (body: string) =>
      mock.fetch(
        new Request(`${MOCK_ORIGIN}/cucm-uds/user/demo/device/d1a00001-3333-4d4e-8f50-000000000001`, {
          method: 'PUT',
          headers: { Authorization: basic('demo'), 'Content-Type': 'application/xml' },
          body,
        }),
      )
    const hostile = `]]><x> & "😀" 'é'`
    let d = parseDeviceDetail(
      parseXml(await (await put(toDeviceXml({ description: hostile }))).text(), 'device'),
    )
    expect(d.description).toBe(hostile)
    expect(d.descriptionSource).toBe('user')
    d = parseDeviceDetail(parseXml(await (await put(toDeviceXml({ description: '' }))).text(), 'device'))
    expect(d.description).toBe('Dana Morgan desk phone')
    expect(d.descriptionSource).toBe('admin')
  })

  it('reads the Extension Mobility limit of the user only when one is set', async () => {
    const { parseUser } = await import('../user/user.ts')
    expect(
      parseUser(parseXml(seedExample('display-user-information-response'), 'user')).emMaxLoginTime,
    ).toBeUndefined()
    expect(parseUser(parseXml(await mockXml('/cucm-uds/user/shared', 'shared'), 'user')).emMaxLoginTime).toBe(
      '8:00',
    )
  })

  it('says what each device is', () => {
    expect(deviceKind({ model: 'Cisco 8865', type: 'Phone', name: 'SEP1' })).toBe('phone')
    expect(
      deviceKind({ model: 'Cisco Unified Client Services Framework', type: 'Phone', name: 'CSFX' }),
    ).toBe('softphone')
    expect(
      deviceKind({ model: 'Remote Destination Profile', type: 'Remote Destination Profile', name: 'R' }),
    ).toBe('remoteDestinationProfile')
    expect(deviceKind({ model: 'Cisco CTI Remote Device', type: 'Phone', name: 'CTIRD' })).toBe(
      'ctiRemoteDevice',
    )
    expect(deviceKind({ model: 'Cisco Dual Mode', type: 'Phone', name: 'BOTDANA' })).toBe('softphone')
  })
})
