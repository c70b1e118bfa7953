import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { parseLines } from '../extensions/extensions.ts'
import { parseXml } from '../xml-parser.ts'
import { parseUser, toUserXml } from './user.ts'

// The user-level forward and DND parts of the seeds/001 GET user example.
const SEED_USER = `<user uri="https://ds-ucm1251.cisco.com:8443/cucm-uds/user/dstaudt" version="12.5.1">
    <id>bd176b00-808e-8940-8d29-316e3f9443ba</id>
    <userName>dstaudt</userName>
    <homeCluster enableImAndPresence="true" enableCalendarPresence="false">true</homeCluster>
    <callForwardAllDestination appliesToAllExtensions="true">
        <sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber>
        <destination></destination>
    </callForwardAllDestination>
    <enableDoNotDisturb appliesToAllDevices="true">false</enableDoNotDisturb>
</user>`

function call(mock: ReturnType<typeof createMockApp>, path: string, init: RequestInit = {}) {
  return mock.fetch(
    new Request(`http://127.0.0.1:8443/cucm-uds${path}`, {
      ...init,
      headers: { Authorization: 'Basic ' + btoa('demo:demo'), 'Content-Type': 'application/xml' },
    }),
  )
}

describe('parseUser: forwarding and do not disturb', () => {
  it('reads the seed example', () => {
    const user = parseUser(parseXml(SEED_USER, 'user'))
    expect(user.callForward).toEqual({ toVoicemail: false, destination: '' })
    expect(user.callForwardAllLines).toBe(true)
    expect(user.doNotDisturb).toBe(false)
  })

  it('reads a per-line difference and ignores the primaryExtension block', () => {
    const xml = `<user><primaryExtension><callForwardAllDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber></callForwardAllDestination></primaryExtension>
      <enableDoNotDisturb appliesToAllDevices="false">true</enableDoNotDisturb>
      <callForwardAllDestination appliesToAllExtensions="false"><destination>0049</destination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber></callForwardAllDestination></user>`
    const user = parseUser(parseXml(xml, 'user'))
    expect(user.callForward).toEqual({ toVoicemail: false, destination: '0049' })
    expect(user.callForwardAllLines).toBe(false)
    expect(user.doNotDisturb).toBe(true)
  })
})

describe('toUserXml: forwarding and do not disturb', () => {
  it('sends only the changed forward fields', () => {
    expect(toUserXml({ callForward: { toVoicemail: true } })).toBe(
      '<user><callForwardAllDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber></callForwardAllDestination></user>',
    )
    expect(toUserXml({ callForward: { destination: '5551234' } })).toBe(
      '<user><callForwardAllDestination><destination>5551234</destination></callForwardAllDestination></user>',
    )
  })

  it("sends '' as an empty element and never an empty forward block", () => {
    expect(toUserXml({ callForward: { toVoicemail: false, destination: '' } })).toBe(
      '<user><callForwardAllDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><destination/></callForwardAllDestination></user>',
    )
    expect(toUserXml({ callForward: {} })).toBe('<user/>')
  })

  it('sends do not disturb alone', () => {
    expect(toUserXml({ doNotDisturb: true })).toBe(
      '<user><enableDoNotDisturb>true</enableDoNotDisturb></user>',
    )
    expect(toUserXml({ doNotDisturb: false })).toBe(
      '<user><enableDoNotDisturb>false</enableDoNotDisturb></user>',
    )
  })

  it('escapes hostile text, which round-trips', () => {
    const hostile = '<b>&amp;"]]>😀'
    const xml = toUserXml({ callForward: { destination: hostile } })
    expect(xml).not.toContain('<b>')
    expect(parseUser(parseXml(xml, 'user')).callForward.destination).toBe(hostile)
  })

  it('the mock applies a user-level forward to every line, and GET extensions reflects it', async () => {
    const mock = createMockApp()
    const res = await call(mock, '/user/demo', {
      method: 'PUT',
      body: toUserXml({ callForward: { toVoicemail: false, destination: '5551234' } }),
    })
    expect(res.status).toBe(200)
    const user = parseUser(parseXml(await res.text(), 'user'))
    expect(user.callForward).toEqual({ toVoicemail: false, destination: '5551234' })
    expect(user.callForwardAllLines).toBe(true)
    const lines = parseLines(parseXml(await (await call(mock, '/user/demo/extensions')).text(), 'extensions'))
    expect(lines.map((l) => l.callForward)).toEqual([
      { toVoicemail: false, destination: '5551234' },
      { toVoicemail: false, destination: '5551234' },
    ])
  })

  it('the mock turns do not disturb on and answers with it', async () => {
    const mock = createMockApp()
    const res = await call(mock, '/user/demo', { method: 'PUT', body: toUserXml({ doNotDisturb: true }) })
    expect(parseUser(parseXml(await res.text(), 'user')).doNotDisturb).toBe(true)
    const again = await call(mock, '/user/demo')
    expect(parseUser(parseXml(await again.text(), 'user')).doNotDisturb).toBe(true)
  })

  it('the mock refuses writes for a user homed elsewhere (409)', async () => {
    const mock = createMockApp()
    const res = await mock.fetch(
      new Request('http://127.0.0.1:8443/cucm-uds/user/visitor', {
        method: 'PUT',
        body: toUserXml({ doNotDisturb: true }),
        headers: { Authorization: 'Basic ' + btoa('visitor:demo'), 'Content-Type': 'application/xml' },
      }),
    )
    expect(res.status).toBe(409)
  })
})
