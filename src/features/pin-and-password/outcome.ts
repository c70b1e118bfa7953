/**
 * Pure helpers: what a failed change means for the form (a refusal next to the field, CUPI wanting
 * its own password, or a page-level problem), and the sign-in history sentence.
 */
import { ApiError, isApiError } from '../../api/api-error.ts'
import type { SignInHistory } from '../../api/credentials/credentials.ts'
import { helpdeskCode } from '../../components/problem.tsx'
import { formatDate, formatTime, ltr } from '../../i18n/format.ts'
import { failuresText, m } from './messages.ts'

export type ChangeFailure =
  /** The server refused the value: shown next to the field and in the summary. */
  | { type: 'field'; message: string }
  /** Unity Connection refused the portal's credentials: ask for the voicemail password. */
  | { type: 'voicemailPassword' }
  /** Anything the user can't fix in the field (offline, busy, signed out): a problem message. */
  | { type: 'problem'; error: unknown }

interface FailureContext {
  /** "Your phone PIN wasn't changed" */
  notChanged: string
  /** Helpdesk area code: PIN, PW, VM. */
  area: string
  /** The server's message quoted, saying whose words they are ("The phone system said: “…”"). */
  said: (reason: string) => string
  /** The request went to CUPI, which handles its own 401s. */
  cupi?: boolean
}

export function changeFailure(error: unknown, ctx: FailureContext): ChangeFailure {
  if (!isApiError(error)) return { type: 'problem', error }
  if (ctx.cupi && error.kind === 'auth') return { type: 'voicemailPassword' }
  if (error.kind === 'invalid' || error.kind === 'conflict') {
    return { type: 'field', message: refusalMessage(error, ctx) }
  }
  return { type: 'problem', error }
}

function refusalMessage(error: ApiError, ctx: FailureContext): string {
  const said = error.serverMessage?.trim().replace(/\s+/g, ' ')
  if (said) return m.notChangedBecause(ctx.notChanged, ctx.said(said))
  return m.notChangedNoReason(ctx.notChanged, helpdeskCode(error, ctx.area))
}

/**
 * "12 March 2026" and "9:14am" in the active language (src/i18n/format.ts: 24-hour where the language
 * uses it) and the user's time zone; am/pm lower-cased in English. `locale` overrides the language's
 * own formats (tests).
 */
export function formatSignInTime(
  iso: string,
  locale?: string | string[],
  timeZone?: string,
): { date: string; time: string } {
  const at = new Date(iso)
  const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone }
  const timeOptions: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone }
  const date = locale ? new Intl.DateTimeFormat(locale, dateOptions).format(at) : formatDate(at, dateOptions)
  const time = (
    locale ? new Intl.DateTimeFormat(locale, timeOptions).format(at) : formatTime(at, timeOptions)
  ).replace(/[\s\u202f]?([AaPp])\.?\s?[Mm]\.?$/, (_, p: string) => `${p.toLowerCase()}m`)
  return { date, time }
}

/** "Last signed in 12 March 2026 at 9:14am from 10.1.2.3" + "2 failed attempts since". */
export function historySentences(
  history: SignInHistory,
  locale?: string | string[],
  timeZone?: string,
): { last: string; failures: string } | null {
  if (!history.lastSignIn) return null
  const { date, time } = formatSignInTime(history.lastSignIn, locale, timeZone)
  const address = ltr(history.lastSignInIp)
  return { last: m.history.last(date, time, address), failures: failuresText(history.failures) }
}
