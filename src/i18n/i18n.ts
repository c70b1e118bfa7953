/**
 * The portal's language at run time: the Lingui instance every message goes through, the catalogs
 * it has loaded, and switching language without reloading (and without losing a draft: React
 * re-renders every screen in place, src/i18n/localized.tsx).
 */
import { i18n, type Messages } from '@lingui/core'
import { CATALOGS, type CatalogPart } from './catalogs.ts'
import { chooseLocale } from './choose.ts'
import { bootInputs, rememberChosen, rememberUserLocale } from './boot-inputs.ts'
import {
  languageTag,
  LOCALES,
  SOURCE_LOCALE,
  textDirection,
  type ActiveLocale,
  type Locale,
} from './locales.ts'

export { i18n }

const parts = new Set<CatalogPart>(['first'])
const loaded = new Map<string, Promise<void>>()

async function messagesFor(locale: ActiveLocale, part: CatalogPart): Promise<Messages> {
  if (locale !== 'pseudo') return (await CATALOGS[locale][part]()).messages
  const [{ messages }, { pseudoMessages }] = await Promise.all([CATALOGS.en[part](), import('./pseudo.ts')])
  return pseudoMessages(messages)
}

function ensure(locale: ActiveLocale, part: CatalogPart): Promise<void> {
  const key = `${locale}:${part}`
  let done = loaded.get(key)
  if (!done) {
    done = messagesFor(locale, part).then((m) => i18n.load(locale, m))
    // A failed download is tried again next time (the caller shows the failure).
    done.catch(() => loaded.delete(key))
    loaded.set(key, done)
  }
  return done
}

function applyToDocument(locale: ActiveLocale) {
  const html = document.documentElement
  html.lang = languageTag(locale)
  html.dir = textDirection(locale)
}

/** The language the portal would show now by the usual order (src/i18n/choose.ts). */
export function preferredLocale(): ActiveLocale {
  return chooseLocale({ ...bootInputs(), supported: LOCALES }) as ActiveLocale
}

/**
 * Loads the first catalog and activates the language. In a build, index.html's language script
 * (scripts/lib/language-boot.ts) made the same choice and started the download alongside this code.
 */
export async function startI18n(): Promise<void> {
  let locale = preferredLocale()
  try {
    await ensure(locale, 'first')
  } catch (error) {
    // That language's words couldn't be downloaded: English rather than nothing (a failure here too
    // is main.tsx's to explain).
    if (locale === SOURCE_LOCALE) throw error
    locale = SOURCE_LOCALE
    await ensure(locale, 'first')
  }
  i18n.activate(locale)
  applyToDocument(locale)
}

/** Loads a part of the catalogs (the signed-in pages' words) for the active language and any later one. */
export function loadCatalogPart(part: CatalogPart): Promise<void> {
  parts.add(part)
  return ensure(i18n.locale as ActiveLocale, part)
}

/** Switches language once every part in use has arrived, so nothing shows half-translated. */
export async function switchLocale(locale: ActiveLocale): Promise<void> {
  let needed: CatalogPart[]
  do {
    needed = [...parts]
    await Promise.all(needed.map((part) => ensure(locale, part)))
  } while (needed.length !== parts.size)
  i18n.activate(locale)
  applyToDocument(locale)
}

export function activeLocale(): ActiveLocale {
  return i18n.locale as ActiveLocale
}

/** The user picked a language in the switcher: remembered in this browser, and shown at once. */
export function chooseLanguage(locale: Locale): Promise<void> {
  rememberChosen(locale)
  return switchLocale(locale)
}

/**
 * After sign-in: the portal's match for the user's phone system locale, unless they chose a language
 * in this browser (or the address asks for one). Kept for the tab's session, so a reload keeps it.
 */
export function applyUserLocale(locale: Locale | null): Promise<void> {
  rememberUserLocale(locale)
  const next = preferredLocale()
  return next === activeLocale() ? Promise.resolve() : switchLocale(next)
}

/** After sign-out: back to the browser's language (or the one chosen here). */
export function forgetUserLocale(): Promise<void> {
  return applyUserLocale(null)
}

/**
 * Text built in another language, e.g. the helpdesk summary's English copy beside the user's own
 * language: loads that language's catalogs in use, then builds the text in it synchronously (no
 * screen renders in between) and returns to the active language.
 */
export async function inLocale<T>(locale: ActiveLocale, build: () => T): Promise<T> {
  const current = activeLocale()
  if (locale === current) return build()
  await Promise.all([...parts].map((part) => ensure(locale, part)))
  i18n.activate(locale)
  try {
    return build()
  } finally {
    i18n.activate(current)
  }
}
