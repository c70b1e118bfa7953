import { describe, expect, it } from 'vitest'
import { ApiError } from '../../api/api-error.ts'
import { m, pinProblemMessage, passwordProblemMessage } from './messages.ts'
import { changeFailure, formatSignInTime, historySentences } from './outcome.ts'
import {
  isStraightRun,
  passwordChecks,
  passwordProblem,
  pinChecks,
  pinProblem,
  type PasswordProblem,
  type PinProblem,
} from './rules.ts'

describe('PIN rules', () => {
  it.each<[string, PinProblem | null]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12a4', 'notDigits'],
    ['１２３４５', 'notDigits'],
    ['123', 'tooShort'],
    ['9' + '0123456789'.repeat(2), 'tooLong'],
    ['1111', 'repeated'],
    ['00000000', 'repeated'],
    ['1234', 'sequence'],
    ['0123', 'sequence'],
    ['54321', 'sequence'],
    ['98765432', 'sequence'],
    ['7890', null], // not a straight run here (the server may still refuse it)
    ['1357', null],
    ['80417', null],
    ['8041 7', null], // spaces are dropped
    ['12345678901234567890', null],
  ])('%j → %s', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem)
  })

  it('has a message for every problem, worded per PIN', () => {
    expect(pinProblemMessage('empty', 'phone')).toBe('Enter your new phone PIN')
    expect(pinProblemMessage('empty', 'voicemail')).toBe('Enter your new voicemail PIN')
    expect(pinProblemMessage('notDigits', 'phone')).toBe('PIN must only include numbers 0 to 9')
    expect(pinProblemMessage('tooShort', 'phone')).toBe('PIN must be at least 4 digits')
    for (const p of ['tooLong', 'repeated', 'sequence'] as const) {
      const message = pinProblemMessage(p, 'phone')
      expect(message).toMatch(/^PIN /)
      expect(message).not.toMatch(/invalid|please|sorry/i)
    }
  })

  it('ticks nothing before typing and everything for a good PIN', () => {
    expect(Object.values(pinChecks(''))).toEqual([false, false, false, false])
    expect(pinChecks('80417')).toEqual({ digits: true, length: true, notRepeated: true, notSequence: true })
    expect(pinChecks('1234')).toMatchObject({ length: true, notSequence: false })
    expect(pinChecks('11')).toMatchObject({ length: false, notRepeated: false })
  })

  it('sees a straight run only one step at a time', () => {
    expect(isStraightRun('2468')).toBe(false)
    expect(isStraightRun('1233')).toBe(false)
    expect(isStraightRun('3210')).toBe(true)
  })
})

describe('password rules', () => {
  it.each<[string, PasswordProblem | null]>([
    ['', 'empty'],
    ['short', 'tooShort'],
    ['😀😀😀😀😀😀😀', 'tooShort'], // 7 characters, however many UTF-16 units
    ['x'.repeat(65), 'tooLong'],
    ['DEMO', 'userId'],
    ['bell\u0007inside', 'control'],
    ['correct horse', null],
    ['x'.repeat(64), null],
  ])('%j → %s', (password, problem) => {
    expect(passwordProblem(password, 'demo')).toBe(problem)
  })

  it('is not the user ID, in any case', () => {
    expect(passwordProblem('Dana.Morgan', 'dana.morgan')).toBe('userId')
    expect(passwordChecks('Dana.Morgan', 'dana.morgan')).toEqual({ length: true, notUserId: false })
    expect(passwordChecks('', 'demo')).toEqual({ length: false, notUserId: false })
  })

  it("words each problem with the field's own words", () => {
    expect(passwordProblemMessage('tooShort')).toBe('Password must be at least 8 characters')
    expect(passwordProblemMessage('tooLong')).toBe('Password must be 64 characters or less')
    expect(passwordProblemMessage('empty')).toBe('Enter your new password')
  })
})

describe('changeFailure', () => {
  const ctx = { notChanged: 'Your phone PIN wasn’t changed', area: 'PIN', said: m.serverSaid }

  it('puts a UDS policy refusal next to the field, in the server’s words', () => {
    const error = new ApiError({
      kind: 'invalid',
      status: 415,
      request: 'PUT credentials (PIN)',
      serverMessage: 'PIN must not be a straight run of digits',
    })
    expect(changeFailure(error, ctx)).toEqual({
      type: 'field',
      message:
        'Your phone PIN wasn’t changed. The phone system said: “PIN must not be a straight run of digits”',
    })
  })

  it('gives a helpdesk code when the server gave no reason, never the status in words', () => {
    const error = new ApiError({ kind: 'conflict', status: 409, request: 'PUT credentials (PIN)' })
    const outcome = changeFailure(error, ctx)
    expect(outcome.type).toBe('field')
    expect(outcome.type === 'field' && outcome.message).toMatch(/code PIN-CON-409\)$/)
  })

  it('asks for the voicemail password only for a CUPI 401', () => {
    const auth = new ApiError({ kind: 'auth', status: 401, request: 'PUT vmrest voicemail PIN' })
    expect(changeFailure(auth, { ...ctx, cupi: true })).toEqual({ type: 'voicemailPassword' })
    expect(changeFailure(auth, ctx)).toEqual({ type: 'problem', error: auth })
  })

  it('leaves outages to the problem message', () => {
    for (const kind of ['busy', 'network', 'timeout', 'server', 'malformed'] as const) {
      const error = new ApiError({
        kind,
        status: kind === 'busy' ? 503 : 0,
        request: 'PUT credentials (PIN)',
      })
      expect(changeFailure(error, ctx)).toEqual({ type: 'problem', error })
    }
    expect(changeFailure(new Error('boom'), ctx).type).toBe('problem')
  })
})

describe('sign-in history sentence', () => {
  it('uses the user’s locale and time zone, with a lower-case am/pm', () => {
    expect(formatSignInTime('2026-03-12T09:14:00.000Z', 'en-GB', 'UTC')).toEqual({
      date: '12 March 2026',
      time: '9:14',
    })
    expect(formatSignInTime('2026-03-12T09:14:00.000Z', 'en-US', 'UTC')).toEqual({
      date: 'March 12, 2026',
      time: '9:14am',
    })
    expect(formatSignInTime('2026-03-12T21:05:00.000Z', 'en-US', 'America/Chicago').time).toBe('4:05pm')
  })

  it('says when the last sign-in was, from where, and how many attempts failed since', () => {
    expect(
      historySentences(
        { lastSignIn: '2026-03-12T09:14:00.000Z', lastSignInIp: '10.1.2.3', failures: 2 },
        'en-US',
        'UTC',
      ),
    ).toEqual({
      last: 'Last signed in March 12, 2026 at 9:14am from 10.1.2.3',
      failures: '2 failed attempts since',
    })
    expect(
      historySentences({ lastSignIn: '2026-03-12T09:14:00Z', lastSignInIp: '', failures: 1 }, 'en-GB', 'UTC'),
    ).toEqual({ last: 'Last signed in 12 March 2026 at 9:14', failures: '1 failed attempt since' })
    expect(historySentences({ lastSignIn: null, lastSignInIp: '', failures: 0 })).toBeNull()
  })
})
