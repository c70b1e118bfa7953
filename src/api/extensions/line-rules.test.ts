import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { parseXml } from '../xml-parser.ts'
import { parseLines } from './extensions.ts'
import { parseLineRules, replaceRules, toRulesXml, type LineRules } from './line-rules.ts'

// The detail shape of uds-api §4.3, with the four busy/no-answer blocks in the reference's order.
const DETAIL = `<extension uri="https://cucm:8443/cucm-uds/user/jdoe/extension/abc" isPrimary="true" version="14.0.1">
  <id>abc</id><directoryNumber>0001</directoryNumber><voiceMailPilotNumber>8000</voiceMailPilotNumber>
  <callForwardAllDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><sendToCustomDestination/></callForwardAllDestination>
  <forwardBusyExternalCallDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber><sendToCustomDestination/></forwardBusyExternalCallDestination>
  <forwardNoAnswerExternalCallDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><sendToCustomDestination>+447700900123</sendToCustomDestination></forwardNoAnswerExternalCallDestination>
  <forwardBusyInternalCallDestination><sendToCustomDestination>1002</sendToCustomDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber></forwardBusyInternalCallDestination>
  <futureThing/>
  <logMissedCalls>true</logMissedCalls><label>Desk</label>
</extension>`

const off = { toVoicemail: false, destination: '' }

function mockFetch(mock: ReturnType<typeof createMockApp>, path: string, init: RequestInit = {}) {
  return mock.fetch(
    new Request(`http://127.0.0.1:8443/cucm-uds${path}`, {
      ...init,
      headers: { Authorization: 'Basic ' + btoa('away:demo'), 'Content-Type': 'application/xml' },
    }),
  )
}

describe('parseLineRules', () => {
  it('reads the four rules in any order; an absent one is the line default', () => {
    expect(parseLineRules(parseXml(DETAIL, 'extension'))).toEqual({
      lineId: 'abc',
      directoryNumber: '0001',
      voicemailPilot: '8000',
      rules: {
        busyExternal: { toVoicemail: true, destination: '' },
        noAnswerExternal: { toVoicemail: false, destination: '+447700900123' },
        busyInternal: { toVoicemail: false, destination: '1002' },
        noAnswerInternal: off,
      },
    })
  })
})

describe('toRulesXml', () => {
  it('sends only the rules that changed, each with both parts', () => {
    expect(toRulesXml({ busyInternal: { toVoicemail: false, destination: '5551234' } })).toBe(
      '<extension><forwardBusyInternalCallDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><sendToCustomDestination>5551234</sendToCustomDestination></forwardBusyInternalCallDestination></extension>',
    )
    expect(toRulesXml({})).toBe('<extension/>')
  })

  it('voicemail empties the number; the default empties both', () => {
    expect(toRulesXml({ noAnswerExternal: { toVoicemail: true, destination: '42' } })).toBe(
      '<extension><forwardNoAnswerExternalCallDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber><sendToCustomDestination/></forwardNoAnswerExternalCallDestination></extension>',
    )
    expect(toRulesXml({ busyExternal: off })).toContain(
      '<forwardBusyExternalCallDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><sendToCustomDestination/>',
    )
  })

  it('escapes hostile text, which round-trips through the parser', () => {
    const hostile = '<b>&amp;"]]>😀'
    const xml = toRulesXml({ busyExternal: { toVoicemail: false, destination: hostile } })
    expect(xml).not.toContain('<b>')
    expect(parseLineRules(parseXml(xml, 'extension')).rules.busyExternal.destination).toBe(hostile)
  })
})

describe('against the mock', () => {
  it("reads the away persona's rules and applies a change to one line only", async () => {
    const mock = createMockApp()
    const lines = parseLines(
      parseXml(await (await mockFetch(mock, '/user/away/extensions')).text(), 'extensions'),
    )
    const [first, second] = lines
    const read = async (id: string) =>
      parseLineRules(
        parseXml(await (await mockFetch(mock, `/user/away/extension/${id}`)).text(), 'extension'),
      )
    const before = await read(first!.id)
    expect(before.rules.busyInternal).toEqual({ toVoicemail: false, destination: '1001' })
    expect(before.rules.noAnswerExternal.destination).toMatch(/^\+1312555/)

    const res = await mockFetch(mock, `/user/away/extension/${second!.id}`, {
      method: 'PUT',
      body: toRulesXml({ busyExternal: { toVoicemail: false, destination: '5551234' } }),
    })
    expect(res.status).toBe(200)
    const answer = parseLineRules(parseXml(await res.text(), 'extension'))
    expect(answer.rules.busyExternal).toEqual({ toVoicemail: false, destination: '5551234' })
    expect(answer.rules.busyInternal).toEqual({ toVoicemail: true, destination: '' })
    expect(await read(first!.id)).toEqual(before)
  })
})

describe('replaceRules', () => {
  it('replaces one line and keeps the others', () => {
    const a: LineRules = {
      lineId: 'a',
      directoryNumber: '1',
      voicemailPilot: '',
      rules: {} as LineRules['rules'],
    }
    const b = { ...a, lineId: 'b' }
    const next = { ...b, voicemailPilot: '8000' }
    expect(replaceRules([a, b], next)).toEqual([a, next])
    expect(replaceRules(undefined, next)).toBeUndefined()
  })
})
