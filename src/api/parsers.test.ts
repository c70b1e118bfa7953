import { describe, expect, it } from 'vitest'
import { parseDevices } from './devices/devices.ts'
import { parseLines } from './extensions/extensions.ts'
import { atLeast, parseClusterUser, parseOptions, parseUserPolicy, parseVersion } from './system/system.ts'
import { mockXml, seedExample } from '../testing/mock-fixtures.ts'
import { parseUser, toUserXml } from './user/user.ts'
import { text } from './xml.ts'
import { parseXml } from './xml-parser.ts'

describe('user', () => {
  it('parses the documented example', () => {
    const user = parseUser(parseXml(seedExample('display-user-information-response'), 'user'))
    expect(user).toMatchObject({
      id: 'bd176b00-808e-8940-8d29-316e3f9443ba',
      userId: 'dstaudt',
      displayName: 'David Staudt',
      phoneNumber: '+19728135091',
      mobileConnect: true,
      remoteDestinationLimit: 4,
      localeId: '',
      localeName: 'English, United States',
      ldapAuth: false, // the attribute decides, not the text "ldap"
      homeCluster: true,
      callForward: { toVoicemail: false, destination: '' },
      doNotDisturb: false,
    })
  })

  it('reads every persona the mock serves', async () => {
    for (const id of ['demo', 'ldap', 'visitor', 'split', 'nosnr', 'policy']) {
      const user = parseUser(parseXml(await mockXml(`/cucm-uds/user/${id}`, id), 'user'))
      expect(user.userId).toBe(id)
    }
    const ldap = parseUser(parseXml(await mockXml('/cucm-uds/user/ldap', 'ldap'), 'user'))
    expect(ldap.ldapAuth).toBe(true)
    const visitor = parseUser(parseXml(await mockXml('/cucm-uds/user/visitor', 'visitor'), 'user'))
    expect(visitor.homeCluster).toBe(false)
  })

  it('has no displayName before UDS 11.0 (absent, not empty)', () => {
    const user = parseUser(parseXml('<user><userName>old</userName></user>', 'user'))
    expect(user.displayName).toBeUndefined()
    expect(user.remoteDestinationLimit).toBe(0)
  })

  it('builds a patch with only what changed; "" resets, absent leaves alone', () => {
    expect(toUserXml({ doNotDisturb: true })).toBe(
      '<user><enableDoNotDisturb>true</enableDoNotDisturb></user>',
    )
    expect(toUserXml({ callForward: { toVoicemail: false, destination: '' } })).toBe(
      '<user><callForwardAllDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><destination/></callForwardAllDestination></user>',
    )
    expect(toUserXml({ callForward: { destination: '5551234' } })).toBe(
      '<user><callForwardAllDestination><destination>5551234</destination></callForwardAllDestination></user>',
    )
    expect(toUserXml({ localeId: '' })).toBe('<user><userLocale/></user>')
    expect(toUserXml({})).toBe('<user/>')
  })

  it('escapes a hostile display name and the mock stores it exactly', () => {
    const xml = toUserXml({ displayName: '<b>&amp;"]]>😀' })
    expect(xml).toBe('<user><displayName>&lt;b&gt;&amp;amp;&quot;]]&gt;😀</displayName></user>')
    expect(text(parseXml(xml, 'user'), 'displayName')).toBe('<b>&amp;"]]>😀')
  })
})

describe('devices and lines', () => {
  it('parses the documented devices example', () => {
    const devices = parseDevices(parseXml(seedExample('devices-response'), 'devices'))
    expect(devices).toHaveLength(3)
    expect(devices[0]).toMatchObject({
      id: '2a610c78-6754-2c56-bd4d-5a8d972c7a43',
      model: 'Cisco 7965',
      descriptionEditable: true,
    })
  })

  it('parses a one-device list as a list', () => {
    const devices = parseDevices(
      parseXml('<devices><device><id>x</id><name>SEP1</name></device></devices>', 'devices'),
    )
    expect(devices.map((d) => d.id)).toEqual(['x'])
  })

  it('parses the documented extensions example, forward included', () => {
    const lines = parseLines(parseXml(seedExample('extensions-response'), 'extensions'))
    expect(lines).toEqual([
      expect.objectContaining({
        directoryNumber: '1111',
        isPrimary: false,
        callForward: { toVoicemail: false, destination: '5555' },
      }),
    ])
  })

  it('puts the primary line first whatever the server order', async () => {
    const lines = parseLines(
      parseXml(
        '<extensions><extension isPrimary="false"><id>b</id><directoryNumber>2</directoryNumber></extension><extension isPrimary="true"><id>a</id><directoryNumber>1</directoryNumber></extension></extensions>',
        'extensions',
      ),
    )
    expect(lines.map((l) => l.id)).toEqual(['a', 'b'])
    const demo = parseLines(parseXml(await mockXml('/cucm-uds/user/demo/extensions', 'demo'), 'extensions'))
    expect(demo[0]).toMatchObject({ directoryNumber: '1001', isPrimary: true })
  })

  it('parses the mock devices, including the remote destination profile', async () => {
    const devices = parseDevices(parseXml(await mockXml('/cucm-uds/user/demo/devices', 'demo'), 'devices'))
    expect(devices.map((d) => d.model)).toContain('Remote Destination Profile')
  })
})

describe('system resources', () => {
  it('parses version with and without capabilities', async () => {
    expect(parseVersion(parseXml(await mockXml('/cucm-uds/version'), 'versionInformation'))).toMatchObject({
      release: '14.0.1',
    })
    expect(
      parseVersion(
        parseXml(
          '<versionInformation version="10.0.0"><version>11.5.1</version></versionInformation>',
          'versionInformation',
        ),
      ),
    ).toEqual({ release: '11.5.1', schemaVersion: '10.0.0', usersResourceAuthEnabled: false })
  })

  it('compares releases', () => {
    expect(atLeast('11.5.1', '11.5')).toBe(true)
    expect(atLeast('11.0.1', '11.5')).toBe(false)
    expect(atLeast('10.5(2)', '10.5.2')).toBe(true)
    expect(atLeast('14.0.1', '12.5')).toBe(true)
  })

  it('parses clusterUser found and not found', async () => {
    expect(
      parseClusterUser(parseXml(await mockXml('/cucm-uds/clusterUser?username=visitor'), 'clusterUser')),
    ).toEqual({
      found: true,
      host: 'cucm-pub.emea.example.invalid',
    })
    expect(
      parseClusterUser(parseXml('<clusterUser><result found="false"/></clusterUser>', 'clusterUser')),
    ).toEqual({
      found: false,
      host: null,
    })
  })

  it('parses option lists, including a one-option list', async () => {
    const locales = parseOptions(
      parseXml(await mockXml('/cucm-uds/options/installedLocales'), 'installedLocales'),
    )
    expect(locales.length).toBeGreaterThan(1)
    expect(locales[0]).toEqual({ value: expect.any(String), name: expect.any(String) })
    expect(
      parseOptions(
        parseXml('<timeZones><option><value>1</value><name>UTC</name></option></timeZones>', 'timeZones'),
      ),
    ).toEqual([{ value: '1', name: 'UTC' }])
  })

  it('parses the user policy, with defaults for absent flags', async () => {
    const demo = parseUserPolicy(
      parseXml(await mockXml('/cucm-uds/options/userPolicy', 'demo'), 'userPolicy'),
    )
    expect(demo.showCallForward).toBe(1)
    const policy = parseUserPolicy(
      parseXml(await mockXml('/cucm-uds/options/userPolicy', 'policy'), 'userPolicy'),
    )
    expect(policy).toMatchObject({
      showCallForward: 2,
      showChangePassword: false,
      showDirectorySearch: false,
    })
    expect(demo).toMatchObject({ showDirectorySearch: true, userSearchLimit: 64 })
    expect(parseUserPolicy(parseXml('<userPolicy/>', 'userPolicy'))).toMatchObject({
      showCallForward: 1,
      showChangePin: true,
      userSearchLimit: 64,
    })
    const limit = (v: string) =>
      parseUserPolicy(
        parseXml(
          `<userPolicy><policy><name>UserSearchLimit</name><value>${v}</value></policy></userPolicy>`,
          'userPolicy',
        ),
      ).userSearchLimit
    expect([limit('20'), limit('900'), limit('0'), limit('x')]).toEqual([20, 500, 64, 64])
  })
})
