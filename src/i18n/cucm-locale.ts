/**
 * The portal's language for a CUCM user locale. CUCM names locales in English ("French, France",
 * `<userLocale value="2">French, France</userLocale>`); locale installers and some APIs spell them
 * "fr_FR", "French_France" or as BCP 47 ("fr-FR"). The numeric ids differ between systems (each
 * system numbers its installed locales), so only the name is read. The system default ("") and
 * languages the portal doesn't have map to null: the browser's language applies.
 */
import { isLocale, type Locale } from './locales.ts'

/** CUCM's English language names (the part before the comma). */
const LANGUAGE_NAMES: Record<string, Locale> = {
  english: 'en',
  german: 'de',
  french: 'fr',
  spanish: 'es',
  arabic: 'ar',
}

export function portalLocaleForCucm(name: string | null | undefined): Locale | null {
  const text = (name ?? '').trim().toLowerCase()
  if (!text) return null
  // "French, France", "French_France", "French (France)", "French"
  const word = text.split(/[,_(\s]/)[0]
  if (word && LANGUAGE_NAMES[word]) return LANGUAGE_NAMES[word]
  // "fr_FR", "fr-FR", "fr"
  const code = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/.exec(text)?.[1]
  return code && isLocale(code) ? code : null
}
