/**
 * The portal's Content-Security-Policy. Scripts come from the portal's own origin only, and the only
 * origins it may talk to are the configured UDS and CUPI servers. The policy is written into
 * index.html at build time from public/config.json, and rewritten when a deployment changes the
 * config (scripts/serve-dist.ts does the same for previews and tests).
 */
export interface ApiOrigins {
  udsBaseUrl: string
  cupiBaseUrl?: string | null
}

export function apiOrigins(config: ApiOrigins, extra: string[] = []): string[] {
  const origins = new Set<string>()
  for (const url of [config.udsBaseUrl, config.cupiBaseUrl, ...extra]) {
    if (!url) continue
    try {
      origins.add(new URL(url).origin)
    } catch {
      // An invalid URL is reported by the portal's own config check; it simply gets no CSP entry.
    }
  }
  return [...origins]
}

export function contentSecurityPolicy(connectOrigins: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectOrigins.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ')
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/

/** Puts the policy into index.html, replacing any earlier one. */
export function withCsp(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
  if (META.test(html)) return html.replace(META, tag)
  return html.replace(/<head>/, `<head>\n    ${tag}`)
}
