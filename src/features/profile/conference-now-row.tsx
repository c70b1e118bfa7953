/** Profile's Conference Now line: on (with or without an access code), or not set up for this user. */
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { conferencingQueries } from '../../queries/conferencing.ts'
import { profileMessages as m } from './messages.ts'
import { ActionText } from './row.tsx'

export function ConferenceNowRow({ userId }: { userId: string }) {
  // A side read: while it loads or when it fails, the line is left out.
  const { data } = useQuery(conferencingQueries.detail(userId))
  if (data === undefined) return null
  return (
    <div className="summary-row">
      <dt>{m.conferenceNow}</dt>
      <dd>{data?.enabled ? m.conferenceNowCode(data.accessCode !== '') : m.conferenceNowOff}</dd>
      {data?.enabled && (
        <dd className="summary-action">
          <Link to="/conference-now">
            <ActionText visible={m.conferenceNowAction} full={m.viewConferenceNow} />
          </Link>
        </dd>
      )}
    </div>
  )
}
