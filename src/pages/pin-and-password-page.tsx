import { PinAndPasswordView } from '../features/pin-and-password/pin-and-password-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'
import '../features/pin-and-password/pin-and-password.css'

export function Component() {
  return <PinAndPasswordView userId={useUserId()} />
}
