import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMockApp, type MockApp } from '../../../mock-server/app.ts'
import { configureClient } from '../client.ts'
import { basicHeader, endSession, startSession } from '../session.ts'
import { parseXml } from '../xml-parser.ts'
import {
  deleteSpeedDial,
  deviceIdFromUri,
  getDeviceSpeedDials,
  getUserSpeedDials,
  parseDeviceSpeedDials,
  parseUserSpeedDials,
  postDeviceSpeedDials,
  postSpeedDials,
  putDeviceSpeedDials,
  putSpeedDials,
  toSpeedDialsXml,
  type SpeedDial,
} from './speed-dials.ts'

// The two response forms, verbatim from the UDS reference (seeds/001, "GET speedDials").
const SEED_UNIFIED = `<!--get user's speedDials response: "appliesToAllDevices=true"-->
<userSpeedDials uri="https://{host}:8443/cucm-uds/user/{userId}/speedDials" version="{version}">
    <speedDials appliesToAllDevices="true" totalCount="3">
        <speedDial>
            <index>1</index>
            <number>1234567890</number>
            <label>Manager</label>
        </speedDial>
        <speedDial>
            <index>2</index>
            <number>1234567899</number>
            <label>Assistant</label>
        </speedDial>
        <speedDial>
            <index>3</index>
            <number>1234567</number>
            <label>VP</label>
        </speedDial>
    </speedDials>
    <devices>
        <device name="SEP000001000003" description="Auto 100002" speedDialsUri="https://{host}/cucm-uds/user/{userId}/device/{devicePkid}/speedDials"/>
        <device name="SEP000001000004" description="Auto 100003" speedDialsUri="https://{host}/cucm-uds/user/{userId}/device/{devicePkid}/speedDials"/>
        <device name="SEP000001000005" description="Auto 100004" speedDialsUri="https://{host}/cucm-uds/user/{userId}/device/{devicePkid}/speedDials"/>
    </devices>
</userSpeedDials>`

const SEED_NOT_UNIFIED = `<!--get user's speedDials response: "appliesToAllDevices=false"-->
<userSpeedDials uri="https://{host}:8443/cucm-uds/user/{userId}/speedDials" version="{version}">
    <speedDials appliesToAllDevices="false" totalCount="0"/>
    <devices>
        <device name="SEP000001000003" description="Auto 100002" speedDialsUri="https://{host}/cucm-uds/user/{userId}/device/{devicePkid}/speedDials"/>
        <device name="SEP000001000004" description="Auto 100003" speedDialsUri="https://{host}/cucm-uds/user/{userId}/device/{devicePkid}/speedDials"/>
        <device name="SEP000001000005" description="Auto 100004" speedDialsUri="https://{host}/cucm-uds/user/{userId}/device/{devicePkid}/speedDials"/>
    </devices>
</userSpeedDials>`

// The seed's request body example for PUT.
const SEED_PUT_BODY = `<speedDials>
    <speedDial><index>1</index><number>1234567890</number><label>Manager</label></speedDial>
    <speedDial><index>2</index><number>1234567899</number><label>Assistant</label></speedDial>
    <speedDial><index>3</index><number>0001</number><label>CEO</label></speedDial>
</speedDials>`

const HOSTILE = '<b>&amp;"]]> 😀👍🏽'

function user(xml: string) {
  return parseUserSpeedDials(parseXml(xml, 'userSpeedDials'))
}

describe('parseUserSpeedDials (seed examples)', () => {
  it('unified: the list, sorted, and the phones', () => {
    const result = user(SEED_UNIFIED)
    expect(result.unified).toBe(true)
    expect(result.speedDials).toEqual([
      { index: 1, number: '1234567890', label: 'Manager' },
      { index: 2, number: '1234567899', label: 'Assistant' },
      { index: 3, number: '1234567', label: 'VP' },
    ])
    expect(result.phones.map((p) => [p.name, p.description])).toEqual([
      ['SEP000001000003', 'Auto 100002'],
      ['SEP000001000004', 'Auto 100003'],
      ['SEP000001000005', 'Auto 100004'],
    ])
    // The seed's placeholder URL still yields the segment where the pkid goes.
    expect(result.phones[0]!.id).toBe('{devicePkid}')
  })

  it('not unified: no list, only the phones', () => {
    const result = user(SEED_NOT_UNIFIED)
    expect(result.unified).toBe(false)
    expect(result.speedDials).toEqual([])
    expect(result.phones).toHaveLength(3)
  })

  it('keeps numbers as strings (0001 is not 1)', () => {
    expect(parseDeviceSpeedDials(parseXml(SEED_PUT_BODY, 'speedDials'))[2]).toEqual({
      index: 3,
      number: '0001',
      label: 'CEO',
    })
  })

  it('a one-item list is a list', () => {
    const result = user(`<userSpeedDials><speedDials appliesToAllDevices="true" totalCount="1">
      <speedDial><index>7</index><number>9,123#</number><label>Bank</label></speedDial></speedDials>
      <devices><device name="SEP1" description="Desk" speedDialsUri="https://h/cucm-uds/user/u/device/abc-1/speedDials"/></devices>
      </userSpeedDials>`)
    expect(result.speedDials).toEqual([{ index: 7, number: '9,123#', label: 'Bank' }])
    expect(result.phones).toEqual([{ id: 'abc-1', name: 'SEP1', description: 'Desk' }])
  })

  it('an empty unified list and an empty devices element', () => {
    const result = user(
      `<userSpeedDials><speedDials appliesToAllDevices="true" totalCount="0"/><devices/></userSpeedDials>`,
    )
    expect(result).toEqual({ unified: true, speedDials: [], phones: [] })
  })

  it('tolerates unknown elements, attributes and any order; sorts by position', () => {
    const result = user(`<userSpeedDials version="14.0.1" extra="x">
      <futureThing>1</futureThing>
      <devices><device description="Lobby" name="SEP2" colour="red" speedDialsUri="/cucm-uds/user/u/device/d2/speedDials"/></devices>
      <speedDials totalCount="2" appliesToAllDevices="true" more="1">
        <speedDial><label>Second</label><newField/><number>2</number><index>2</index></speedDial>
        <speedDial uri="x"><index>1</index><number>1</number><label>First</label></speedDial>
        <speedDial><number>no index</number></speedDial>
      </speedDials>
    </userSpeedDials>`)
    expect(result.speedDials.map((s) => s.label)).toEqual(['First', 'Second'])
    expect(result.phones).toEqual([{ id: 'd2', name: 'SEP2', description: 'Lobby' }])
  })

  it('a phone without a description is named by its system name', () => {
    const result = user(
      `<userSpeedDials><speedDials appliesToAllDevices="false"/><devices><device name="SEP9" speedDialsUri="x"/></devices></userSpeedDials>`,
    )
    expect(result.phones[0]).toEqual({ id: '', name: 'SEP9', description: 'SEP9' })
  })

  it('decodes escaped text exactly', () => {
    const result = user(
      `<userSpeedDials><speedDials appliesToAllDevices="true"><speedDial><index>1</index><number>1</number><label>&lt;b&gt;&amp;amp;&quot;]]&gt; 😀</label></speedDial></speedDials></userSpeedDials>`,
    )
    expect(result.speedDials[0]!.label).toBe('<b>&amp;"]]> 😀')
  })
})

describe('deviceIdFromUri', () => {
  it('reads the pkid segment of absolute, port-ful and relative links', () => {
    expect(deviceIdFromUri('https://h:8443/cucm-uds/user/u/device/d1-2/speedDials')).toBe('d1-2')
    expect(deviceIdFromUri('https://h/cucm-uds/user/u/device/%7Babc%7D/speedDials')).toBe('{abc}')
    expect(deviceIdFromUri('/cucm-uds/user/u/device/x/speedDials/')).toBe('x')
  })
  it('gives "" for anything else', () => {
    expect(deviceIdFromUri(undefined)).toBe('')
    expect(deviceIdFromUri('https://h/cucm-uds/user/u/speedDials')).toBe('')
    expect(deviceIdFromUri('https://h/cucm-uds/user/u/device/%E0%A4%A/speedDials')).toBe('')
  })
})

describe('toSpeedDialsXml', () => {
  it('builds the seed body shape', () => {
    const xml = toSpeedDialsXml([
      { index: 1, number: '1234567890', label: 'Manager' },
      { index: 3, number: '0001', label: 'CEO' },
    ])
    expect(xml).toBe(
      '<speedDials><speedDial><index>1</index><number>1234567890</number><label>Manager</label></speedDial>' +
        '<speedDial><index>3</index><number>0001</number><label>CEO</label></speedDial></speedDials>',
    )
  })

  it('an empty list is an empty element (a phone list emptied by PUT)', () => {
    expect(toSpeedDialsXml([])).toBe('<speedDials/>')
  })

  it('an empty label is an empty element', () => {
    expect(toSpeedDialsXml([{ index: 1, number: '1', label: '' }])).toContain('<label/>')
  })

  it('escapes hostile names, which round-trip exactly through the parser', () => {
    const items: SpeedDial[] = [{ index: 1, number: '+1*2#,3', label: HOSTILE }]
    const xml = toSpeedDialsXml(items)
    expect(xml).not.toContain('<b>')
    expect(xml).not.toContain(']]>')
    expect(xml).toContain('&lt;b&gt;&amp;amp;&quot;]]&gt;')
    expect(parseDeviceSpeedDials(parseXml(xml, 'speedDials'))).toEqual(items)
  })

  it('element names never come from the data', () => {
    const xml = toSpeedDialsXml([{ index: 1, number: '1', label: '</label><index>9</index><label>' }])
    expect(parseDeviceSpeedDials(parseXml(xml, 'speedDials'))).toEqual([
      { index: 1, number: '1', label: '</label><index>9</index><label>' },
    ])
  })
})

describe('against the mock server', () => {
  let mock: MockApp
  const BASE = 'http://127.0.0.1:8443'

  beforeAll(() => {
    configureClient({ udsBaseUrl: `${BASE}/cucm-uds`, cupiBaseUrl: `${BASE}/vmrest`, timeoutMs: 5000 })
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const { cache: _cache, ...rest } = init ?? {}
      return mock.fetch(new Request(input, rest))
    })
  })
  afterAll(() => {
    vi.unstubAllGlobals()
    endSession()
  })
  beforeEach(() => {
    mock = createMockApp()
  })

  function signInAs(userId: string) {
    startSession(userId, basicHeader(userId, 'demo'))
  }

  async function raw(path: string, userId = 'demo') {
    const res = await mock.fetch(
      new Request(`${BASE}/cucm-uds${path}`, {
        headers: { Authorization: 'Basic ' + btoa(`${userId}:demo`) },
      }),
    )
    return parseXml(
      await res.text(),
      path.endsWith('/speedDials') && path.includes('/device/') ? 'speedDials' : 'userSpeedDials',
    )
  }

  it("parses the mock's unified answer (demo)", async () => {
    const result = parseUserSpeedDials(await raw('/user/demo/speedDials'))
    expect(result.unified).toBe(true)
    expect(result.speedDials).toEqual([
      { index: 1, number: '1002', label: 'Reception' },
      { index: 2, number: '+13125550143', label: 'Help desk' },
      { index: 3, number: '9,18005550199', label: 'Conference bridge' },
    ])
    expect(result.phones.length).toBeGreaterThanOrEqual(2)
    expect(result.phones.every((p) => p.id !== '' && p.description !== '')).toBe(true)
  })

  it("parses the mock's per-phone answers (split)", async () => {
    const result = parseUserSpeedDials(await raw('/user/split/speedDials', 'split'))
    expect(result.unified).toBe(false)
    expect(result.speedDials).toEqual([])
    expect(result.phones.map((p) => p.description)).toEqual([
      'Sam Okafor office phone',
      'Sam Okafor lobby phone',
    ])
    const lobby = parseDeviceSpeedDials(
      await raw(`/user/split/device/${result.phones[1]!.id}/speedDials`, 'split'),
    )
    expect(lobby).toEqual([{ index: 1, number: '+13125550111', label: 'Loading dock' }])
  })

  it('POST adds, PUT replaces, DELETE ?index= removes (user level)', async () => {
    signInAs('demo')
    await postSpeedDials('demo', [{ index: 4, number: '1,2', label: 'New' }])
    expect((await getUserSpeedDials('demo')).speedDials.map((s) => s.index)).toEqual([1, 2, 3, 4])
    await deleteSpeedDial('demo', 2)
    expect((await getUserSpeedDials('demo')).speedDials.map((s) => s.index)).toEqual([1, 3, 4])
    await putSpeedDials('demo', [{ index: 1, number: '123', label: HOSTILE }])
    const after = await getUserSpeedDials('demo')
    expect(after.unified).toBe(true)
    expect(after.speedDials).toEqual([{ index: 1, number: '123', label: HOSTILE }])
  })

  it('POST of a taken position is a conflict; a bad number is refused (invalid)', async () => {
    signInAs('demo')
    await expect(postSpeedDials('demo', [{ index: 1, number: '1', label: 'x' }])).rejects.toMatchObject({
      kind: 'conflict',
      status: 409,
    })
    await expect(putSpeedDials('demo', [{ index: 1, number: 'abc', label: 'x' }])).rejects.toMatchObject({
      kind: 'invalid',
      status: 415,
    })
  })

  it('device level: GET, POST and PUT one phone; making them equal makes the user list unified', async () => {
    signInAs('split')
    const { phones } = await getUserSpeedDials('split')
    const [office, lobby] = phones
    await postDeviceSpeedDials('split', lobby!.id, [{ index: 2, number: '200', label: 'Gate' }])
    expect(await getDeviceSpeedDials('split', lobby!.id)).toEqual([
      { index: 1, number: '+13125550111', label: 'Loading dock' },
      { index: 2, number: '200', label: 'Gate' },
    ])
    const officeList = await getDeviceSpeedDials('split', office!.id)
    await putDeviceSpeedDials('split', lobby!.id, officeList)
    const after = await getUserSpeedDials('split')
    expect(after.unified).toBe(true)
    expect(after.speedDials).toEqual(officeList)
  })
})
