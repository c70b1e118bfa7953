/** Basic authentication with CUCM's lockout: wrong passwords in a row lock the account for a while. */
import type { Persona } from '../model/types.ts'
import type { Ctx } from './context.ts'
import { errorFor, type Api } from './errors.ts'

/** A login is recorded on the first authenticated request after this long without one. */
const QUIET_LOGIN_MS = 5 * 60 * 1000

/** The user name and password of a Basic `Authorization` header (UTF-8), or null. */
export function basicUser(header: string | null): { user: string; password: string } | null {
  if (!header) return null
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)
  if (!m?.[1]) return null
  let decoded: string
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(m[1], 'base64'))
  } catch {
    return null
  }
  const i = decoded.indexOf(':')
  if (i < 0) return null
  return { user: decoded.slice(0, i), password: decoded.slice(i + 1) }
}

/** Check Basic credentials; returns the persona or a 401. Updates the lockout and login bookkeeping. */
export function authenticate(ctx: Ctx, req: Request, api: Api, ip: string): Persona | Response {
  const { opts } = ctx
  const creds = basicUser(req.headers.get('authorization'))
  const fail = (reason: string) => errorFor(api, 401, reason)
  if (!creds) return fail('Authentication required')
  const u = ctx.state.users.find((x) => x.userName === creds.user)
  if (!u || u.directoryOnly) return fail('Invalid credentials')
  if (u.alwaysLocked) return fail('Account locked')
  const now = opts.now()
  if (u.lockedUntil && new Date(u.lockedUntil) > now) return fail('Account locked')
  if (u.lockedUntil) u.lockedUntil = null
  if (creds.password !== u.password) {
    u.failedInARow++
    u.failuresSinceLogin++
    if (u.failedInARow >= opts.lockoutAttempts) {
      u.lockedUntil = new Date(now.getTime() + opts.lockoutMinutes * 60_000).toISOString()
      u.failedInARow = 0
    }
    return fail('Invalid credentials')
  }
  u.failedInARow = 0
  const last = u.lastActivityAt ? new Date(u.lastActivityAt).getTime() : -Infinity
  if (now.getTime() - last >= QUIET_LOGIN_MS) {
    u.lastLogin = { at: now.toISOString(), ip }
    u.failuresSinceLogin = 0
  }
  u.lastActivityAt = now.toISOString()
  return u
}
