import { CallForwardingView } from '../features/call-forwarding/call-forwarding-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

export function Component() {
  return <CallForwardingView userId={useUserId()} />
}
