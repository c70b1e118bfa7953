/** Settings for the mock CLI from environment variables and `--flags` (flags win). */
import { DEFAULT_CORS_ORIGINS, type MockOptions } from './app.ts'
import { parseRelease } from './model/version.ts'

export interface CliOptions extends Partial<MockOptions> {
  port: number
  host?: string
  tls: boolean
}

export class OptionsError extends Error {}

const FLAGS: Record<string, string> = {
  port: 'MOCK_PORT',
  host: 'MOCK_HOST',
  'cors-origins': 'MOCK_CORS_ORIGINS',
  'cors-max-age': 'MOCK_CORS_MAX_AGE',
  'latency-ms': 'MOCK_LATENCY_MS',
  'lockout-attempts': 'MOCK_LOCKOUT_ATTEMPTS',
  'lockout-minutes': 'MOCK_LOCKOUT_MINUTES',
  'uds-version': 'MOCK_UDS_VERSION',
  'users-auth': 'MOCK_USERS_AUTH',
  tls: 'MOCK_TLS',
  control: 'MOCK_CONTROL',
}

export const USAGE = `Usage: npm run mock -- [--port 8443] [--host 127.0.0.1] [--cors-origins a,b] [--cors-max-age 1800] [--latency-ms 0]
       [--lockout-attempts 3] [--lockout-minutes 30] [--uds-version 14.0.1] [--users-auth on|off] [--tls 0|1] [--control on|off]
Each flag has an environment variable: MOCK_PORT, MOCK_HOST, MOCK_CORS_ORIGINS, MOCK_CORS_MAX_AGE, MOCK_LATENCY_MS,
MOCK_LOCKOUT_ATTEMPTS, MOCK_LOCKOUT_MINUTES, MOCK_UDS_VERSION, MOCK_USERS_AUTH, MOCK_TLS, MOCK_CONTROL (flags win).
MOCK_CONTROL_TOKEN (environment only, so it never shows in a process list) makes the control routes
require Authorization: Bearer <token>. The default host is loopback only (127.0.0.1 and ::1).`

function int(name: string, v: string, min: number, max: number): number {
  if (!/^[0-9]+$/.test(v.trim()) || Number(v) < min || Number(v) > max) {
    throw new OptionsError(`${name} must be a whole number from ${min} to ${max} (got "${v}")`)
  }
  return Number(v)
}

function flag(name: string, v: string): boolean {
  const s = v.trim().toLowerCase()
  if (['1', 'true', 'on', 'yes'].includes(s)) return true
  if (['0', 'false', 'off', 'no', ''].includes(s)) return false
  throw new OptionsError(`${name} must be on/off, 1/0 or true/false (got "${v}")`)
}

/** Read options; throws OptionsError with a readable message for invalid input. */
export function mockOptionsFromEnv(
  env: Record<string, string | undefined> = process.env,
  argv: string[] = process.argv.slice(2),
): CliOptions {
  const values: Record<string, string | undefined> = {}
  for (const v of Object.values(FLAGS)) values[v] = env[v]
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') continue
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg)
    const key = m?.[1] ? FLAGS[m[1]] : undefined
    if (!m || !key) throw new OptionsError(`unknown argument "${arg}"\n${USAGE}`)
    let value = m[2]
    if (value === undefined) {
      const next = argv[i + 1]
      if (key === 'MOCK_TLS' && (next === undefined || next.startsWith('--'))) value = '1'
      else if (next === undefined) throw new OptionsError(`--${m[1]} needs a value`)
      else {
        value = next
        i++
      }
    }
    values[key] = value
  }
  const out: CliOptions = { port: 8443, tls: false }
  const get = (k: string) => {
    const v = values[k]
    return v === undefined ? undefined : v
  }
  const port = get('MOCK_PORT')
  if (port !== undefined) out.port = int('MOCK_PORT', port, 0, 65535)
  const host = get('MOCK_HOST')
  if (host !== undefined && host.trim() !== '') out.host = host.trim()
  const cors = get('MOCK_CORS_ORIGINS')
  if (cors !== undefined) {
    const list = cors
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    for (const o of list) {
      let u: URL
      try {
        u = new URL(o)
      } catch {
        throw new OptionsError(`MOCK_CORS_ORIGINS: "${o}" is not an origin like http://localhost:5173`)
      }
      if (u.origin !== o)
        throw new OptionsError(`MOCK_CORS_ORIGINS: "${o}" must be a bare origin (scheme://host[:port])`)
    }
    out.corsOrigins = list
  } else out.corsOrigins = DEFAULT_CORS_ORIGINS
  const maxAge = get('MOCK_CORS_MAX_AGE')
  if (maxAge !== undefined) out.corsMaxAge = int('MOCK_CORS_MAX_AGE', maxAge, 0, 86400)
  const lat = get('MOCK_LATENCY_MS')
  if (lat !== undefined) out.latencyMs = int('MOCK_LATENCY_MS', lat, 0, 60000)
  const la = get('MOCK_LOCKOUT_ATTEMPTS')
  if (la !== undefined) out.lockoutAttempts = int('MOCK_LOCKOUT_ATTEMPTS', la, 1, 1000)
  const lm = get('MOCK_LOCKOUT_MINUTES')
  if (lm !== undefined) out.lockoutMinutes = int('MOCK_LOCKOUT_MINUTES', lm, 0, 100000)
  const ver = get('MOCK_UDS_VERSION')
  if (ver !== undefined) {
    if (!parseRelease(ver))
      throw new OptionsError(`MOCK_UDS_VERSION must look like 14.0.1, 12.5.1, 11.5 or 10.5(2) (got "${ver}")`)
    out.udsVersion = ver.trim()
  }
  const usersAuth = get('MOCK_USERS_AUTH')
  if (usersAuth !== undefined) out.usersAuth = flag('MOCK_USERS_AUTH', usersAuth)
  const tls = get('MOCK_TLS')
  if (tls !== undefined) out.tls = flag('MOCK_TLS', tls)
  const control = get('MOCK_CONTROL')
  if (control !== undefined) out.control = flag('MOCK_CONTROL', control)
  const token = env['MOCK_CONTROL_TOKEN']
  if (token !== undefined && token !== '') {
    if (!/^[!-~]{16,}$/.test(token))
      throw new OptionsError('MOCK_CONTROL_TOKEN must be at least 16 printable characters without spaces')
    out.controlToken = token
  }
  return out
}
