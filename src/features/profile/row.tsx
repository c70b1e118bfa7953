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
