import { ConferenceNowView } from '../features/conference-now/conference-now-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

export function Component() {
  return <ConferenceNowView userId={useUserId()} />
}
