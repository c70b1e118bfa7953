import { useEffect, useRef, type ReactNode } from 'react'
import './spinner.css'
import './notices.css'

/** The result of something just done: "Success" heading + sentence(s). Focused when it appears. */
export function SuccessBanner({
  title = 'Success',
  children,
  focus = true,
  id = 'success-banner',
}: {
  title?: string
  children: ReactNode
  focus?: boolean
  /** Unique per page when a page has several independent forms. */
  id?: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focus) ref.current?.focus()
  }, [focus])
  return (
    <div
      className="banner banner--success"
      role="status"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={`${id}-title`}
    >
      <h2 className="banner-title" id={`${id}-title`}>
        {title}
      </h2>
      <div className="banner-body">{children}</div>
    </div>
  )
}

/** Something the user can't change here (policy, another cluster): plain text, not error-styled. */
export function InfoNotice({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="notice notice--info">
      {title && <h2 className="notice-title">{title}</h2>}
      <div>{children}</div>
    </div>
  )
}

/**
 * A polite live region that announces `message` (e.g. "'Mum' moved to speed dial 2 of 6").
 * It stays in the DOM so changes are announced.
 */
export function StatusMessage({ message, visible = false }: { message: string; visible?: boolean }) {
  return (
    <div role="status" aria-live="polite" className={visible ? 'status-text' : 'visually-hidden'}>
      {message}
    </div>
  )
}

export function Spinner({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner spinner--large" aria-hidden="true" />
      <span>{label}</span>
    </div>
  )
}
