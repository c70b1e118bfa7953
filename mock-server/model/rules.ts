/**
 * Limits and rules that several resources share: UDS and CUPI apply the same PIN rules, and every
 * length limit counts Unicode code points (an emoji is one character). One over a limit is BadInput.
 */
import { BadInput } from '../http/errors.ts'
import type { Persona } from './types.ts'

/** Speed dial numbers: digits and `+ * # ,`. */
export const DIAL_RE = /^[0-9+*#,]+$/
/** Remote destination numbers: digits with an optional leading `+`. */
export const RD_NUMBER_RE = /^\+?[0-9]+$/
const DIGITS_RE = /^[0-9]+$/

/** Number of Unicode code points (an emoji counts as one character). */
export function charLength(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

/** The value itself, or BadInput when it is longer than `max` characters. */
export function limitText(value: string, max: number, name: string): string {
  if (charLength(value) > max) throw new BadInput(`${name} is longer than ${max} characters`)
  return value
}

/** PIN rules: digits only, 4-20 digits, not all one digit, not a straight ascending/descending run. */
export function pinProblem(pin: string): string | null {
  if (!DIGITS_RE.test(pin)) return 'PIN must contain digits only'
  if (pin.length < 4 || pin.length > 20) return 'PIN must be 4 to 20 digits long'
  if (/^(\d)\1*$/.test(pin)) return 'PIN must not repeat a single digit'
  const digits = [...pin].map(Number)
  const run = (step: number) =>
    digits.every((d, i) => i === 0 || d === ((digits[i - 1] ?? 0) + step + 10) % 10)
  if (run(1) || run(-1)) return 'PIN must not be a straight run of digits'
  return null
}

/** Password rules: 8-64 characters and not the user ID. */
export function passwordProblem(u: Persona, pw: string): string | null {
  const n = charLength(pw)
  if (n < 8 || n > 64) return 'password must be 8 to 64 characters long'
  if (pw.toLowerCase() === u.userName.toLowerCase()) return 'password must not be the user ID'
  return null
}
