import { Navigate, useLocation } from 'react-router'
import { useSession } from '../lib/session-hooks.ts'
import { AppShell } from './app-shell.tsx'

/**
 * The signed-in part of the portal (shell, navigation, re-sign-in dialog), loaded lazily: the
 * sign-in page does not need it. Pages need a session; without one (signed out meanwhile), sign in
 * first and come back here (deep links survive).
 */
export function Component() {
  const session = useSession()
  const location = useLocation()
  if (session.status === 'signedOut') {
    const next = location.pathname + location.search
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />
  }
  return <AppShell />
}
