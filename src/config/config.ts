/**
 * The runtime configuration (public/config.json): deployers change this file, not the build.
 * Checked before the app renders; a missing or invalid file shows a readable page. (Hand-written
 * checks keep a schema library out of the first page's download.)
 */
import { fetchPortalFile } from '../api/client.ts'

export interface PortalConfig {
  udsBaseUrl: string
  cupiBaseUrl: string | null
  helpdesk?: { phone: string; hours?: string }
  requestTimeoutMs: number
  /** The Conference Now number attendees dial (shown on the Conference Now page when set). */
  conferenceNowNumber?: string
}

export type ConfigResult =
  { ok: true; config: PortalConfig } | { ok: false; problem: string; details: string[] }

export async function loadConfig(url = '/config.json'): Promise<ConfigResult> {
  let raw: unknown
  try {
    const res = await fetchPortalFile(url)
    if (!res.ok) return { ok: false, problem: 'missing', details: [`${url} answered ${res.status}`] }
    raw = await res.json()
  } catch (error) {
    return { ok: false, problem: 'unreadable', details: [`${url}: ${(error as Error).message}`] }
  }
  return parseConfig(raw)
}

/** Loopback hosts, where plain http never leaves the machine (the demo and the tests). */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

/** `/cucm-uds`, `/vmrest`: an absolute path on the portal's origin (never `//host`, which is another origin). */
export function isSameOriginPath(value: string): boolean {
  return /^\/(?![/\\])[^\s?#]*$/.test(value)
}

/**
 * Why a configured API address can't be used, or null when it can. Basic credentials go with every
 * request, so plain http is refused except on this machine.
 */
function apiUrlProblem(value: unknown, field: string, example: string): string | null {
  let url: URL | null = null
  // A path on the portal's own origin (`/cucm-uds`): a reverse proxy in front of the phone system
  // (deploy/nginx, same-origin mode), reached over whatever the page itself was loaded with.
  if (typeof value === 'string' && isSameOriginPath(value.trim())) return null
  if (typeof value === 'string') {
    try {
      url = new URL(value.trim())
    } catch {
      url = null
    }
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return `${field}: must be an https:// address, like ${example}, or a path on this portal's own address such as /${field === 'udsBaseUrl' ? 'cucm-uds' : 'vmrest'} (behind a reverse proxy)`
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return `${field}: must start with https:// – with http:// every password would cross the network unencrypted (http:// is accepted only for localhost)`
  }
  return null
}

export function parseConfig(raw: unknown): ConfigResult {
  const details: string[] = []
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: 'invalid', details: ['config.json must hold a JSON object'] }
  }
  const c = raw as Record<string, unknown>
  const udsProblem = apiUrlProblem(c.udsBaseUrl, 'udsBaseUrl', 'https://cucm.example.com:8443/cucm-uds')
  if (udsProblem) details.push(udsProblem)
  const hasCupi = c.cupiBaseUrl !== undefined && c.cupiBaseUrl !== null
  const cupiProblem = hasCupi
    ? apiUrlProblem(c.cupiBaseUrl, 'cupiBaseUrl', 'https://cuc.example.com/vmrest (or null)')
    : null
  if (cupiProblem) details.push(cupiProblem)
  let helpdesk: PortalConfig['helpdesk']
  if (c.helpdesk !== undefined) {
    const h = c.helpdesk as Record<string, unknown> | null
    if (!h || typeof h.phone !== 'string' || !h.phone.trim() || h.phone.length > 40) {
      details.push('helpdesk.phone: must be a phone number of 40 characters or less')
    } else if (h.hours !== undefined && (typeof h.hours !== 'string' || h.hours.length > 80)) {
      details.push('helpdesk.hours: must be text of 80 characters or less')
    } else {
      helpdesk = { phone: h.phone.trim(), hours: typeof h.hours === 'string' ? h.hours.trim() : undefined }
    }
  }
  let requestTimeoutMs = 15_000
  if (c.requestTimeoutMs !== undefined) {
    const t = c.requestTimeoutMs
    if (typeof t !== 'number' || !Number.isInteger(t) || t < 1000 || t > 120_000) {
      details.push('requestTimeoutMs: must be a whole number of milliseconds from 1000 to 120000')
    } else requestTimeoutMs = t
  }
  let conferenceNowNumber: string | undefined
  if (c.conferenceNowNumber !== undefined && c.conferenceNowNumber !== null) {
    const n = c.conferenceNowNumber
    if (typeof n !== 'string' || !/^[0-9+*#()\- ]{2,40}$/.test(n.trim())) {
      details.push(
        'conferenceNowNumber: must be a phone number (digits, spaces, + ( ) - * #), 40 characters or less',
      )
    } else conferenceNowNumber = n.trim()
  }
  if (details.length) return { ok: false, problem: 'invalid', details }
  return {
    ok: true,
    config: {
      udsBaseUrl: (c.udsBaseUrl as string).trim(),
      cupiBaseUrl: hasCupi ? (c.cupiBaseUrl as string).trim() : null,
      helpdesk,
      requestTimeoutMs,
      ...(conferenceNowNumber ? { conferenceNowNumber } : {}),
    },
  }
}
