import { describe, expect, it } from 'vitest'
import { conferenceNowMessages as m } from './messages.ts'
import { accessCodeProblem, normaliseCode } from './rules.ts'

describe('attendee access code rules', () => {
  it.each([
    ['', null],
    ['1234', null],
    ['0007', null],
    ['1234567890123456', null],
    ['12a4', m.digitsOnly],
    ['12-34', m.digitsOnly],
    ['<&>"', m.digitsOnly],
    ['١٢٣٤', m.digitsOnly],
    ['123', m.tooShort],
    ['12345678901234567', m.tooLong],
    ['1111', m.repeated],
    ['0000000', m.repeated],
    ['4321', m.same],
  ])('%j → %j', (code, problem) => {
    expect(accessCodeProblem(code, '4321')).toBe(problem)
  })

  it('ignores spaces as typed', () => {
    expect(normaliseCode(' 12 34 ')).toBe('1234')
  })
})
