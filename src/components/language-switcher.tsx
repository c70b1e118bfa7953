/**
 * "Language": the portal's own language, chosen here and remembered in this browser (the phones'
 * language is Profile's "Phone language"). Each language is named in itself, so someone who can't
 * read the current one still finds theirs; the globe says what the menu is. A disclosure of buttons
 * rather than a <select>: a select that switched on every arrow key would change the whole page
 * under a keyboard user (WCAG 3.2.2).
 */
import { useLingui } from '@lingui/react'
import { useRef, useState } from 'react'
import { activeLocale, chooseLanguage } from '../i18n/i18n.ts'
import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from '../i18n/locales.ts'
import { uiMessages as m } from './messages.ts'
import './language-switcher.css'

export function LanguageSwitcher() {
  // Follows the language, so its own words change with it.
  useLingui()
  const details = useRef<HTMLDetailsElement>(null)
  const [pending, setPending] = useState<Locale | null>(null)
  const [failed, setFailed] = useState(false)
  const active = activeLocale()
  const current: Locale = isLocale(active) ? active : 'en'

  const close = () => {
    if (!details.current) return
    details.current.open = false
    details.current.querySelector('summary')?.focus()
  }
  const choose = async (locale: Locale) => {
    setFailed(false)
    if (locale === current) return close()
    setPending(locale)
    try {
      await chooseLanguage(locale)
      close()
    } catch {
      setFailed(true)
    } finally {
      setPending(null)
    }
  }

  return (
    <details
      ref={details}
      className="language-switcher"
      onKeyDown={(event) => {
        // Escape folds it away again, back on its button.
        if (event.key === 'Escape' && event.currentTarget.open) close()
      }}
    >
      <summary className="button button--header language-switcher-toggle">
        <span className="language-switcher-globe" aria-hidden="true" />
        <span className="visually-hidden">{m.language}: </span>
        <span lang={current}>{LOCALE_NAMES[current]}</span>
      </summary>
      <div className="language-switcher-panel">
        <p className="language-switcher-title" id="language-switcher-title">
          {m.language}
        </p>
        <ul className="language-switcher-list" aria-labelledby="language-switcher-title">
          {LOCALES.map((locale) => (
            <li key={locale}>
              <button
                type="button"
                className="language-switcher-option"
                lang={locale}
                dir={locale === 'ar' ? 'rtl' : 'ltr'}
                aria-current={locale === current ? 'true' : undefined}
                aria-busy={pending === locale ? true : undefined}
                disabled={pending !== null}
                onClick={() => void choose(locale)}
              >
                {LOCALE_NAMES[locale]}
              </button>
            </li>
          ))}
        </ul>
        {failed && (
          <p className="field-error" role="alert">
            {m.languageFailed}
          </p>
        )}
      </div>
    </details>
  )
}
