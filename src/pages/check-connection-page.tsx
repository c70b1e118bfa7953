import { SignedOutFrame } from '../components/signed-out-frame.tsx'
import { CheckConnectionView } from '../features/check-connection/check-connection-view.tsx'
import './sign-in-page.css'

/** `/check-connection`: open to anyone, signed in or not (linked from sign-in problems and the footer). */
export function Component() {
  return (
    <SignedOutFrame className="main--sign-in">
      <CheckConnectionView />
    </SignedOutFrame>
  )
}
