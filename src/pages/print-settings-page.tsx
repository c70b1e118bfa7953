import { PrintSettingsView } from '../features/helpdesk/print-settings-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

/** `/print-settings`: the helpdesk summary as a document that prints on one page. */
export function Component() {
  return <PrintSettingsView userId={useUserId()} />
}
