import { useEffect, useRef } from 'react'
import { useErrorTitle } from './page.tsx'
import './error-summary.css'
import { uiMessages } from './messages.ts'

export interface FieldProblem {
  /** The id of the input to focus (the first radio of a group). */
  id: string
  message: string
  /** Instead of focusing `id` on this page (e.g. the field is on another step of the form). */
  onSelect?: () => void
}

/**
 * The summary's entries for a form's errors, in the order of `ids` (field name → input id). A refusal
 * by the server (`server`) is listed when the form itself finds nothing wrong.
 */
export function fieldProblems<K extends string>(
  errors: Partial<Record<NoInfer<K>, { message?: string }>>,
  ids: Record<K, string>,
  server?: { field: NoInfer<K>; message: string } | null,
): FieldProblem[] {
  const problems: FieldProblem[] = []
  for (const field of Object.keys(ids) as K[]) {
    const message = errors[field]?.message
    if (message) problems.push({ id: ids[field], message })
  }
  if (server && problems.length === 0) problems.push({ id: ids[server.field], message: server.message })
  return problems
}

/**
 * "There is a problem" with a link per error (GOV.UK). Focused when shown; a link scrolls the
 * field's label into view and focuses the field. While it shows errors, the page's title starts "Error: ".
 */
export function ErrorSummary({
  errors,
  title = uiMessages.thereIsAProblem,
  id = 'error-summary',
}: {
  errors: FieldProblem[]
  title?: string
  /** Unique per page when a page has several independent forms. */
  id?: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  const key = errors.map((e) => `${e.id}:${e.message}`).join('|')
  useErrorTitle(errors.length > 0)
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
