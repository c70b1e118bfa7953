import { Navigate, useLocation } from 'react-router'
import { useSession } from '../lib/session-hooks.ts'
import { AppShell } from './app-shell.tsx'
import { signInPath } from './sign-in-path.ts'

/**
 * The signed-in part of the portal (shell, navigation, re-sign-in dialog), loaded lazily: the
 * sign-in page does not need it. Pages need a session; without one, sign in first (see signInPath).
 */
export function Component() {
  const session = useSession()
  const location = useLocation()
  if (session.status === 'signedOut') return <Navigate to={signInPath(location)} replace />
  return <AppShell />
}
