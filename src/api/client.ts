/**
 * The only caller of fetch in the portal. It adds the base URL, XML headers and Basic auth, applies
 * the timeout, takes credentials from the session's gate (so stale ones never go out in a burst; a
 * refused call waits for re-sign-in and goes once more), and turns every failure into an ApiError.
 */
import { ApiError, kindForStatus, parseRetryAfter } from './api-error.ts'
import * as session from './session-gate.ts'
import { XmlError, type XmlObject } from './xml.ts'

export type Api = 'uds' | 'cupi'
export type Method = 'GET' | 'PUT' | 'POST' | 'DELETE'

interface ClientConfig {
  udsBaseUrl: string
  cupiBaseUrl: string | null
  timeoutMs: number
}

let config: ClientConfig = { udsBaseUrl: '', cupiBaseUrl: null, timeoutMs: 15_000 }

export function configureClient(next: ClientConfig) {
  config = {
    ...next,
    udsBaseUrl: next.udsBaseUrl.replace(/\/+$/, ''),
    cupiBaseUrl: next.cupiBaseUrl?.replace(/\/+$/, '') ?? null,
  }
}

export function clientConfig(): Readonly<ClientConfig> {
  return config
}

type XmlParser = typeof import('./xml-parser.ts')
let xmlParser: Promise<XmlParser> | undefined

/**
 * The XML parser (fast-xml-parser) is not needed to paint the sign-in page, so it loads on its own:
 * when the page is idle, and at the latest when a request starts, so it downloads while the request
 * is on its way. A failed download (offline) is tried again by the next request.
 */
export function loadXmlParser(): Promise<XmlParser> {
  xmlParser ??= import('./xml-parser.ts').catch((error: unknown) => {
    xmlParser = undefined
    throw error
  })
  return xmlParser
}

export interface RequestOptions {
  api?: Api
  method?: Method
  /** Path below the API's base URL, e.g. `/user/demo/speedDials`. Segments must already be encoded. */
  path: string
  query?: Record<string, string | undefined>
  /** An XML request body. */
  body?: string
  /** Send credentials (default true). */
  auth?: boolean
  /** Use these credentials instead of the session's, and never wait for or expire the session. */
  authorization?: string
  signal?: AbortSignal
  /** What this call does, for error details: "PUT speedDials". */
  label: string
}

export interface XmlResponse {
  status: number
  /** The parsed root element, when a root was expected and a body came back. */
  root?: XmlObject
  headers: Headers
}

/** How many times one call is sent at most: once, once more with the other password candidate, once after re-sign-in. */
const MAX_SENDS = 3

/** Performs a request; `expectedRoot` names the XML root element a successful body must have. */
export async function request(options: RequestOptions, expectedRoot?: string): Promise<XmlResponse> {
  const api = options.api ?? 'uds'
  loadXmlParser().catch(() => undefined)
  if (options.authorization || options.auth === false) {
    // Sign-in and public resources: explicit or no credentials, never gated.
    return read(await send(api, options, options.authorization), options, expectedRoot)
  }
  for (let sends = 1; ; sends++) {
    const ticket = await session.acquire(api, options.signal)
    let response: Response
    try {
      response = await send(api, options, ticket.authorization, ticket)
    } catch (error) {
      const noAnswer = error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout')
      session.settle(ticket, noAnswer ? 'unknown' : 'inconclusive')
      throw error
    }
    if (response.status !== 401) {
      session.settle(ticket, response.status >= 500 || response.status === 403 ? 'inconclusive' : 'accepted')
      return read(response, options, expectedRoot)
    }
    if (ticket.gate.name === 'voicemail' || api === 'uds') session.settle(ticket, 'refused')
    // Unity Connection refusing the portal's password may only mean it wants its own (the voicemail
    // section asks); the portal's credentials are not trusted again until a lone request proves them.
    else session.settle(ticket, 'unknown')
    // A refused UDS call waits for the other password candidate or the re-sign-in dialog, then goes once more.
    if (api !== 'uds' || sends >= MAX_SENDS) return read(response, options, expectedRoot)
  }
}

async function send(
  api: Api,
  options: RequestOptions,
  authorization: string | undefined,
  ticket?: session.Ticket,
): Promise<Response> {
  const base = api === 'uds' ? config.udsBaseUrl : config.cupiBaseUrl
  if (!base) throw new ApiError({ kind: 'network', status: 0, request: options.label })
  // A base that is a path (`/cucm-uds`, behind a same-origin reverse proxy) is on the page's own origin.
  const url = new URL(base + options.path, globalThis.location?.href)
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, value)
  }
  const headers: Record<string, string> = { Accept: 'application/xml' }
  if (options.body !== undefined) headers['Content-Type'] = 'application/xml'
  if (authorization) headers.Authorization = authorization

  const timeout = AbortSignal.timeout(config.timeoutMs)
  // A probe runs to its answer even when its caller stops waiting (a page left meanwhile): the answer
  // decides whether the others may go. The session's end stops everything.
  const signals = [timeout]
  if (options.signal && !ticket?.probe) signals.push(options.signal)
  if (ticket) signals.push(ticket.signal)
  try {
    return await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body,
      signal: signals.length === 1 ? timeout : AbortSignal.any(signals),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    })
  } catch (error) {
    if (ticket?.signal.aborted) throw ticket.signal.reason ?? error
    if (options.signal?.aborted) throw options.signal.reason ?? error
    const kind = timeout.aborted ? 'timeout' : 'network'
    throw new ApiError({ kind, status: 0, request: options.label })
  }
}

async function read(
  response: Response,
  options: RequestOptions,
  expectedRoot?: string,
): Promise<XmlResponse> {
  let body: string
  try {
    body = await response.text()
  } catch {
    throw new ApiError({ kind: 'network', status: response.status, request: options.label })
  }
  if (!response.ok) {
    // The portal's own reverse proxy (deploy/nginx) could not reach the phone system: to the user that
    // is "can't reach", not "the phone system had a problem" (the status stays for the helpdesk code).
    if (isProxyUnreachable(response)) {
      throw new ApiError({ kind: 'network', status: response.status, request: options.label })
    }
    // The reason is a nicety: without the parser (its download failed) the error is still right.
    const xml = body.trimStart().startsWith('<')
    const parser = xml ? await loadXmlParser().catch(() => undefined) : undefined
    throw new ApiError({
      kind: kindForStatus(response.status),
      status: response.status,
      request: options.label,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
      serverMessage: serverMessage(body, parser?.parseXml),
    })
  }
  if (!expectedRoot || body.trim() === '') {
    if (expectedRoot && response.status === 200) {
      throw new ApiError({ kind: 'malformed', status: response.status, request: options.label })
    }
    return { status: response.status, headers: response.headers }
  }
  let parser: XmlParser
  try {
    parser = await loadXmlParser()
  } catch {
    throw new ApiError({ kind: 'network', status: response.status, request: options.label })
  }
  try {
    return { status: response.status, root: parser.parseXml(body, expectedRoot), headers: response.headers }
  } catch (error) {
    if (error instanceof XmlError) {
      throw new ApiError({ kind: 'malformed', status: response.status, request: options.label })
    }
    throw error
  }
}

/** A short reason from an error body: CUPI's ErrorDetails message, or a short plain-text UDS reason. */
function serverMessage(body: string, parseXml?: XmlParser['parseXml']): string | undefined {
  const text = body.trim()
  if (!text) return undefined
  if (text.startsWith('<')) {
    if (!parseXml) return undefined
    try {
      const root = parseXml(text, 'ErrorDetails')
      const errors = root.errors
      const first = Array.isArray(errors) ? errors[0] : errors
      const message = first && typeof first === 'object' ? first.message : undefined
      return typeof message === 'string' && message ? message.slice(0, 300) : undefined
    } catch {
      return undefined
    }
  }
  return text.length <= 300 && !/[<>]/.test(text) ? text : undefined
}

/** The header the portal's reverse proxy puts on its own 502/504 answers (deploy/nginx). */
export const PROXY_ERROR_HEADER = 'X-Portal-Proxy-Error'
export const PROXY_UNREACHABLE = 'upstream-unreachable'

function isProxyUnreachable(response: Response): boolean {
  return (
    (response.status === 502 || response.status === 504) &&
    response.headers.get(PROXY_ERROR_HEADER) === PROXY_UNREACHABLE
  )
}

/** Whether an API's base URL is on the page's own origin (a same-origin reverse proxy): CORS never applies. */
function sameOrigin(base: string): boolean {
  const here = globalThis.location?.href
  if (!here) return false
  try {
    return new URL(base, here).origin === new URL(here).origin
  } catch {
    return false
  }
}

/**
 * Tells a server that is down from one that refuses this page's origin: a no-cors request reaches a
 * running server whatever its CORS list says (its answer is opaque), so success here means CORS.
 */
export async function isReachableWithoutCors(api: Api = 'uds'): Promise<boolean> {
  const base = api === 'uds' ? config.udsBaseUrl : config.cupiBaseUrl
  if (!base || sameOrigin(base)) return false
  try {
    await fetch(`${base}/version`, {
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(Math.min(config.timeoutMs, 8000)),
    })
    return true
  } catch {
    return false
  }
}

/** Reads one of the portal's own files (config.json): same origin, never from the cache. */
export function fetchPortalFile(url: string): Promise<Response> {
  return fetch(url, { cache: 'no-store', credentials: 'same-origin' })
}

/** Encodes one path segment (user IDs may contain spaces, @ or non-ASCII). */
export function segment(value: string): string {
  return encodeURIComponent(value)
}
