/**
 * What the navigation needs to leave out pages the server or policy doesn't offer, taken from the
 * cache only: it subscribes to reads the pages make anyway and never starts one itself.
 */
import { useQuery } from '@tanstack/react-query'
import { conferencingQueries } from '../queries/conferencing.ts'
import { systemQueries } from '../queries/system.ts'
import { useSession } from '../lib/session-hooks.ts'
import type { NavFacts } from './routes.ts'

export function useNavFacts(): NavFacts {
  const userId = useSession().userId ?? ''
  const cached = { enabled: false } as const
  const policy = useQuery({ ...systemQueries.userPolicy(userId), ...cached }).data
  const conferencing = useQuery({ ...conferencingQueries.detail(userId), ...cached }).data
  const version = useQuery({ ...systemQueries.version(), ...cached }).data
  return { policy, conferencing, release: version?.release }
}
