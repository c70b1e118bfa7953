import { describe, expect, it } from 'vitest'
import type { Line } from '../../api/extensions/extensions.ts'
import {
  ALL_LINES,
  desiredForward,
  forwardPatch,
  initialValues,
  normaliseNumber,
  undoChange,
  validateForwarding,
  type ForwardingValues,
} from './forwarding-rules.ts'

const off = { toVoicemail: false, destination: '' }
const vm = { toVoicemail: true, destination: '' }
const line = (id: string, dn: string, cf = off, isPrimary = false): Line => ({
  id,
  directoryNumber: dn,
  isPrimary,
  label: '',
  callForward: cf,
  sameOnEveryPhone: {},
})
const two = [line('a', '1001', off, true), line('b', '1002')]
const values = (v: Partial<ForwardingValues>): ForwardingValues => ({
  where: 'number',
  number: '',
  scope: ALL_LINES,
  ...v,
})

describe('normaliseNumber', () => {
  it('strips spaces, brackets and hyphens only', () => {
    expect(normaliseNumber(' +44 (20) 7946-0000 ')).toBe('+442079460000')
    expect(normaliseNumber('*72#')).toBe('*72#')
    expect(normaliseNumber('555.1234')).toBe('555.1234')
  })
})

describe('validateForwarding', () => {
  it('needs a number when forwarding to one', () => {
    expect(validateForwarding(values({ number: '  ' }), two).number).toBe(
      'Enter the number to forward calls to',
    )
    expect(validateForwarding(values({ number: '+' }), two).number).toBe(
      'Enter the number to forward calls to',
    )
  })

  it('accepts digits, + * # and typed spaces and brackets', () => {
    expect(validateForwarding(values({ number: '+1 (312) 555-0100' }), two)).toEqual({})
    expect(validateForwarding(values({ number: '*86#' }), two)).toEqual({})
  })

  it('rejects other characters, hostile text and emoji', () => {
    for (const bad of ['555-CALL', '<b>&amp;"]]>', '5551234😀', '555.1234', '555\u0001'])
      expect(validateForwarding(values({ number: bad }), two).number).toBe(
        'Number can only include 0–9, +, *, # and spaces',
      )
  })

  it('allows a + only at the start', () => {
    expect(validateForwarding(values({ number: '44+20' }), two).number).toBe(
      'Number can only have a + at the start',
    )
  })

  it('allows 50 characters after stripping, not 51', () => {
    expect(validateForwarding(values({ number: '1'.repeat(50) }), two)).toEqual({})
    expect(validateForwarding(values({ number: `${'1'.repeat(50)} ` }), two)).toEqual({})
    expect(validateForwarding(values({ number: '1'.repeat(51) }), two).number).toBe(
      'Number must be 50 characters or less',
    )
  })

  it("refuses a line's own number and the user's other lines", () => {
    expect(validateForwarding(values({ number: '1001' }), two).number).toBe(
      "You can't forward line 1001 to itself – enter a different number",
    )
    expect(validateForwarding(values({ number: '1002', scope: 'b' }), two).number).toBe(
      "You can't forward line 1002 to itself – enter a different number",
    )
    expect(validateForwarding(values({ number: '10 02', scope: 'a' }), two).number).toBe(
      "You can't forward line 1001 to your own line 1002 – enter a different number",
    )
    expect(validateForwarding(values({ number: '+1001', scope: 'a' }), two).number).toBe(
      "You can't forward line 1001 to itself – enter a different number",
    )
  })

  it('needs a choice of where and, with several lines, which lines', () => {
    expect(validateForwarding(values({ where: '' }), two).where).toBe('Select where calls should go')
    expect(validateForwarding(values({ where: 'voicemail', scope: '' }), two).scope).toBe(
      'Select which lines to forward',
    )
    expect(validateForwarding(values({ where: 'voicemail', scope: '' }), [two[0]!])).toEqual({})
  })

  it('ignores the number field unless forwarding to a number', () => {
    expect(validateForwarding(values({ where: 'voicemail', number: 'junk' }), two)).toEqual({})
  })
})

describe('initialValues', () => {
  it("pre-selects the server's common state for all lines", () => {
    expect(initialValues(two)).toEqual({ where: 'off', number: '', scope: ALL_LINES })
    const fwd = { toVoicemail: false, destination: '5551234' }
    expect(initialValues([line('a', '1001', fwd), line('b', '1002', fwd)])).toEqual({
      where: 'number',
      number: '5551234',
      scope: ALL_LINES,
    })
  })

  it('pre-selects the first forwarded line when lines differ', () => {
    expect(initialValues([line('a', '1001'), line('b', '1002', vm)])).toEqual({
      where: 'voicemail',
      number: '',
      scope: 'b',
    })
  })

  it('voicemail wins over a stored number', () => {
    expect(initialValues([line('a', '1001', { toVoicemail: true, destination: '42' })]).where).toBe(
      'voicemail',
    )
  })
})

describe('desiredForward and forwardPatch', () => {
  it('maps the choice to what the server stores', () => {
    expect(desiredForward(values({ where: 'off' }))).toEqual(off)
    expect(desiredForward(values({ where: 'voicemail', number: '42' }))).toEqual(vm)
    expect(desiredForward(values({ number: '(555) 1234' }))).toEqual({
      toVoicemail: false,
      destination: '5551234',
    })
  })

  it('sends only what changed', () => {
    expect(forwardPatch([off], vm)).toEqual({ toVoicemail: true, destination: '' })
    expect(forwardPatch([off], { toVoicemail: false, destination: '42' })).toEqual({
      toVoicemail: false,
      destination: '42',
    })
    expect(forwardPatch([{ toVoicemail: false, destination: '42' }], vm)).toEqual({
      toVoicemail: true,
      destination: '',
    })
    expect(forwardPatch([vm], off)).toEqual({ toVoicemail: false, destination: '' })
    expect(forwardPatch([off, off], off)).toBeNull()
  })

  it('for several lines, sends the setting when any line differs', () => {
    expect(forwardPatch([off, vm], vm)).toEqual({ toVoicemail: true, destination: '' })
  })
})

describe('undoChange', () => {
  const fwd = { toVoicemail: false, destination: '5551234' }
  it('undoes an all-lines save with one user-level partial update', () => {
    const after = [line('a', '1001', fwd), line('b', '1002', fwd)]
    expect(undoChange(two, after, 'all')).toEqual({
      kind: 'all',
      patch: { toVoicemail: false, destination: '' },
    })
  })

  it('undoes a one-line save on that line', () => {
    expect(undoChange([line('b', '1002', vm)], [line('b', '1002', fwd)], 'lines')).toEqual({
      kind: 'lines',
      items: [{ lineId: 'b', patch: { toVoicemail: true, destination: '' } }],
    })
  })

  it('restores lines that differed before an all-lines save one by one', () => {
    const before = [line('a', '1001', off), line('b', '1002', vm)]
    const after = [line('a', '1001', fwd), line('b', '1002', fwd)]
    expect(undoChange(before, after, 'all')).toEqual({
      kind: 'lines',
      items: [
        { lineId: 'a', patch: { toVoicemail: false, destination: '' } },
        { lineId: 'b', patch: { toVoicemail: true, destination: '' } },
      ],
    })
  })

  it('has nothing to undo when nothing changed', () => {
    expect(undoChange(two, two, 'all')).toBeNull()
  })
})
