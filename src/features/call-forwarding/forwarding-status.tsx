import { Trans } from '@lingui/react/macro'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { lineQueries } from '../../queries/extensions.ts'
import { isForwarded } from '../../lib/read-back.ts'
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
      <Trans>
        Calls forwarded<span className="visually-hidden"> – change call forwarding</span>
      </Trans>
    </Link>
  )
}
