/** The attendee access code's rules (pure): digits, 4 to 16 of them, not one digit repeated. */
import { conferenceNowMessages as m } from './messages.ts'

/** What was typed, as it is sent: spaces removed ("12 34" is 1234). */
export function normaliseCode(typed: string): string {
  return typed.replace(/\s+/g, '')
}

/** Why a (normalised) code can't be used, or null. '' is allowed: no access code. */
export function accessCodeProblem(code: string, current: string): string | null {
  if (code === '') return null
  if (!/^[0-9]+$/.test(code)) return m.digitsOnly
  if (code.length < 4) return m.tooShort
  if (code.length > 16) return m.tooLong
  if (/^(\d)\1+$/.test(code)) return m.repeated
  if (code === current) return m.same
  return null
}
