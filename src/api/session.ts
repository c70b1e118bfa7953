/**
 * Who is signed in, held in memory only (never in storage, a URL or a log). The encoded Basic header
 * stays inside this module; React reads a secret-free snapshot.
 *
 * CUCM (and, with LDAP authentication, the organisation's directory) locks an account after a few
 * refused passwords, so credentials are handed out by a gate with one rule:
 *
 *   At most one request travels with credentials the portal has not seen accepted recently.
 *
 * Credentials accepted in the last QUIET_MS go out on as many parallel requests as a page needs.
 * After a quiet spell, a network error or timeout, a new password, or a password change whose outcome
 * is unknown, the next authenticated request goes alone (the "probe") and the rest wait for its
 * answer. A refused probe opens the re-sign-in dialog with everything else still waiting, so a
 * password changed elsewhere costs one refused attempt, never a burst.
 *
 * UDS and Unity Connection (when it takes the portal's password) share one gate: with LDAP both check
 * the same directory account, whose lockout counter is one. Separate voicemail credentials get a gate
 * of their own.
 *
 * Sessions are generations: signing out aborts every request in flight, and a late answer from an
 * earlier generation can never resume, extend or change the current one.
 *
 * This module is the session's lifecycle; the gate is session-gate.ts, the snapshot React reads is
 * session-store.ts. Everything is re-exported here, so callers import from one place.
 */
import {
  pump,
  resetGates,
  setAcceptedPassword,
  setPasswordCandidates,
  setUnprovenPassword,
  setVoicemailCredentials,
} from './session-gate.ts'
import { getSnapshot, publish, signedOutError, type EndReason } from './session-store.ts'

export {
  acquire,
  gateState,
  hasSeparateCupiCredentials,
  QUIET_MS,
  settle,
  UNCERTAIN_MS,
  type Ticket,
  type Verdict,
} from './session-gate.ts'
export {
  getSnapshot,
  subscribe,
  type EndReason,
  type ExpiryReason,
  type PasswordOutcome,
  type SessionSnapshot,
  type SessionStatus,
} from './session-store.ts'

/** RFC 7617 Basic credentials encoded from UTF-8 (plain btoa throws on non-Latin-1 passwords). */
export function basicHeader(userId: string, password: string): string {
  const bytes = new TextEncoder().encode(`${userId}:${password}`)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `Basic ${btoa(binary)}`
}

/**
 * Starts a new generation with these credentials (null: signed out): every request of the previous one
 * is aborted, waiting ones are rejected, and their answers are ignored.
 */
function nextGeneration(userId: string | null, authorization: string | null, endReason: EndReason | null) {
  resetGates(authorization)
  publish({
    status: userId ? 'active' : 'signedOut',
    userId,
    endReason,
    generation: getSnapshot().generation + 1,
    expiry: null,
    passwordOutcome: null,
  })
}

/** After the server accepted these credentials (sign-in). */
export function startSession(userId: string, authorization: string) {
  nextGeneration(userId, authorization, null)
}

export function endSession(reason: EndReason = 'signedOut') {
  nextGeneration(null, null, reason)
}

/** The generation a caller must name to change the session later (see resumeSession). */
export function currentGeneration(): number {
  return getSnapshot().generation
}

/** Whether a late answer still belongs to the session now (same generation, not signed out). */
function current(generation: number): boolean {
  const snapshot = getSnapshot()
  return generation === snapshot.generation && snapshot.status !== 'signedOut'
}

/**
 * The user signed in again through the dialog with credentials the server has just accepted. Ignored
 * when the session it belongs to has ended meanwhile.
 */
export function resumeSession(generation: number, authorization: string) {
  if (!current(generation)) return
  setAcceptedPassword(authorization)
  publish({ status: 'active', expiry: null })
  pump()
}

/**
 * The server confirmed a password change. The new password has not been seen accepted yet, so the
 * next request goes alone. Ignored when the session has ended meanwhile.
 */
export function passwordChanged(generation: number, authorization: string) {
  if (!current(generation)) return
  setUnprovenPassword(authorization)
  publish({ passwordOutcome: null })
  pump()
}

/**
 * A password change whose answer never came (timeout, dropped connection): a slow CUCM may still
 * apply it. Both candidates are kept; the next request goes alone with the new one; on a refusal the
 * old one is tried once; a later refusal of the proven one (the change landing late) switches to the
 * other once. Never more than two refusals in a row before the user is asked.
 */
export function passwordMayHaveChanged(generation: number, authorization: string) {
  if (!current(generation) || !setPasswordCandidates(authorization)) return
  publish({ passwordOutcome: null })
  pump()
}

/** Separate Unity Connection credentials the server has just accepted. Memory only. */
export function setCupiCredentials(authorization: string | null) {
  if (getSnapshot().status === 'signedOut') return
  setVoicemailCredentials(authorization)
  pump()
}

export function currentUserId(): string {
  const { userId } = getSnapshot()
  if (!userId) throw signedOutError()
  return userId
}
