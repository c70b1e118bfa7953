import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { basic, MOCK_ORIGIN, mockXml, seedExample } from '../../testing/mock-fixtures.ts'
import { parseXml } from '../xml-parser.ts'
import { parsePhoneLine, parsePhoneLines, replacePhoneLine, toLineSettingsXml } from './line-settings.ts'

const DESK = 'd1a00001-3333-4d4e-8f50-000000000001'
const LINE2 = 'a1a00002-1111-4b2c-8d3e-0000000000a0'

// uds-api §4.3 detail shape: inline option lists inside each preference element.
const DETAIL = `<extension uri="https://cucm:8443/cucm-uds/user/jdoe/device/p1/extension/abc" isPrimary="true" version="14.0.1">
  <id>abc</id><directoryNumber>0001</directoryNumber>
  <messageWaitingVisualAlertPreference value="3"><option value="0">Use System Policy</option><option value="3">Light Only</option></messageWaitingVisualAlertPreference>
  <messageWaitingAudibleAlertPreference value=""><option value="0">Off</option><option value="1">On</option></messageWaitingAudibleAlertPreference>
  <onACallRingPreference value="5"><option value="5">Beep Only</option></onACallRingPreference>
  <notOnACallRingPreference value="4"><option value="4">Ring</option></notOnACallRingPreference>
  <logMissedCalls>false</logMissedCalls><label>Desk</label>
</extension>`

describe('line settings', () => {
  it('reads the seed example: values unset', () => {
    const [line] = parsePhoneLines(parseXml(seedExample('extensions-response'), 'extensions'))
    expect(line!.settings).toEqual({
      preferences: {
        mwiVisual: { value: '', name: 'Use System Policy', options: [] },
        mwiAudible: { value: '', name: 'Default', options: [] },
        ringIdle: { value: '', name: 'Use System Default', options: [] },
        ringBusy: { value: '', name: 'Use System Default', options: [] },
      },
      label: '',
      logMissedCalls: true,
    })
  })

  it('reads the detail shape with its inline option lists (one option is still a list)', () => {
    const line = parsePhoneLine(parseXml(DETAIL, 'extension'))
    expect(line.settings.preferences.mwiVisual).toEqual({
      value: '3',
      name: 'Light Only',
      options: [
        { value: '0', name: 'Use System Policy' },
        { value: '3', name: 'Light Only' },
      ],
    })
    expect(line.settings.preferences.ringBusy.options).toEqual([{ value: '5', name: 'Beep Only' }])
    expect(line.settings).toMatchObject({
      label: 'Desk',
      logMissedCalls: false,
    })
  })

  it('reads the primaryExtension form of the user resource (values as text)', () => {
    const user = parseXml(seedExample('update-user-information-request-body'), 'user')
    const primary = user.primaryExtension as never
    const line = parsePhoneLine(primary)
    expect(line.settings.preferences.mwiVisual.value).toBe('0')
    expect(line.settings.preferences.ringIdle.value).toBe('0')
  })

  it('reads a phone’s lines from the mock, primary first', async () => {
    const lines = parsePhoneLines(
      parseXml(await mockXml(`/cucm-uds/user/demo/device/${DESK}/extensions`, 'demo'), 'extensions'),
    )
    expect(lines.map((l) => l.directoryNumber)).toEqual(['1001', '1002'])
    expect(lines[1]!.settings.label).toBe('Team line')
  })

  it('builds a PUT with only the changed settings; "" resets a preference', () => {
    expect(toLineSettingsXml({})).toBe('<extension/>')
    expect(
      toLineSettingsXml({
        label: 'A&B <x>',
        preferences: { mwiVisual: '3', ringBusy: '' },
        logMissedCalls: false,
      }),
    ).toBe(
      '<extension><messageWaitingVisualAlertPreference>3</messageWaitingVisualAlertPreference><onACallRingPreference/><logMissedCalls>false</logMissedCalls><label>A&amp;B &lt;x&gt;</label></extension>',
    )
  })

  it('changes exactly the sent settings on the mock, and a hostile label round-trips', async () => {
    const mock = createMockApp()
    const label = `<b>&"😀"]]>`
    const res = await mock.fetch(
      new Request(`${MOCK_ORIGIN}/cucm-uds/user/demo/device/${DESK}/extension/${LINE2}`, {
        method: 'PUT',
        headers: { Authorization: basic('demo'), 'Content-Type': 'application/xml' },
        body: toLineSettingsXml({ label, preferences: { mwiVisual: '3' }, logMissedCalls: false }),
      }),
    )
    const line = parsePhoneLine(parseXml(await res.text(), 'extension'))
    expect(line.settings).toMatchObject({ label, logMissedCalls: false })
    expect(line.settings.preferences.mwiVisual.value).toBe('3')
    expect(line.settings.preferences.ringIdle.value).toBe('')
    expect(line.settings.preferences.mwiVisual.options.length).toBe(5)
  })

  it('replaces one line in a phone’s list, keeping its primary flag', () => {
    const [a] = parsePhoneLines(parseXml(seedExample('extensions-response'), 'extensions'))
    const answer = DETAIL.replace('<id>abc</id>', `<id>${a!.id}</id>`).replace('isPrimary="true"', '')
    const next = parsePhoneLine(parseXml(answer, 'extension'))
    const [merged] = replacePhoneLine([{ ...a!, isPrimary: true }], next)!
    expect(merged!.settings.label).toBe('Desk')
    expect(merged!.isPrimary).toBe(true)
    expect(replacePhoneLine(null, next)).toBeNull()
  })
})
