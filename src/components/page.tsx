import { useEffect, useRef, type ReactNode } from 'react'
import { Link } from 'react-router'
import { createFlagContext, useFlag, useRaiseFlag } from '../lib/flag.ts'
import { useLinkedSetting } from './linked-setting.ts'
import './page.css'
import { uiMessages } from './messages.ts'

/** The product's name in the active language ("Phone settings"). */
export const productName = () => uiMessages.productName

/** Sets the document title: "Speed dials – Phone settings", with "Error: " while errors show. */
export function useDocumentTitle(title: string, hasErrors = false) {
  const full = uiMessages.documentTitle(title, productName())
  const text = hasErrors ? uiMessages.errorTitle(full) : full
  useEffect(() => {
    document.title = text
  }, [text])
}

const ErrorTitle = createFlagContext()

/** Prefixes "Error: " to the page's title while `hasErrors` holds (the error summary calls it). */
export function useErrorTitle(hasErrors: boolean) {
  useRaiseFlag(ErrorTitle, hasErrors)
}

interface PageProps {
  title: string
  /** Heading text when it differs from the title (e.g. "Sign in to your phone settings"). */
  heading?: ReactNode
  /** One sentence under the heading. */
  lede?: ReactNode
  /** A "Back" link for sub-pages (add, edit, schedule). */
  back?: { to: string; label?: string }
  /** Error summary, banners: shown above the h1. */
  above?: ReactNode
  children: ReactNode
}

/** One page: back link, messages, the one h1 (focused when the page opens), then content. */
export function Page({ title, heading, lede, back, above, children }: PageProps) {
  const [hasErrors, errorTitle] = useFlag()
  useDocumentTitle(title, hasErrors)
  const h1 = useRef<HTMLHeadingElement>(null)
  const body = useRef<HTMLDivElement>(null)
  // A new page: move focus to its heading so keyboard and screen reader users start there, or to
  // the setting a link named (`/call-forwarding#line-1002`: "change it here"), highlighted briefly.
  useLinkedSetting(body, h1)
  return (
    <ErrorTitle.Provider value={errorTitle}>
      <div className="page" ref={body}>
        {back && (
          <Link to={back.to} className="back-link">
            {back.label ?? uiMessages.back}
          </Link>
        )}
        {above}
        <h1 ref={h1} tabIndex={-1} className="page-heading">
          {heading ?? title}
        </h1>
        {lede && <p className="lede">{lede}</p>}
        {children}
      </div>
    </ErrorTitle.Provider>
  )
}
