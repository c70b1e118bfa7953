import { PinAndPasswordView } from '../features/pin-and-password/pin-and-password-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

export function Component() {
  return <PinAndPasswordView userId={useUserId()} />
}
