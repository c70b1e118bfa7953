import { getSnapshot } from '../api/session.ts'

/**
 * Where a signed-out visit to a page goes. A deep link (a new tab, a reload) comes back to the page
 * after sign-in; after a sign-out (or Back into the portal after one) it is a bare /sign-in, so the
 * next person to sign in on this computer lands on Profile, not on the previous user's page.
 */
export function signInPath(location: { pathname: string; search: string }): string {
  const { endReason } = getSnapshot()
  if (endReason === 'signedOut' || endReason === 'cancelled') return '/sign-in'
  return `/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`
}
