/**
 * Where to go after sign-in. A `next` from a link is honoured only when it resolves, as a URL against
 * the portal's own origin, to that origin and to one of the portal's pages; anything else (another
 * site, `//host`, `/\host`, `/%09/host`, `javascript:`, an unknown path) lands on Profile.
 */
export const LANDING = '/profile'

export function safeNext(next: string | null, origin: string, pagePaths: readonly string[]): string {
  if (!next || !next.startsWith('/') || next.includes('\\') || hasControlCharacter(next)) return LANDING
  let url: URL
  try {
    url = new URL(next, origin)
  } catch {
    return LANDING
  }
  if (url.origin !== new URL(origin).origin) return LANDING
  const known = pagePaths.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))
  return known ? url.pathname + url.search + url.hash : LANDING
}

function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}
