/**
 * Errors in the style of each API. Resource code throws BadInput, NotFound, Conflict, TooLarge or
 * CupiError; the router turns them into UDS answers (a short text/plain reason) or CUPI answers
 * (`<ErrorDetails>`), so a resource never builds an error response itself.
 */
import { el, renderXml, t } from './xml.ts'

export type Api = 'uds' | 'cupi'

/** Any client-input problem: 415 for UDS, 400 `INVALID_PARAMETER` for CUPI. */
export class BadInput extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BadInput'
  }
}

export class NotFound extends Error {}
export class Conflict extends Error {}
export class TooLarge extends Error {}

/** A CUPI answer with its own status and error code. */
export class CupiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export const REALM = 'Basic realm="Cisco Web Services Realm"'

export const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

const CUPI_CODES: Record<number, string> = {
  400: 'INVALID_PARAMETER',
  401: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  503: 'SERVICE_UNAVAILABLE',
}

export function udsError(status: number, reason: string, headers: Record<string, string> = {}): Response {
  return new Response(`${reason}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=UTF-8', ...headers },
  })
}

export function cupiError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const node = el('ErrorDetails', null, [el('errors', null, [t('code', code), t('message', message)])])
  return new Response(renderXml(node, true), {
    status,
    headers: { 'Content-Type': 'application/xml; charset=UTF-8', ...headers },
  })
}

/** An error response in the style of the given API (401 carries the challenge, 503 a Retry-After). */
export function errorFor(
  api: Api,
  status: number,
  reason?: string,
  headers: Record<string, string> = {},
): Response {
  const text = reason ?? REASONS[status] ?? 'Error'
  if (status === 401) headers = { 'WWW-Authenticate': REALM, ...headers }
  if (status === 503) headers = { 'Retry-After': '1', ...headers }
  return api === 'cupi'
    ? cupiError(status, CUPI_CODES[status] ?? 'ERROR', text, headers)
    : udsError(status, text, headers)
}

/** The answer for an error a resource threw; anything unexpected is logged and answered 500. */
export function errorResponse(api: Api, e: unknown): Response {
  if (e instanceof TooLarge) return errorFor(api, 413)
  if (e instanceof CupiError) return cupiError(e.status, e.code, e.message)
  if (e instanceof BadInput)
    return api === 'cupi' ? cupiError(400, 'INVALID_PARAMETER', e.message) : udsError(415, e.message)
  if (e instanceof NotFound) return errorFor(api, 404, e.message)
  if (e instanceof Conflict) return errorFor(api, 409, e.message)
  console.error('[mock] internal error:', e instanceof Error ? e.message : e)
  return errorFor(api, 500)
}
