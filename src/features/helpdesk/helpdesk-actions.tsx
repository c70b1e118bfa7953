import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link } from 'react-router'
import { CopyButton } from '../../components/copy-button.tsx'
import { helpdeskMessages as m } from './messages.ts'
import './helpdesk.css'

export const PRINT_SETTINGS_PATH = '/print-settings'

/**
 * The summary's code (every query it may need) is its own chunk, so the header stays small; it is
 * fetched as soon as the buttons are there, well before a click (copying must follow the click soon).
 */
const loadSummary = () => import('./summary-for.ts')

/**
 * "Copy summary for the helpdesk" (everything the portal knows, read first where it isn't cached)
 * and "Print settings" beside it, which is also where to go when the browser refuses to copy.
 */
export function HelpdeskActions({ userId }: { userId: string }) {
  const queryClient = useQueryClient()
  useEffect(() => void loadSummary(), [])
  return (
    <div className="helpdesk-actions">
      <CopyButton
        text={async () => (await loadSummary()).summaryFor(queryClient, userId)}
        copied={m.copied}
        refused={m.copyRefused}
        pendingText={m.copying}
      >
        {m.copy}
      </CopyButton>
      <Link to={PRINT_SETTINGS_PATH} className="helpdesk-print-link">
        {m.print}
      </Link>
    </div>
  )
}

/** The header's "For the helpdesk" menu: the same two actions, folded away until opened. */
export function HeaderHelpdeskMenu({ userId }: { userId: string }) {
  return (
    <details
      className="header-helpdesk"
      onKeyDown={(event) => {
        // Escape folds it away again, back on its button.
        if (event.key !== 'Escape' || !event.currentTarget.open) return
        event.currentTarget.open = false
        event.currentTarget.querySelector('summary')?.focus()
      }}
    >
      <summary className="button button--header">{m.menu}</summary>
      <div
        className="header-helpdesk-panel"
        onClick={(event) => {
          // Going to "Print settings" folds the menu away.
          const details = event.currentTarget.parentElement as HTMLDetailsElement
          if ((event.target as HTMLElement).closest('a')) details.open = false
        }}
      >
        <HelpdeskActions userId={userId} />
      </div>
    </details>
  )
}
