/**
 * The session as React sees it: a secret-free snapshot, published on every change. The credentials
 * themselves live in session-gate.ts; session.ts changes both.
 */
import { ApiError } from './api-error.ts'

export type SessionStatus = 'signedOut' | 'active' | 'expired'
export type EndReason = 'signedOut' | 'cancelled' | 'reloaded'
/** Why the re-sign-in dialog is open: the password was refused, or a change left it uncertain. */
export type ExpiryReason = 'refused' | 'passwordUncertain'
/** How an uncertain password change turned out, once the phone system has shown it. */
export type PasswordOutcome = 'new' | 'old'

export interface SessionSnapshot {
  status: SessionStatus
  userId: string | null
  /** Why the last session ended, for the sign-in page's message. */
  endReason: EndReason | null
  /** Changes on every sign-in and sign-out; lets views reset per session. */
  generation: number
  expiry: ExpiryReason | null
  /** Set when a password change whose answer never came was proven one way or the other. */
  passwordOutcome: PasswordOutcome | null
}

let snapshot: SessionSnapshot = {
  status: 'signedOut',
  userId: null,
  endReason: null,
  generation: 0,
  expiry: null,
  passwordOutcome: null,
}
const listeners = new Set<() => void>()

export function publish(next: Partial<SessionSnapshot>) {
  snapshot = { ...snapshot, ...next }
  for (const listener of listeners) listener()
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function getSnapshot(): SessionSnapshot {
  return snapshot
}

export function signedOutError(): ApiError {
  return new ApiError({ kind: 'auth', status: 401, request: 'sign-in' })
}
