import type { ReactNode } from 'react'

/** One row of a summary list: the term, its value, and an optional action (a link). */
export function Row({ term, value, action }: { term: string; value: ReactNode; action?: ReactNode }) {
  return (
    <div className="summary-row">
      <dt>{term}</dt>
      <dd>{value}</dd>
      {action && <dd className="summary-action">{action}</dd>}
    </div>
  )
}

/**
 * A row's link text: a short word on screen ("Change") and the whole action for screen readers
 * ("Change forwarding"), each a whole message.
 */
export function ActionText({ visible, full }: { visible: string; full: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className="visually-hidden">{full}</span>
    </>
  )
}
