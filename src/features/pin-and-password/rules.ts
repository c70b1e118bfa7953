/**
 * The PIN and password rules, checked in the browser before anything is sent (the server stays the
 * authority and may refuse more). Pure functions: the checklist ticks from `pinChecks` /
 * `passwordChecks`, and the first failing rule gives the error message on submit.
 */
import { charCount, hasControlCharacters } from '../../lib/read-back.ts'

export const PIN_MIN = 4
export const PIN_MAX = 20
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 64

/** Spaces are harmless extras (pasted or dictated "1234 5678"): they are dropped before checking. */
export function normalisePin(value: string): string {
  return value.replace(/\s+/g, '')
}

/** Every digit the same: 0000, 777777. */
export function isRepeatedDigit(pin: string): boolean {
  return /^(\d)\1+$/.test(pin)
}

/** A straight run up or down, one step at a time: 1234, 54321, 0123. */
export function isStraightRun(pin: string): boolean {
  if (!/^\d{2,}$/.test(pin)) return false
  const digits = [...pin].map(Number)
  const step = (digits[1] ?? 0) - (digits[0] ?? 0)
  if (step !== 1 && step !== -1) return false
  return digits.every((d, i) => i === 0 || d - (digits[i - 1] ?? 0) === step)
}

export type PinRule = 'digits' | 'length' | 'notRepeated' | 'notSequence'
export type PasswordRule = 'length' | 'notUserId'

/** Which rules the (normalised) PIN meets. An empty PIN meets none: the checklist starts neutral. */
export function pinChecks(raw: string): Record<PinRule, boolean> {
  const pin = normalisePin(raw)
  const digits = pin !== '' && /^\d+$/.test(pin)
  return {
    digits,
    length: pin.length >= PIN_MIN && pin.length <= PIN_MAX,
    notRepeated: digits && pin.length > 1 && !isRepeatedDigit(pin),
    notSequence: digits && pin.length > 1 && !isStraightRun(pin),
  }
}

export function passwordChecks(password: string, userId: string): Record<PasswordRule, boolean> {
  const n = charCount(password)
  return {
    length: n >= PASSWORD_MIN && n <= PASSWORD_MAX,
    notUserId: password !== '' && password.toLowerCase() !== userId.toLowerCase(),
  }
}

export type PinProblem = 'empty' | 'notDigits' | 'tooShort' | 'tooLong' | 'repeated' | 'sequence'

/** The first rule the PIN breaks, in the order the user can act on them; null when it's acceptable. */
export function pinProblem(raw: string): PinProblem | null {
  const pin = normalisePin(raw)
  if (pin === '') return 'empty'
  if (!/^\d+$/.test(pin)) return 'notDigits'
  if (pin.length < PIN_MIN) return 'tooShort'
  if (pin.length > PIN_MAX) return 'tooLong'
  if (isRepeatedDigit(pin)) return 'repeated'
  if (isStraightRun(pin)) return 'sequence'
  return null
}

export type PasswordProblem = 'empty' | 'tooShort' | 'tooLong' | 'userId' | 'control'

export function passwordProblem(password: string, userId: string): PasswordProblem | null {
  if (password === '') return 'empty'
  if (hasControlCharacters(password)) return 'control'
  // The most useful message first: "not your user ID" says more than "too short".
  if (password.toLowerCase() === userId.toLowerCase()) return 'userId'
  const n = charCount(password)
  if (n < PASSWORD_MIN) return 'tooShort'
  if (n > PASSWORD_MAX) return 'tooLong'
  return null
}
