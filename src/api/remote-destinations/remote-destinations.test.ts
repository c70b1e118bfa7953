import { describe, expect, it } from 'vitest'
import { parseXml } from '../xml-parser.ts'
import {
  idFromLocation,
  parseRemoteDestination,
  parseRemoteDestinations,
  toNewRemoteDestinationXml,
  toRemoteDestinationPatchXml,
  type NewRemoteDestination,
} from './remote-destinations.ts'

// seeds/001: "GET remoteDestinations response" (a one-item list).
const SEED_LIST = `<remoteDestinations version="12.5.1" uri="https://ds-ucm1251.cisco.com:8443/cucm-uds/user/dstaudt/remoteDestinations">
    <remoteDestination uri="https://ds-ucm1251.cisco.com:8443/cucm-uds/user/dstaudt/remoteDestination/b8946bc5-2e67-9f03-2c9e-c07d25b80c63">
        <id>b8946bc5-2e67-9f03-2c9e-c07d25b80c63</id>
        <name>testRemoteDestination</name>
        <destination>4055551212</destination>
        <ringWhenExtensionDialed>true</ringWhenExtensionDialed>
        <allowTransferToMobile>true</allowTransferToMobile>
        <allowControlFromApplication>false</allowControlFromApplication>
        <associatedDevices>
            <associatedDevice>
                <usage uri="https://ds-ucm1251.cisco.com:8443/cucm-uds/options/remoteDestinationUsage" value="0">Single Number Reach</usage>
                <name>testRemoteDestinationProfile</name>
                <description></description>
                <model>Remote Destination Profile</model>
            </associatedDevice>
        </associatedDevices>
    </remoteDestination>
</remoteDestinations>`

// seeds/001: "GET remoteDestination response".
const SEED_DETAIL = `    <remoteDestination uri="https://ds-ucm1251.cisco.com:8443/cucm-uds/user/dstaudt/remoteDestination/b8946bc5-2e67-9f03-2c9e-c07d25b80c63">
        <id>b8946bc5-2e67-9f03-2c9e-c07d25b80c63</id>
        <name>testRemoteDestination</name>
        <destination>4055551212</destination>
        <ringWhenExtensionDialed>true</ringWhenExtensionDialed>
        <allowTransferToMobile>true</allowTransferToMobile>
        <allowControlFromApplication>false</allowControlFromApplication>
        <associatedDevices>
            <associatedDevice>
                <usage uri="https://ds-ucm1251.cisco.com:8443/cucm-uds/options/remoteDestinationUsage" value="0">Single Number Reach</usage>
                <name>testRemoteDestinationProfile</name>
                <description></description>
                <model>Remote Destination Profile</model>
            </associatedDevice>
        </associatedDevices>
    </remoteDestination>`

const SEED_ITEM = {
  id: 'b8946bc5-2e67-9f03-2c9e-c07d25b80c63',
  name: 'testRemoteDestination',
  number: '4055551212',
  ringWhenExtensionDialed: true,
  allowTransferToMobile: true,
  allowControlFromApplication: false,
  device: {
    name: 'testRemoteDestinationProfile',
    description: '',
    model: 'Remote Destination Profile',
    usage: '0',
  },
  schedule: null,
}

const HOSTILE = "<b>&amp;\"]]> 'x' 📱"

describe('parseRemoteDestinations', () => {
  it('reads the seed list (one item is still a list)', () => {
    expect(parseRemoteDestinations(parseXml(SEED_LIST, 'remoteDestinations'))).toEqual([SEED_ITEM])
  })

  it('reads the seed detail', () => {
    expect(parseRemoteDestination(parseXml(SEED_DETAIL, 'remoteDestination'))).toEqual(SEED_ITEM)
  })

  it('reads an empty list, self-closing or not', () => {
    expect(parseRemoteDestinations(parseXml('<remoteDestinations/>', 'remoteDestinations'))).toEqual([])
    expect(
      parseRemoteDestinations(
        parseXml('<remoteDestinations uri="x"></remoteDestinations>', 'remoteDestinations'),
      ),
    ).toEqual([])
  })

  it('tolerates reordered and unknown elements, keeps numbers as text, and reads destinationNumber', () => {
    const xml = `<remoteDestinations><remoteDestination><futureThing a="1"><x/></futureThing>
      <allowControlFromApplication>true</allowControlFromApplication><destinationNumber>+0044 20</destinationNumber>
      <ringWhenExtensionDialed>false</ringWhenExtensionDialed><name>Home</name><id>2</id>
      </remoteDestination><remoteDestination><id>3</id><destination>0001</destination></remoteDestination></remoteDestinations>`
    const [a, b] = parseRemoteDestinations(parseXml(xml, 'remoteDestinations'))
    expect(a).toMatchObject({
      id: '2',
      name: 'Home',
      number: '+0044 20',
      ringWhenExtensionDialed: false,
      allowControlFromApplication: true,
      allowTransferToMobile: false,
      device: null,
      schedule: null,
    })
    expect(b?.number).toBe('0001')
  })

  it('reads associatedExtensions without tripping over one-item lists', () => {
    const xml = `<remoteDestination><id>1</id><associatedDevices><associatedDevice><usage value="2">Dual Mode Mobile</usage>
      <name>CTIRD1</name><associatedExtensions><associatedExtension enable="true">7778</associatedExtension></associatedExtensions>
      </associatedDevice></associatedDevices></remoteDestination>`
    const root = parseXml(xml, 'remoteDestination')
    const devices = (root.associatedDevices as Record<string, unknown>).associatedDevice
    expect(Array.isArray(devices)).toBe(true)
    const exts = ((devices as Record<string, unknown>[])[0]!.associatedExtensions as Record<string, unknown>)
      .associatedExtension
    expect(Array.isArray(exts)).toBe(true)
    expect(parseRemoteDestination(root).device).toEqual({
      name: 'CTIRD1',
      description: '',
      model: '',
      usage: '2',
    })
  })
})

describe('request bodies', () => {
  const input: NewRemoteDestination = {
    name: 'Home',
    number: '+12345678901',
    ringWhenExtensionDialed: true,
    allowTransferToMobile: true,
    allowControlFromApplication: false,
    deviceName: 'RD02',
    schedule: null,
  }

  it('POST follows the seed example (destination, usage 0)', () => {
    expect(toNewRemoteDestinationXml(input)).toBe(
      '<remoteDestination><name>Home</name><destination>+12345678901</destination>' +
        '<ringWhenExtensionDialed>true</ringWhenExtensionDialed><allowTransferToMobile>true</allowTransferToMobile>' +
        '<allowControlFromApplication>false</allowControlFromApplication>' +
        '<associatedDevices><associatedDevice><name>RD02</name><usage>0</usage></associatedDevice></associatedDevices>' +
        '</remoteDestination>',
    )
  })

  it('POST leaves the device to the server when none is chosen, and carries a schedule', () => {
    const xml = toNewRemoteDestinationXml({
      ...input,
      deviceName: '',
      schedule: { timeZone: 'UTC', days: [{ day: 1, start: '08:00', end: '17:00' }] },
    })
    expect(xml).not.toContain('associatedDevices')
    expect(xml).toContain(
      '<schedule><timeZone value="UTC"/><days><day value="1"><timeOfDayStart>08:00</timeOfDayStart>',
    )
  })

  it('PUT sends only what changed, with destinationNumber', () => {
    expect(toRemoteDestinationPatchXml({ ringWhenExtensionDialed: false })).toBe(
      '<remoteDestination><ringWhenExtensionDialed>false</ringWhenExtensionDialed></remoteDestination>',
    )
    expect(toRemoteDestinationPatchXml({ number: '+447700900123' })).toBe(
      '<remoteDestination><destinationNumber>+447700900123</destinationNumber></remoteDestination>',
    )
    expect(toRemoteDestinationPatchXml({})).toBe('<remoteDestination/>')
  })

  it('PUT: schedule null is an empty element (ring at any time); absent leaves it', () => {
    expect(toRemoteDestinationPatchXml({ schedule: null })).toBe(
      '<remoteDestination><schedule/></remoteDestination>',
    )
    expect(toRemoteDestinationPatchXml({ name: 'x' })).not.toContain('schedule')
  })

  it('escapes hostile names, which round-trip through parse', () => {
    const xml = toRemoteDestinationPatchXml({ name: HOSTILE })
    expect(xml).not.toContain('<b>')
    expect(xml).not.toContain(']]>')
    const back = parseRemoteDestination(parseXml(xml, 'remoteDestination'))
    expect(back.name).toBe(HOSTILE)
    const posted = parseRemoteDestination(
      parseXml(toNewRemoteDestinationXml({ ...input, name: HOSTILE }), 'remoteDestination'),
    )
    expect(posted.name).toBe(HOSTILE)
  })

  it('reads the new id from a Location', () => {
    expect(idFromLocation('https://h:8443/cucm-uds/user/demo/remoteDestination/e1-00')).toBe('e1-00')
    expect(idFromLocation('/cucm-uds/user/a%20b/remoteDestination/x%2Fy/')).toBe('x/y')
    expect(idFromLocation(null)).toBe('')
    expect(idFromLocation('https://h/elsewhere')).toBe('')
  })
})
