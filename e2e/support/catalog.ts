/**
 * The portal's words in another language, read from its catalogs (src/locales), so the language
 * tests follow the translations rather than repeat them.
 */
import { readFileSync } from 'node:fs'
import { formatter } from '@lingui/format-po'

interface Entry {
  message?: string
  translation?: string
  context?: string | null
}

const po = formatter({ lineNumbers: false })

/** `words('de')` → a lookup: `t('Sign in')` is German for "Sign in" (with an optional context). */
export async function words(locale: string) {
  const entries: Entry[] = []
  for (const part of ['first', 'pages']) {
    const file = new URL(`../../src/locales/${locale}/${part}.po`, import.meta.url)
    const parsed = (await po.parse(readFileSync(file, 'utf8'), {
      locale,
      sourceLocale: 'en',
      filename: `${part}.po`,
    } as never)) as Record<string, Entry>
    entries.push(...Object.values(parsed))
  }
  return (english: string, context?: string) => {
    const found = entries.find(
      (e) => e.message === english && (context === undefined || e.context === context),
    )
    if (!found?.translation) throw new Error(`No ${locale} translation for "${english}"`)
    return found.translation
  }
}
