import { getSnapshot } from '../api/session.ts'

/**
 * Where a signed-out visit to a page goes. A deep link (a new tab, a reload) comes back to the page
 * after sign-in; after a sign-out (or Back into the portal after one) it is a bare /sign-in, so the
 * next person to sign in on this computer lands on Profile, not on the previous user's page.
 */
export function signInPath(location: { pathname: string; search: string; hash?: string }): string {
  const { endReason } = getSnapshot()
  if (endReason === 'signedOut' || endReason === 'cancelled') return '/sign-in'
  // The fragment too: a link to one setting (`/call-forwarding#line-1002`) opens at it after sign-in.
  const path = location.pathname + location.search + (location.hash ?? '')
  return `/sign-in?next=${encodeURIComponent(path)}`
}
