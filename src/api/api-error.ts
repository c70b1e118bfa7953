/**
 * The one error type of the data path. Every failure of a UDS or CUPI call, network ones included,
 * becomes an ApiError with the HTTP status (0 when there was no response) and a kind the UI maps to
 * words. It never carries credentials or request bodies.
 */
export type ApiErrorKind =
  | 'auth' // 401: wrong or stale credentials, locked account
  | 'notFound' // 404
  | 'unsupported' // 405: the server does not offer this
  | 'conflict' // 409: already exists, over a limit, or not the user's home cluster
  | 'invalid' // 400/413/415: the server refused the values
  | 'busy' // 503 (and 429): overloaded, try again later
  | 'server' // other 5xx
  | 'network' // no response at all (down, offline, CORS)
  | 'timeout' // no answer in time
  | 'malformed' // a response we cannot read (bad XML, wrong root)

export interface ApiErrorInit {
  kind: ApiErrorKind
  status: number
  /** "PUT speedDials": what was attempted, for the helpdesk details. Never a URL with secrets. */
  request: string
  retryAfterMs?: number
  /** A human-readable reason the server gave (CUPI's ErrorDetails message; UDS text bodies). */
  serverMessage?: string
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number
  readonly request: string
  readonly retryAfterMs?: number
  readonly serverMessage?: string
  readonly at: Date

  constructor(init: ApiErrorInit) {
    super(`${init.request} failed: ${init.kind}${init.status ? ` (${init.status})` : ''}`)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status
    this.request = init.request
    this.retryAfterMs = init.retryAfterMs
    this.serverMessage = init.serverMessage
    this.at = new Date()
  }

  /** Failures worth retrying for a read: the server was busy or unreachable. */
  get isTransient(): boolean {
    return (
      this.kind === 'busy' || this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server'
    )
  }
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401 || status === 403) return 'auth'
  if (status === 404) return 'notFound'
  if (status === 405) return 'unsupported'
  if (status === 409) return 'conflict'
  if (status === 503 || status === 429) return 'busy'
  if (status >= 500) return 'server'
  return 'invalid'
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds, capped at 30 s. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now
  if (!Number.isFinite(ms) || ms < 0) return undefined
  return Math.min(ms, 30_000)
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
