/**
 * The languages the portal speaks. English is the source; each language is named in itself, as the
 * switcher shows it. "pseudo" (accented, a third longer) exists for tests and development only
 * (`?lang=pseudo`): text a test finds without its markers was never translated.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ar'] as const
export type Locale = (typeof LOCALES)[number]
export type ActiveLocale = Locale | 'pseudo'

export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
}

export const SOURCE_LOCALE: Locale = 'en'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

export function textDirection(locale: ActiveLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr'
}

/** The BCP 47 tag `<html lang>` and Intl get ("pseudo" formats dates and numbers as English). */
export function languageTag(locale: ActiveLocale): string {
  return locale === 'pseudo' ? 'en' : locale
}
