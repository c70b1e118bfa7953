import { describe, expect, it } from 'vitest'
import { parseOptionLists } from '../../api/system/option-lists.ts'
import { parseXml } from '../../api/xml-parser.ts'
import { mockXml } from '../../testing/mock-fixtures.ts'
import { durationWords, isSystemDefault, optionWords, type OptionList } from './messages.ts'

describe('option lists in plain words', () => {
  it('has words for every value the server lists (uds-api §2.5), none of them the server’s jargon', async () => {
    const lists = parseOptionLists(parseXml(await mockXml('/cucm-uds/options'), 'options'))
    for (const [name, options] of Object.entries(lists)) {
      expect(options.length, name).toBeGreaterThan(0)
      for (const o of options) {
        const words = optionWords(name as OptionList, o.value, o.name)
        expect(words, `${name} ${o.value}`).not.toMatch(
          /System Policy|Common Phone Profile|Call Reject|Ringer Off/,
        )
      }
    }
    expect(optionWords('messageWaitingVisualAlertPreference', '1', 'Light and Prompt')).toBe(
      'Light and prompt',
    )
    expect(optionWords('notOnACallRingPreference', '2', 'Flash Only')).toBe('Flash only')
    expect(optionWords('doNotDisturbSettings', '1', 'Call Reject')).toMatch(/^Reject calls/)
    expect(optionWords('incomingCallAlert', '1', 'Flash Only')).toBe('Flash only')
  })

  it('keeps the server’s words for a value it doesn’t know', () => {
    expect(optionWords('onACallRingPreference', '9', 'Vibrate')).toBe('Vibrate')
    expect(optionWords('incomingCallAlert', '7', 'Glow')).toBe('Glow')
  })

  it('knows which values mean the system default', () => {
    expect(isSystemDefault('messageWaitingVisualAlertPreference', '')).toBe(true)
    expect(isSystemDefault('messageWaitingVisualAlertPreference', '0')).toBe(true)
    expect(isSystemDefault('messageWaitingAudibleAlertPreference', '2')).toBe(true)
    expect(isSystemDefault('messageWaitingAudibleAlertPreference', '0')).toBe(false)
    expect(isSystemDefault('onACallRingPreference', '4')).toBe(false)
  })

  it('says an Extension Mobility limit in words', () => {
    expect(durationWords('8:00')).toBe('8 hours')
    expect(durationWords('480')).toBe('8 hours')
    expect(durationWords('01:30')).toBe('1 hour and 30 minutes')
    expect(durationWords('')).toBeUndefined()
    expect(durationWords('soon')).toBeUndefined()
  })
})
