import { describe, expect, it } from 'vitest'
import { parsePhoneLine, parsePhoneLines } from '../../api/extensions/line-settings.ts'
import { parseOptionLists } from '../../api/system/option-lists.ts'
import { parseXml } from '../../api/xml-parser.ts'
import { mockXml, seedExample } from '../../testing/mock-fixtures.ts'
import { choicesFor, linePatch, lineValues } from './line-model.ts'

const ALL = { label: true, mwi: true, ring: true, history: true }

async function setup() {
  const lists = parseOptionLists(parseXml(await mockXml('/cucm-uds/options'), 'options'))
  const [line] = parsePhoneLines(parseXml(seedExample('extensions-response'), 'extensions'))
  return { lists, line: line! }
}

describe('a line’s settings form', () => {
  it('shows an unset preference as the list’s system-default choice, in plain words', async () => {
    const { lists, line } = await setup()
    const values = lineValues(line, lists)
    expect(values).toEqual({
      label: '',
      mwiVisual: '0',
      mwiAudible: '2',
      ringIdle: '0',
      ringBusy: '0',
      logMissedCalls: true,
    })
    expect(choicesFor(line, 'mwiVisual', lists).map((c) => c.label)).toEqual([
      'Use the system default',
      'Light and prompt',
      'Prompt on the screen only',
      'Light only',
      'No light or prompt',
    ])
  })

  it('prefers the options the line lists inline, and keeps a current value the list lacks', async () => {
    const { lists } = await setup()
    const line = parsePhoneLine(
      parseXml(
        '<extension><id>x</id><onACallRingPreference value="9">Vibrate<option value="4">Ring</option></onACallRingPreference></extension>',
        'extension',
      ),
    )
    expect(choicesFor(line, 'ringBusy', lists)).toEqual([
      { value: '9', label: 'Vibrate' },
      { value: '4', label: 'Ring' },
    ])
  })

  it('sends only what changed, and never a setting the policy hides', async () => {
    const { lists, line } = await setup()
    const initial = lineValues(line, lists)
    expect(linePatch(initial, initial, ALL)).toEqual({})
    const changed = { ...initial, label: 'Desk', mwiVisual: '3', logMissedCalls: false }
    expect(linePatch(changed, initial, ALL)).toEqual({
      label: 'Desk',
      preferences: { mwiVisual: '3' },
      logMissedCalls: false,
    })
    expect(
      linePatch({ ...changed, ringIdle: '4' }, initial, {
        label: false,
        mwi: false,
        ring: true,
        history: true,
      }),
    ).toEqual({ preferences: { ringIdle: '4' }, logMissedCalls: false })
    expect(linePatch({ ...initial, label: '' }, { ...initial, label: 'Old' }, ALL)).toEqual({ label: '' })
  })
})
