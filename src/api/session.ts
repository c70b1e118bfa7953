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

/** Credentials not seen accepted for this long go out on one request first. */
export const QUIET_MS = 30_000
/** After a password change whose answer never came, how long the change may still land on the server. */
export const UNCERTAIN_MS = 3 * 60_000

/** One account's credentials and lockout counter. */
interface Gate {
  name: 'portal' | 'voicemail'
  header: string | null
  /** When these credentials last got an answer that was not a refusal (0: not since they were set). */
  acceptedAt: number
  /** A lone request is out testing the credentials. */
  probing: boolean
  /** Refusals in a row: never more than two before the user is asked. */
  refusals: number
  /** Both candidates of a password change whose answer never came, until one is proven. */
  uncertain: { next: string; previous: string; until: number } | null
}

interface Waiter {
  gate: Gate
  resolve: (ticket: Ticket) => void
  reject: (error: unknown) => void
}

/** Permission to send one request with these credentials; settle it with what the server said. */
export interface Ticket {
  readonly authorization: string
  /** Aborted when the session that issued the ticket ends. */
  readonly signal: AbortSignal
  /** This request goes alone: let it finish even if its caller stops waiting. */
  readonly probe: boolean
  readonly generation: number
  readonly gate: Gate
}

/** What the answer proved about the credentials. */
export type Verdict =
  | 'accepted' // any answer that is not a refusal or a server failure
  | 'refused' // 401
  | 'unknown' // no answer (network, timeout): trust them again only after a lone request
  | 'inconclusive' // 5xx, a caller abort: nothing learned

const now = () => Date.now()

function newGate(name: Gate['name'], header: string | null, accepted: boolean): Gate {
  return { name, header, acceptedAt: accepted ? now() : 0, probing: false, refusals: 0, uncertain: null }
}

let portal = newGate('portal', null, false)
let voicemail: Gate | null = null
/** Unity Connection wanted its own password this session: never fall back to the portal's again. */
let voicemailOwn = false
let controller = new AbortController()
let waiters: Waiter[] = []
let snapshot: SessionSnapshot = {
  status: 'signedOut',
  userId: null,
  endReason: null,
  generation: 0,
  expiry: null,
  passwordOutcome: null,
}
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

function signedOutError(): ApiError {
  return new ApiError({ kind: 'auth', status: 401, request: 'sign-in' })
}

/**
 * Starts a new generation with these credentials (null: signed out): every request of the previous one
 * is aborted, waiting ones are rejected, and their answers are ignored.
 */
function nextGeneration(userId: string | null, authorization: string | null, endReason: EndReason | null) {
  controller.abort(signedOutError())
  controller = new AbortController()
  const pending = waiters
  waiters = []
  for (const waiter of pending) waiter.reject(signedOutError())
  portal = newGate('portal', authorization, authorization !== null)
  voicemail = null
  voicemailOwn = false
  publish({
    status: userId ? 'active' : 'signedOut',
    userId,
    endReason,
    generation: snapshot.generation + 1,
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
  return snapshot.generation
}

/**
 * The user signed in again through the dialog with credentials the server has just accepted. Ignored
 * when the session it belongs to has ended meanwhile.
 */
export function resumeSession(generation: number, authorization: string) {
  if (generation !== snapshot.generation || snapshot.status === 'signedOut') return
  portal.header = authorization
  portal.acceptedAt = now()
  portal.refusals = 0
  portal.uncertain = null
  publish({ status: 'active', expiry: null })
  pump()
}

/**
 * The server confirmed a password change. The new password has not been seen accepted yet, so the
 * next request goes alone. Ignored when the session has ended meanwhile.
 */
export function passwordChanged(generation: number, authorization: string) {
  if (generation !== snapshot.generation || snapshot.status === 'signedOut') return
  portal.header = authorization
  portal.acceptedAt = 0
  portal.refusals = 0
  portal.uncertain = null
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
  if (generation !== snapshot.generation || snapshot.status === 'signedOut' || !portal.header) return
  const previous = portal.uncertain?.previous ?? portal.header
  portal.uncertain = { next: authorization, previous, until: now() + UNCERTAIN_MS }
  portal.header = authorization
  portal.acceptedAt = 0
  portal.refusals = 0
  publish({ passwordOutcome: null })
  pump()
}

/** Separate Unity Connection credentials the server has just accepted. Memory only. */
export function setCupiCredentials(authorization: string | null) {
  if (snapshot.status === 'signedOut') return
  voicemail = authorization ? newGate('voicemail', authorization, true) : null
  if (authorization) voicemailOwn = true
  pump()
}

export function hasSeparateCupiCredentials(): boolean {
  return voicemail !== null
}

/** Credentials for CUPI calls: the voicemail ones when the user gave them, else the portal's. */
function gateFor(api: 'uds' | 'cupi'): Gate {
  return api === 'cupi' && voicemail ? voicemail : portal
}

function trusted(gate: Gate): boolean {
  if (gate.uncertain) {
    if (now() > gate.uncertain.until && gate.acceptedAt > 0) gate.uncertain = null
    else return false // every request alone until the change is proven or can no longer land
  }
  return gate.acceptedAt > 0 && now() - gate.acceptedAt < QUIET_MS
}

/** A ticket for this gate now, or null when the request has to wait. */
function grant(gate: Gate): Ticket | null {
  if (!gate.header) return null
  if (gate === portal && snapshot.status !== 'active') return null
  const base = {
    authorization: gate.header,
    signal: controller.signal,
    generation: snapshot.generation,
    gate,
  }
  if (trusted(gate)) return { ...base, probe: false }
  if (gate.probing) return null
  gate.probing = true
  return { ...base, probe: true }
}

/** Hands out tickets to waiting requests, in order, as far as the rule allows. */
function pump() {
  const still: Waiter[] = []
  for (const waiter of waiters) {
    if (waiter.gate !== portal && waiter.gate !== voicemail) {
      // Credentials dropped (voicemail password refused) or replaced by a new session.
      waiter.reject(new ApiError({ kind: 'auth', status: 401, request: `${waiter.gate.name} credentials` }))
      continue
    }
    const ticket = grant(waiter.gate)
    if (ticket) waiter.resolve(ticket)
    else still.push(waiter)
  }
  waiters = still
}

/**
 * Credentials for one authenticated request: at once when they were accepted recently, else once the
 * request in flight has proven them (or this request is the one to prove them). Waits while the
 * session is expired; rejects with an auth error when signed out.
 */
export function acquire(api: 'uds' | 'cupi', signal?: AbortSignal): Promise<Ticket> {
  if (snapshot.status === 'signedOut') return Promise.reject(signedOutError())
  if (api === 'cupi' && voicemailOwn && !voicemail) {
    return Promise.reject(new ApiError({ kind: 'auth', status: 401, request: 'voicemail credentials' }))
  }
  const gate = gateFor(api)
  // Behind others waiting for the same credentials, unless they are trusted (then nobody waits long).
  const queued = waiters.some((w) => w.gate === gate)
  const ticket = !queued || trusted(gate) ? grant(gate) : null
  if (ticket) return Promise.resolve(ticket)
  if (signal?.aborted) return Promise.reject(signal.reason)
  return new Promise((resolve, reject) => {
    const waiter: Waiter = { gate, resolve, reject }
    waiters.push(waiter)
    signal?.addEventListener(
      'abort',
      () => {
        if (!waiters.includes(waiter)) return
        waiters = waiters.filter((w) => w !== waiter)
        reject(signal.reason)
      },
      { once: true },
    )
  })
}

/**
 * Records what the server's answer proved about a ticket's credentials. Answers from an ended
 * session, or for credentials already replaced, change nothing.
 */
export function settle(ticket: Ticket, verdict: Verdict) {
  if (ticket.generation !== snapshot.generation || snapshot.status === 'signedOut') return
  const gate = ticket.gate
  if (gate !== portal && gate !== voicemail) return
  if (ticket.probe) gate.probing = false
  if (ticket.authorization === gate.header) {
    if (verdict === 'accepted') accepted(gate)
    else if (verdict === 'refused') refused(gate)
    else if (verdict === 'unknown') gate.acceptedAt = 0
  }
  pump()
}

function accepted(gate: Gate) {
  gate.acceptedAt = now()
  gate.refusals = 0
  const uncertain = gate.uncertain
  if (!uncertain) return
  const outcome: PasswordOutcome = gate.header === uncertain.next ? 'new' : 'old'
  // The new password working proves the change landed; the old one working only proves it hasn't yet.
  if (outcome === 'new') gate.uncertain = null
  if (gate === portal && snapshot.passwordOutcome !== outcome) publish({ passwordOutcome: outcome })
}

function refused(gate: Gate) {
  gate.acceptedAt = 0
  gate.refusals += 1
  const uncertain = gate.uncertain
  if (uncertain && gate.refusals < 2) {
    gate.header = gate.header === uncertain.next ? uncertain.previous : uncertain.next
    return
  }
  if (gate === voicemail) {
    // Unity Connection's own password: the voicemail section asks for it again.
    gate.header = null
    voicemail = null
    return
  }
  publish({ status: 'expired', expiry: uncertain ? 'passwordUncertain' : 'refused' })
}

export function currentUserId(): string {
  if (!snapshot.userId) throw signedOutError()
  return snapshot.userId
}

/** For tests: the gate's state without the secrets. */
export function gateState() {
  return {
    trusted: trusted(portal),
    probing: portal.probing,
    refusals: portal.refusals,
    uncertain: portal.uncertain !== null,
    waiting: waiters.length,
  }
}
