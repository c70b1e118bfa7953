/**
 * What a person typed into "Search by name or number", turned into UDS `/users` parameters (pure, no
 * I/O). Digits (spaces, `+`, brackets, dashes and dots allowed) search the start of any of a person's
 * numbers, and their end when nothing starts with them (4+ digits); text with `@` an email address;
 * anything else a name (UDS splits it at spaces: "dana m" is Dana M…, or M… Dana).
 */
import type { DirectorySearch } from './users.ts'

/** Fewer characters than this send no request. */
export const MIN_QUERY_LENGTH = 2

export type QueryKind = 'name' | 'number' | 'email'

export type SearchPlan =
  | { kind: 'empty' }
  | { kind: 'tooShort'; text: string }
  | {
      kind: QueryKind
      /** The query as it is searched (spaces collapsed; for numbers, the digits). */
      text: string
      params: DirectorySearch
      /** For numbers: searched when `params` finds no one (the number's last digits). */
      fallback?: DirectorySearch
    }

const NUMBER_LIKE = /^\+?[\d\s()\-.+]+$/

export function planSearch(raw: string): SearchPlan {
  const text = raw.replace(/\s+/g, ' ').trim()
  if (text === '') return { kind: 'empty' }
  if (NUMBER_LIKE.test(text)) {
    const digits = text.replace(/\D/g, '')
    if (digits.length < MIN_QUERY_LENGTH) return { kind: 'tooShort', text }
    return {
      kind: 'number',
      text: digits,
      params: { number: digits },
      fallback: digits.length >= 4 ? { numberlast: digits } : undefined,
    }
  }
  if (text.length < MIN_QUERY_LENGTH) return { kind: 'tooShort', text }
  if (text.includes('@')) return { kind: 'email', text, params: { email: text } }
  return { kind: 'name', text, params: { name: text } }
}
