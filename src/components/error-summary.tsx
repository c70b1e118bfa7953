import { useEffect, useRef } from 'react'
import './error-summary.css'

export interface FieldProblem {
  /** The id of the input to focus (the first radio of a group). */
  id: string
  message: string
  /** Instead of focusing `id` on this page (e.g. the field is on another step of the form). */
  onSelect?: () => void
}

/**
 * "There is a problem" with a link per error (GOV.UK). Focused when shown; a link scrolls the
 * field's label into view and focuses the field.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
  id = 'error-summary',
}: {
  errors: FieldProblem[]
  title?: string
  /** Unique per page when a page has several independent forms. */
  id?: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  const key = errors.map((e) => `${e.id}:${e.message}`).join('|')
  useEffect(() => {
    if (key) ref.current?.focus()
  }, [key])
  if (errors.length === 0) return null
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <div role="alert">
        <h2 id={`${id}-title`} className="error-summary-title">
          {title}
        </h2>
        <ul className="error-summary-list">
          {errors.map((error) => (
            <li key={error.id + error.message}>
              <a
                href={`#${error.id}`}
                onClick={(event) => {
                  event.preventDefault()
                  if (error.onSelect) error.onSelect()
                  else focusField(error.id)
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

export function focusField(id: string) {
  const input = document.getElementById(id)
  if (!input) return
  const legendOrLabel =
    input.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${CSS.escape(id)}"]`)
  ;(legendOrLabel ?? input).scrollIntoView({ block: 'start' })
  input.focus({ preventScroll: true })
}
