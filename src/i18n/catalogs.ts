/**
 * Each language's compiled catalogs (lingui.config.ts), one lazy chunk per language and part, so a
 * browser downloads only the active language's. The first part comes with the first page; the pages
 * part with the signed-in code and the public connection check (src/app/preload.ts).
 */
import type { Messages } from '@lingui/core'
import type { Locale } from './locales.ts'

export type CatalogPart = 'first' | 'pages'
type Load = () => Promise<{ messages: Messages }>

export const CATALOGS: Record<Locale, Record<CatalogPart, Load>> = {
  en: { first: () => import('../locales/en/first.po'), pages: () => import('../locales/en/pages.po') },
  de: { first: () => import('../locales/de/first.po'), pages: () => import('../locales/de/pages.po') },
  fr: { first: () => import('../locales/fr/first.po'), pages: () => import('../locales/fr/pages.po') },
  es: { first: () => import('../locales/es/first.po'), pages: () => import('../locales/es/pages.po') },
  ar: { first: () => import('../locales/ar/first.po'), pages: () => import('../locales/ar/pages.po') },
}
