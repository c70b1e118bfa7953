/**
 * Who is signed in, held in memory only (never in storage, a URL or a log). The encoded Basic header
 * stays inside this module; React reads a secret-free snapshot.
 *
 * Session expiry: when an authenticated UDS call gets a 401, the session becomes "expired" and every
 * UDS call waits (more calls with stale credentials could lock the account) until the user signs in
 * again through the dialog (resume) or gives up (end). Waiting calls then go ahead with the new
 * credentials, or fail with an auth error.
 */
import { ApiError } from './api-error.ts'

export type SessionStatus = 'signedOut' | 'active' | 'expired'
export type EndReason = 'signedOut' | 'cancelled' | 'reloaded'

export interface SessionSnapshot {
  status: SessionStatus
  userId: string | null
  /** Why the last session ended, for the sign-in page's message. */
  endReason: EndReason | null
  /** Changes on every sign-in; lets views reset per session. */
  generation: number
}

let header: string | null = null
let cupiHeader: string | null = null
let snapshot: SessionSnapshot = { status: 'signedOut', userId: null, endReason: null, generation: 0 }
let waiters: Array<{ resolve: (header: string) => void; reject: (error: unknown) => void }> = []
const listeners = new Set<() => void>()

function publish(next: Partial<SessionSnapshot>) {
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

/** RFC 7617 Basic credentials encoded from UTF-8 (plain btoa throws on non-Latin-1 passwords). */
export function basicHeader(userId: string, password: string): string {
  const bytes = new TextEncoder().encode(`${userId}:${password}`)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `Basic ${btoa(binary)}`
}

/** After the server accepted these credentials. */
export function startSession(userId: string, authorization: string) {
  header = authorization
  cupiHeader = null
  publish({ status: 'active', userId, endReason: null, generation: snapshot.generation + 1 })
}

/** Switches to new credentials (re-sign-in, or after the user changed their password). */
export function resumeSession(authorization: string) {
  header = authorization
  const pending = waiters
  waiters = []
  publish({ status: 'active' })
  for (const waiter of pending) waiter.resolve(authorization)
}

export function endSession(reason: EndReason = 'signedOut') {
  header = null
  cupiHeader = null
  const pending = waiters
  waiters = []
  publish({ status: 'signedOut', userId: null, endReason: reason })
  for (const waiter of pending) {
    waiter.reject(new ApiError({ kind: 'auth', status: 401, request: 'sign-in' }))
  }
}

/** Marks the session expired, unless these credentials were already replaced. */
export function expireSession(usedHeader: string) {
  if (snapshot.status === 'active' && usedHeader === header) publish({ status: 'expired' })
}

/** The current credentials, waiting while the session is expired. */
export function whenActive(signal?: AbortSignal): Promise<string> {
  if (snapshot.status === 'active' && header) return Promise.resolve(header)
  if (snapshot.status === 'signedOut') {
    return Promise.reject(new ApiError({ kind: 'auth', status: 401, request: 'sign-in' }))
  }
  return new Promise((resolve, reject) => {
    const waiter = { resolve, reject }
    waiters.push(waiter)
    signal?.addEventListener('abort', () => {
      waiters = waiters.filter((w) => w !== waiter)
      reject(signal.reason)
    })
  })
}

export function currentUserId(): string {
  if (!snapshot.userId) throw new ApiError({ kind: 'auth', status: 401, request: 'sign-in' })
  return snapshot.userId
}

/** Separate Unity Connection credentials, when CUPI does not accept the portal's. Memory only. */
export function setCupiCredentials(authorization: string | null) {
  cupiHeader = authorization
}

export function cupiAuthorization(): string | null {
  return cupiHeader ?? header
}

export function hasSeparateCupiCredentials(): boolean {
  return cupiHeader !== null
}
