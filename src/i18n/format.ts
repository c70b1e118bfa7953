/**
 * Dates, times, numbers and lists in the active language (Intl), so "14:30" in German and French,
 * "2:30 PM" in English, Arabic's own forms. Read at render time: a language switch re-renders.
 */
import { i18n } from '@lingui/core'
import { languageTag, textDirection, type ActiveLocale } from './locales.ts'

let decorate: ((text: string) => string) | undefined

/** The pseudo-locale marks formatted dates, times, numbers and lists too (src/i18n/pseudo.ts registers it). */
export function decorateFormatted(fn: (text: string) => string) {
  decorate = fn
}

/** Text the portal formatted itself (a date, a time, a list), as shown in the active language. */
export function shown(text: string): string {
  return decorate && i18n.locale === 'pseudo' ? decorate(text) : text
}

/** The BCP 47 tag Intl formats with for the active language. */
export function intlLocale(): string {
  return languageTag((i18n.locale || 'en') as ActiveLocale)
}

/** "14:30" / "2:30 PM": hours and minutes, 24-hour where the language uses it. */
export function formatTime(date: Date, options: Intl.DateTimeFormatOptions = {}): string {
  const text = new Intl.DateTimeFormat(intlLocale(), { hour: 'numeric', minute: '2-digit', ...options })
  return shown(text.format(date))
}

/** "30 November 2026" and the like. */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return shown(new Intl.DateTimeFormat(intlLocale(), options).format(date))
}

/**
 * "Alice, Bob and Carol" / "Alice, Bob und Carol" (or "or" with type: 'disjunction'). English lists
 * are written without the serial comma, as everywhere else in the portal.
 */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  const locale = intlLocale() === 'en' ? 'en-GB' : intlLocale()
  return shown(new Intl.ListFormat(locale, { style: 'long', type }).format(items))
}

/** The day's name ("Monday", "lundi", "الاثنين"): 0 is Sunday, as in UDS. */
export function dayName(day: number): string {
  // 7 January 2024 was a Sunday.
  return shown(
    new Intl.DateTimeFormat(intlLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 7 + day)),
    ),
  )
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return shown(new Intl.NumberFormat(intlLocale(), options).format(value))
}

/**
 * A number, phone number or address kept left to right inside right-to-left text (Arabic): wrapped
 * in Unicode's left-to-right isolate, so "+1 312 555 0189" isn't reordered around its "+". Only in a
 * right-to-left language; elsewhere the text is returned as it is.
 */
export function ltr(text: string): string {
  if (!text || textDirection((i18n.locale || 'en') as ActiveLocale) !== 'rtl') return text
  return `\u2066${text}\u2069`
}

/**
 * Text of unknown direction inside a sentence (words from config.json, such as the helpdesk's hours):
 * isolated and laid out by its own first letter, so English inside Arabic keeps its order. Only in a
 * right-to-left language.
 */
export function isolate(text: string): string {
  if (!text || textDirection((i18n.locale || 'en') as ActiveLocale) !== 'rtl') return text
  return `\u2068${text}\u2069`
}
