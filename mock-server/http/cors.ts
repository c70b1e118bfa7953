/** CORS as CUCM's web tier answers it: an exact origin allow-list, credentials, no echoed headers. */

export const PREFLIGHT_METHODS = 'GET, POST, PUT, DELETE, OPTIONS'

/** The CORS headers for a request's `Origin` (none for an origin that is not allowed). */
export function corsHeaders(
  allowed: ReadonlySet<string>,
  origin: string | null,
  maxAgeSeconds: number,
): Record<string, string> {
  if (!origin || !allowed.has(origin)) return {}
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'Retry-After, Location',
    'Access-Control-Max-Age': String(maxAgeSeconds),
    Vary: 'Origin',
  }
}

/** The answer to any `OPTIONS`: 204 without auth; allowed origins also get the preflight headers. */
export function preflight(cors: Record<string, string>): Response {
  const h: Record<string, string> = { ...cors }
  if (cors['Access-Control-Allow-Origin']) {
    h['Access-Control-Allow-Methods'] = PREFLIGHT_METHODS
    h['Access-Control-Allow-Headers'] = 'Authorization, Accept, Content-Type'
  }
  h['Allow'] = PREFLIGHT_METHODS
  return new Response(null, { status: 204, headers: h })
}

/** Add headers to a response in place (a `Vary` is appended to, not replaced). */
export function addHeaders(res: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === 'vary' && res.headers.has('vary'))
      res.headers.set('Vary', `${res.headers.get('vary')}, ${v}`)
    else res.headers.set(k, v)
  }
  return res
}
