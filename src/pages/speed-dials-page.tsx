import { SpeedDialsView } from '../features/speed-dials/speed-dials-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

/** `/speed-dials`, `/speed-dials/add`, `/speed-dials/{position}`; `?phone={id}` for a phone's own list. */
export function Component() {
  return <SpeedDialsView userId={useUserId()} />
}
