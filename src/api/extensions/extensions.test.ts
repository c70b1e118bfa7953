import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { parseXml } from '../xml-parser.ts'
import {
  forwardAllLines,
  parseLine,
  parseLines,
  replaceLine,
  toExtensionXml,
  type Line,
} from './extensions.ts'

// The GET extensions example of seeds/001 (UDS reference), verbatim but for the "..." placeholder.
const SEED_EXTENSIONS = `<extensions version="10.0.0" uri="https://{host}:8443/cucm-uds/user/{userId}/extensions">
   <extension isPrimary="false" uri="https://{host}:8443/cucm-uds/user/{userId}/extension/0d896090-483e-f472-065b-aa2163fc6efa">
      <id>0d896090-483e-f472-065b-aa2163fc6efa</id>
      <directoryNumber>1111</directoryNumber>
      <voiceMailPilotNumber />
      <callForwardAllDestination>
         <sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber>
         <sendToCustomDestination>5555</sendToCustomDestination>
      </callForwardAllDestination>
      <messageWaitingVisualAlert>false</messageWaitingVisualAlert>
      <messageWaitingVisualAlertPreference appliesToAllLineAppearances="true" value="">Use System Policy</messageWaitingVisualAlertPreference>
      <messageWaitingAudibleAlertPreference appliesToAllLineAppearances="true" value="">Default</messageWaitingAudibleAlertPreference>
      <onACallRingPreference appliesToAllLineAppearances="true" value="">Use System Default</onACallRingPreference>
      <notOnACallRingPreference appliesToAllLineAppearances="true" value="">Use System Default</notOnACallRingPreference>
      <label appliesToAllLineAppearances="true" />
      <logMissedCalls appliesToAllLineAppearances="true">true</logMissedCalls>
   </extension>
</extensions>`

// The detail shape of uds-api §4.3 (GET/PUT …/extension/{pkid}), with inline option lists.
const DETAIL = `<extension uri="https://cucm:8443/cucm-uds/user/jdoe/extension/abc" isPrimary="true" version="14.0.1">
  <id>abc</id><directoryNumber>0001</directoryNumber><voiceMailPilotNumber>8000</voiceMailPilotNumber>
  <callForwardAllDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber><sendToCustomDestination>+4930555</sendToCustomDestination></callForwardAllDestination>
  <forwardBusyExternalCallDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber><sendToCustomDestination/></forwardBusyExternalCallDestination>
  <messageWaitingVisualAlertPreference value=""><option value="1">Light and Prompt</option><option value="2">Prompt Only</option></messageWaitingVisualAlertPreference>
  <logMissedCalls>true</logMissedCalls><label>Desk</label>
</extension>`

function mockGet(mock: ReturnType<typeof createMockApp>, path: string, init: RequestInit = {}) {
  return mock.fetch(
    new Request(`http://127.0.0.1:8443/cucm-uds${path}`, {
      ...init,
      headers: {
        Authorization: 'Basic ' + btoa('demo:demo'),
        'Content-Type': 'application/xml',
        ...init.headers,
      },
    }),
  )
}

describe('parseLines', () => {
  it('reads the seed example (one item is still a list), every setting the same on all its phones', () => {
    const lines = parseLines(parseXml(SEED_EXTENSIONS, 'extensions'))
    expect(lines).toEqual([
      {
        id: '0d896090-483e-f472-065b-aa2163fc6efa',
        directoryNumber: '1111',
        isPrimary: false,
        label: '',
        callForward: { toVoicemail: false, destination: '5555' },
        sameOnEveryPhone: {
          mwiVisual: true,
          mwiAudible: true,
          ringIdle: true,
          ringBusy: true,
          label: true,
          logMissedCalls: true,
        },
      },
    ])
  })

  it('reads an empty list, self-closing or not', () => {
    expect(parseLines(parseXml('<extensions totalCount="0"/>', 'extensions'))).toEqual([])
    expect(parseLines(parseXml('<extensions></extensions>', 'extensions'))).toEqual([])
  })

  it('puts the primary line first and tolerates unknown and reordered elements', () => {
    const xml = `<extensions>
      <extension isPrimary="false"><futureThing a="1"><x/></futureThing><directoryNumber>2002</directoryNumber><id>b</id></extension>
      <extension isPrimary="true"><callForwardAllDestination><sendToCustomDestination>0044</sendToCustomDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber></callForwardAllDestination><id>a</id><directoryNumber>2001</directoryNumber></extension>
    </extensions>`
    const lines = parseLines(parseXml(xml, 'extensions'))
    expect(lines.map((l) => l.directoryNumber)).toEqual(['2001', '2002'])
    expect(lines[0]?.callForward).toEqual({ toVoicemail: false, destination: '0044' })
    expect(lines[1]?.callForward).toEqual({ toVoicemail: false, destination: '' })
  })

  it('keeps numbers as strings (leading zeros and +)', () => {
    const line = parseLine(parseXml(DETAIL, 'extension'))
    expect(line).toEqual({
      id: 'abc',
      directoryNumber: '0001',
      isPrimary: true,
      label: 'Desk',
      callForward: { toVoicemail: true, destination: '+4930555' },
      sameOnEveryPhone: {},
    })
  })

  it("reads the mock's real answers", async () => {
    const mock = createMockApp()
    const res = await mockGet(mock, '/user/demo/extensions')
    expect(res.status).toBe(200)
    const lines = parseLines(parseXml(await res.text(), 'extensions'))
    expect(lines.map((l) => [l.directoryNumber, l.isPrimary])).toEqual([
      ['1001', true],
      ['1002', false],
    ])
    expect(lines[0]?.callForward).toEqual({ toVoicemail: false, destination: '' })
    // Line 1001 is on three phones that agree at first.
    expect(lines[0]?.sameOnEveryPhone).toMatchObject({ label: true, ringBusy: true, logMissedCalls: true })

    // The detail shape doesn't say whether the phones agree.
    const detail = await mockGet(mock, `/user/demo/extension/${lines[1]!.id}`)
    expect(parseLine(parseXml(await detail.text(), 'extension'))).toEqual({
      ...lines[1],
      sameOnEveryPhone: {},
    })
  })
})

describe('toExtensionXml', () => {
  it('sends only the fields that changed', () => {
    expect(toExtensionXml({ callForward: { toVoicemail: true } })).toBe(
      '<extension><callForwardAllDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber></callForwardAllDestination></extension>',
    )
    expect(toExtensionXml({ callForward: { destination: '5551234' } })).toBe(
      '<extension><callForwardAllDestination><sendToCustomDestination>5551234</sendToCustomDestination></callForwardAllDestination></extension>',
    )
  })

  it("sends an empty element for '' (reset) and nothing for absent", () => {
    expect(toExtensionXml({ callForward: { toVoicemail: false, destination: '' } })).toBe(
      '<extension><callForwardAllDestination><sendToVoiceMailPilotNumber>false</sendToVoiceMailPilotNumber><sendToCustomDestination/></callForwardAllDestination></extension>',
    )
    // Never an empty forward block: UDS would read it as "turn forwarding off".
    expect(toExtensionXml({ callForward: {} })).toBe('<extension/>')
    expect(toExtensionXml({})).toBe('<extension/>')
  })

  it('escapes hostile text, which round-trips through the parser', () => {
    const hostile = '<b>&amp;"]]>😀'
    const xml = toExtensionXml({ callForward: { destination: hostile } })
    expect(xml).not.toContain('<b>')
    expect(xml).not.toContain(']]>')
    const root = parseXml(xml, 'extension')
    expect(parseLine(root).callForward.destination).toBe(hostile)
  })

  it('is applied by the mock at the user-level extension URI, and the list reflects it', async () => {
    const mock = createMockApp()
    const list = parseLines(
      parseXml(await (await mockGet(mock, '/user/demo/extensions')).text(), 'extensions'),
    )
    const second = list[1]!
    const res = await mockGet(mock, `/user/demo/extension/${second.id}`, {
      method: 'PUT',
      body: toExtensionXml({ callForward: { toVoicemail: false, destination: '5551234' } }),
    })
    expect(res.status).toBe(200)
    const answer = parseLine(parseXml(await res.text(), 'extension'))
    expect(answer.callForward).toEqual({ toVoicemail: false, destination: '5551234' })
    const after = parseLines(
      parseXml(await (await mockGet(mock, '/user/demo/extensions')).text(), 'extensions'),
    )
    expect(after[1]?.callForward).toEqual({ toVoicemail: false, destination: '5551234' })
    expect(after[0]?.callForward).toEqual({ toVoicemail: false, destination: '' })
  })
})

describe('cache helpers', () => {
  const lines: Line[] = [
    {
      id: 'a',
      directoryNumber: '1001',
      isPrimary: true,
      label: '',
      callForward: { toVoicemail: false, destination: '' },
      sameOnEveryPhone: {},
    },
    {
      id: 'b',
      directoryNumber: '1002',
      isPrimary: false,
      label: '',
      callForward: { toVoicemail: true, destination: '' },
      sameOnEveryPhone: {},
    },
  ]

  it('replaces one line and keeps the order', () => {
    const next = { ...lines[1]!, callForward: { toVoicemail: false, destination: '42' } }
    expect(replaceLine(lines, next)).toEqual([lines[0], next])
    expect(replaceLine(undefined, next)).toBeUndefined()
  })

  it('sets every line to the user-level forward', () => {
    const all = forwardAllLines(lines, { toVoicemail: false, destination: '42' })
    expect(all?.map((l) => l.callForward)).toEqual([
      { toVoicemail: false, destination: '42' },
      { toVoicemail: false, destination: '42' },
    ])
  })
})
