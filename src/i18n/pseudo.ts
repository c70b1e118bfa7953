/**
 * The pseudo-locale (`?lang=pseudo`): every message from the English catalog with its letters accented,
 * made about 35 % longer, and wrapped in ⟦ ⟧. A page in the pseudo-locale shows at a glance text that
 * never went through a catalog (plain ASCII, no brackets) and layouts that clip longer languages.
 * Placeholders and plural/select structure are kept, so interpolation still works.
 */
import type { Messages } from '@lingui/core'
import { decorateFormatted } from './format.ts'

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? c,
  ]),
)

export const PSEUDO_OPEN = '⟦'
export const PSEUDO_CLOSE = '⟧'

type Token = string | [string, ...unknown[]]

function accent(text: string): string {
  return [...text].map((c) => ACCENTED[c] ?? c).join('')
}

function letters(message: unknown): number {
  if (typeof message === 'string') return message === '#' ? 0 : message.length
  if (!Array.isArray(message)) return 0
  return message.reduce((n: number, token: Token) => {
    if (typeof token === 'string') return n + letters(token)
    const options = token[2]
    // One branch of a plural or select counts, as one is shown.
    if (options && typeof options === 'object')
      return n + Math.max(0, ...Object.values(options as Record<string, unknown>).map(letters))
    return n
  }, 0)
}

function transform(message: unknown): unknown {
  if (typeof message === 'string') return message === '#' ? message : accent(message)
  if (!Array.isArray(message)) return message
  return message.map((token: Token) => {
    if (typeof token === 'string') return transform(token)
    const [name, type, options, ...rest] = token
    if (!options || typeof options !== 'object') return token
    const branches = Object.fromEntries(
      Object.entries(options as Record<string, unknown>).map(([key, value]) => [key, transform(value)]),
    )
    return [name, type, branches, ...rest]
  })
}

export function pseudoMessage(message: unknown): unknown {
  const tokens = typeof message === 'string' ? [message] : (message as unknown[])
  const padding = '~'.repeat(Math.ceil(letters(tokens) * 0.35))
  return [PSEUDO_OPEN, ...(transform(tokens) as unknown[]), `${padding}${PSEUDO_CLOSE}`]
}

export function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([id, message]) => [id, pseudoMessage(message)]),
  ) as Messages
}

// Dates, times and lists the portal formats are accented too, so a scan finds only untranslated words.
decorateFormatted(accent)
