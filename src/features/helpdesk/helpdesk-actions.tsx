import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { CopyButton } from '../../components/copy-button.tsx'
import { gatherFacts } from './gather.ts'
import { helpdeskMessages as m } from './messages.ts'
import { summaryText } from './summary.ts'
import './helpdesk.css'

export const PRINT_SETTINGS_PATH = '/print-settings'

/**
 * "Copy summary for the helpdesk" (everything the portal knows, read first where it isn't cached)
 * and "Print settings" beside it, which is also where to go when the browser refuses to copy.
 */
export function HelpdeskActions({ userId }: { userId: string }) {
  const queryClient = useQueryClient()
  return (
    <div className="helpdesk-actions">
      <CopyButton
        text={async () => summaryText(await gatherFacts(queryClient, userId))}
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
