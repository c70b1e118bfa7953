import { describe, expect, it } from 'vitest'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import { entrySchema, normaliseNumber, toSpeedDial, type EntryValues } from './validation.ts'

const others: SpeedDial[] = [{ index: 1, number: '1002', label: 'Reception' }]

function errors(values: Partial<EntryValues>) {
  const result = entrySchema(others).safeParse({ position: '2', label: 'Mum', number: '123', ...values })
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]))
}

describe('speed dial form rules', () => {
  it('accepts a valid entry', () => {
    expect(errors({})).toEqual({})
  })

  it('position: required, whole number 1–99, not used by another entry', () => {
    expect(errors({ position: ' ' }).position).toBe('Enter a position')
    for (const bad of ['0', '100', '1.5', '-1', 'two', '1e1'])
      expect(errors({ position: bad }).position).toBe('Position must be a whole number from 1 to 99')
    expect(errors({ position: '1' }).position).toBe(
      "Speed dial 1 is already used by 'Reception' – choose another position",
    )
    expect(errors({ position: ' 99 ' })).toEqual({})
  })

  it('name: required, 30 characters or less counted as code points, no control characters', () => {
    expect(errors({ label: '   ' }).label).toBe('Enter a name for this speed dial')
    expect(errors({ label: 'x'.repeat(31) }).label).toBe('Name must be 30 characters or less')
    expect(errors({ label: 'x'.repeat(30) })).toEqual({})
    expect(errors({ label: '😀'.repeat(30) })).toEqual({})
    expect(errors({ label: '😀'.repeat(31) }).label).toBe('Name must be 30 characters or less')
    expect(errors({ label: 'a\u0007b' }).label).toBe('Name can’t include control characters')
    expect(errors({ label: '<b>&amp;"]]>' })).toEqual({})
  })

  it('number: required, digits + * # and commas, 50 or less', () => {
    expect(errors({ number: '' }).number).toBe('Enter the number to dial')
    expect(errors({ number: '12ab' }).number).toBe(
      'Number can only include 0–9, *, #, + and commas (a comma adds a pause)',
    )
    expect(errors({ number: '(01632) 960001' }).number).toBe(
      'Number can only include 0–9, *, #, + and commas (a comma adds a pause)',
    )
    expect(errors({ number: '1'.repeat(51) }).number).toBe('Number must be 50 characters or less')
    expect(errors({ number: '+44*1#,,2' })).toEqual({})
    expect(errors({ number: '07700 900-123' })).toEqual({})
  })

  it('turns the form into a speed dial: trimmed name, number without spaces or hyphens', () => {
    expect(toSpeedDial({ position: ' 7 ', label: '  Dentist  ', number: '01632 960-001' })).toEqual({
      index: 7,
      label: 'Dentist',
      number: '01632960001',
    })
    expect(normaliseNumber(' 9, 123 ')).toBe('9,123')
  })
})
