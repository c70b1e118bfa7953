import { WhenSomeoneCallsView } from '../features/when-someone-calls/when-someone-calls-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

export function Component() {
  return <WhenSomeoneCallsView userId={useUserId()} />
}
