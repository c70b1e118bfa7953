import { DoNotDisturbView } from '../features/do-not-disturb/dnd-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

export function Component() {
  return <DoNotDisturbView userId={useUserId()} />
}
