/**
 * "Find in directory" beside a number field: the combobox's code loads only when a form that offers
 * it opens (its place on the page is kept meanwhile), and it is left out when the administrator's
 * policy turns directory search off.
 */
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { systemQueries } from '../../queries/system.ts'
import { finderMessages as m } from './messages.ts'
import '../fields.css'
import './directory-combobox.css'

export interface Chosen {
  name: string
  number: string
}

const Combobox = lazy(() => import('./directory-combobox.tsx'))

export function DirectoryFinder({
  userId,
  id,
  onChoose,
}: {
  userId: string
  id: string
  onChoose: (chosen: Chosen) => void
}) {
  // The forms' pages read the policy already; this only looks at it.
  const { data: policy } = useQuery({ ...systemQueries.userPolicy(userId), enabled: false })
  if (!policy?.showDirectorySearch) return null
  return (
    <Suspense fallback={<Placeholder id={id} />}>
      <Combobox id={id} limit={policy.userSearchLimit} onChoose={onChoose} />
    </Suspense>
  )
}

/**
 * The field as it will look, while the combobox's code arrives (a moment): the form below it never
 * jumps (a button moving under a click or a tap would miss it).
 */
function Placeholder({ id }: { id: string }) {
  return (
    <div className="field finder">
      <label htmlFor={id} className="field-label">
        {m.label}
      </label>
      <div id={`${id}-hint`} className="field-hint">
        {m.hint}
      </div>
      <div className="finder-box">
        <input id={id} type="text" className="input input--medium" readOnly aria-describedby={`${id}-hint`} />
      </div>
      <div className="finder-state" />
    </div>
  )
}
