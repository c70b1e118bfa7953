import { describe, expect, it } from 'vitest'
import type { Line } from '../../api/extensions/extensions.ts'
import type { LineRules } from '../../api/extensions/line-rules.ts'
import { ALL_LINES } from './forwarding-rules.ts'
import {
  desiredRules,
  initialScope,
  ruleSentences,
  rulesPatch,
  rulesValues,
  validateRules,
  type RulesValues,
} from './rules-model.ts'

const vm = { toVoicemail: true, destination: '' }
const def = { toVoicemail: false, destination: '' }
const to = (destination: string) => ({ toVoicemail: false, destination })
const rules = (lineId: string, dn: string, r: Partial<LineRules['rules']> = {}): LineRules => ({
  lineId,
  directoryNumber: dn,
  voicemailPilot: '8000',
  rules: { noAnswerInternal: vm, noAnswerExternal: vm, busyInternal: vm, busyExternal: vm, ...r },
})
const line = (id: string, dn: string): Line => ({
  id,
  directoryNumber: dn,
  isPrimary: id === 'a',
  label: '',
  callForward: def,
  sameOnEveryPhone: {},
})
const lines = [line('a', '1001'), line('b', '1002')]
const both = [rules('a', '1001'), rules('b', '1002')]

describe('rulesValues and initialScope', () => {
  it('starts with all lines when they agree, else the first line, split when inside and outside differ', () => {
    expect(initialScope(both)).toBe(ALL_LINES)
    const differ = [rules('a', '1001', { busyExternal: to('42') }), rules('b', '1002')]
    expect(initialScope(differ)).toBe('a')
    const values = rulesValues(differ, 'a')
    expect(values.split).toBe(true)
    expect(values.busyExternal).toBe('number')
    expect(values.busyExternalNumber).toBe('42')
    expect(rulesValues(differ, 'b').split).toBe(false)
    expect(rulesValues(both, ALL_LINES).noAnswerInternal).toBe('voicemail')
  })
})

describe('desiredRules and rulesPatch', () => {
  it('applies an unsplit answer to both inside and outside callers, and sends only what differs', () => {
    const values: RulesValues = {
      ...rulesValues(both, 'b'),
      busyInternal: 'number',
      busyInternalNumber: '555 1234',
    }
    const desired = desiredRules(values)
    expect(desired.busyInternal).toEqual(to('5551234'))
    expect(desired.busyExternal).toEqual(to('5551234'))
    expect(rulesPatch(both[1]!, desired)).toEqual({
      busyInternal: to('5551234'),
      busyExternal: to('5551234'),
    })
  })

  it('keeps inside and outside apart when split; the default empties both parts', () => {
    const values: RulesValues = { ...rulesValues(both, 'a'), split: true, noAnswerExternal: 'default' }
    expect(rulesPatch(both[0]!, desiredRules(values))).toEqual({ noAnswerExternal: def })
  })

  it('has nothing to send when nothing changed (a stale typed number under voicemail is ignored)', () => {
    const values: RulesValues = { ...rulesValues(both, 'a'), busyInternalNumber: 'junk' }
    expect(rulesPatch(both[0]!, desiredRules(values))).toBeNull()
  })
})

describe('validateRules', () => {
  const withBusy = (number: string, scope = 'b'): RulesValues => ({
    ...rulesValues(both, scope),
    busyInternal: 'number',
    busyInternalNumber: number,
  })
  it('needs a number and refuses the line itself and own lines', () => {
    expect(validateRules(withBusy(''), both, lines)).toEqual({
      busyInternalNumber: 'Enter the number to send these calls to',
    })
    expect(validateRules(withBusy('10 02'), both, lines).busyInternalNumber).toBe(
      'Calls to 1002 can’t be forwarded to 1002 – enter a different number',
    )
    expect(validateRules(withBusy('1001'), both, lines).busyInternalNumber).toBe(
      "You can't forward line 1002 to your own line 1001 – enter a different number",
    )
    expect(validateRules(withBusy('+44 20 7946 0000'), both, lines)).toEqual({})
  })

  it('rejects hostile text and checks the split-off fields only when split', () => {
    expect(validateRules(withBusy('<b>&amp;'), both, lines).busyInternalNumber).toBe(
      'Number can only include 0–9, +, *, # and spaces',
    )
    const hidden = { ...withBusy('5551234'), busyExternal: 'number' as const, busyExternalNumber: '' }
    expect(validateRules(hidden, both, lines)).toEqual({})
    expect(validateRules({ ...hidden, split: true }, both, lines)).toEqual({
      busyExternalNumber: 'Enter the number to send these calls to',
    })
  })
})

describe('ruleSentences', () => {
  it('says each rule in words, and inside and outside apart when they differ', () => {
    expect(ruleSentences(rules('a', '1001', { noAnswerInternal: def, noAnswerExternal: def }))).toEqual([
      'If you don’t answer: your administrator’s setting',
      'If you’re on a call: voicemail',
    ])
    expect(ruleSentences(rules('a', '1001', { busyExternal: to('07700900123') }))[1]).toBe(
      'If you’re on a call: voicemail for callers inside the organisation, 07700900123 for callers outside',
    )
  })
})
