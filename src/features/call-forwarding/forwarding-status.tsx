import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { lineQueries } from '../../queries/extensions.ts'
import { isForwarded } from '../../lib/read-back.ts'
import { forwardingMessages as m } from './messages.ts'
import './forwarding-status.css'

/**
 * "Calls forwarded" in the header while any line forwards its calls. It reads the cached lines, which
 * every forwarding save updates from the server's answer, so it changes without a reload.
 */
export function ForwardingStatus({ userId }: { userId: string }) {
  const { data: lines } = useQuery(lineQueries.list(userId))
  if (!lines?.some((line) => isForwarded(line.callForward))) return null
  return (
    <Link to="/call-forwarding" className="header-status">
      <span className="header-status-dot" aria-hidden="true" />
      {m.headerStatus}
      <span className="visually-hidden"> – {m.headerStatusHint}</span>
    </Link>
  )
}
