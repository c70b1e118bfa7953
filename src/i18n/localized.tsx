/**
 * Re-rendering in a new language. Messages are read from the active language as components render
 * (src/features/x/messages.ts), so a language switch only has to re-render every screen — in place,
 * keeping what the user typed, focus and scroll. React re-renders a component's subtree when it
 * renders, but stops at elements created elsewhere: the router's route elements. So each route's
 * component is wrapped in one that follows the language (src/app/router.tsx), and the tree above the
 * router follows it through I18nProvider.
 */
import { I18nProvider, useLingui } from '@lingui/react'
import type { ComponentType, ReactNode } from 'react'
import { i18n } from './i18n.ts'

export function LanguageProvider({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>
}

export function localized<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function Localized(props: P) {
    // Subscribes to the language: a switch renders this again, and with it the whole screen below.
    useLingui()
    return <Component {...props} />
  }
  Localized.displayName = `Localized(${Component.displayName ?? Component.name})`
  return Localized
}
