/**
 * Each language's compiled catalogs (lingui.config.ts), one lazy chunk per language and part, so a
 * browser downloads only the active language's. The shell part comes with the first page; the pages
 * part with the signed-in code and the public connection check (src/app/preload.ts).
 */
import type { Messages } from '@lingui/core'
import type { Locale } from './locales.ts'

export type CatalogPart = 'shell' | 'pages'
type Load = () => Promise<{ messages: Messages }>

export const CATALOGS: Record<Locale, Record<CatalogPart, Load>> = {
  en: { shell: () => import('../locales/en/shell.po'), pages: () => import('../locales/en/pages.po') },
  de: { shell: () => import('../locales/de/shell.po'), pages: () => import('../locales/de/pages.po') },
  fr: { shell: () => import('../locales/fr/shell.po'), pages: () => import('../locales/fr/pages.po') },
  es: { shell: () => import('../locales/es/shell.po'), pages: () => import('../locales/es/pages.po') },
  ar: { shell: () => import('../locales/ar/shell.po'), pages: () => import('../locales/ar/pages.po') },
}
