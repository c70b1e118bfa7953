/**
 * "Find in directory" beside a number field: the combobox's code loads only when a form that offers
 * it opens, and it is left out when the administrator's policy turns directory search off.
 */
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { systemQueries } from '../../queries/system.ts'

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
    <Suspense fallback={null}>
      <Combobox id={id} limit={policy.userSearchLimit} onChoose={onChoose} />
    </Suspense>
  )
}
