/**
 * The credential gate, with one rule (why: session.ts):
 *
 *   At most one request travels with credentials the portal has not seen accepted recently.
 *
 * One gate per account: the portal's (UDS, and Unity Connection when it takes the portal's password)
 * and, when the user gave them, the voicemail's own credentials. api/client asks for a ticket before
 * each authenticated request (`acquire`) and settles it with what the answer proved (`settle`);
 * session.ts sets the credentials when a session starts, resumes or changes its password.
 */
import { ApiError } from './api-error.ts'
import { getSnapshot, publish, signedOutError, type PasswordOutcome } from './session-store.ts'

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

/**
 * A new generation with these credentials (null: signed out): every request of the previous one is
 * aborted, waiting ones are rejected, and their answers are ignored.
 */
export function resetGates(authorization: string | null) {
  controller.abort(signedOutError())
  controller = new AbortController()
  const pending = waiters
  waiters = []
  for (const waiter of pending) waiter.reject(signedOutError())
  portal = newGate('portal', authorization, authorization !== null)
  voicemail = null
  voicemailOwn = false
}

/** The user signed in again through the dialog with credentials the server has just accepted. */
export function setAcceptedPassword(authorization: string) {
  portal.header = authorization
  portal.acceptedAt = now()
  portal.refusals = 0
  portal.uncertain = null
}

/** A confirmed password change: the new password has not been seen accepted yet. */
export function setUnprovenPassword(authorization: string) {
  portal.header = authorization
  portal.acceptedAt = 0
  portal.refusals = 0
  portal.uncertain = null
}

/**
 * A password change whose answer never came: keeps both candidates and tries the new one first.
 * Returns false (nothing changed) when there are no credentials to keep.
 */
export function setPasswordCandidates(authorization: string): boolean {
  if (!portal.header) return false
  const previous = portal.uncertain?.previous ?? portal.header
  portal.uncertain = { next: authorization, previous, until: now() + UNCERTAIN_MS }
  portal.header = authorization
  portal.acceptedAt = 0
  portal.refusals = 0
  return true
}

/** Separate Unity Connection credentials the server has just accepted (null: drop them). */
export function setVoicemailCredentials(authorization: string | null) {
  voicemail = authorization ? newGate('voicemail', authorization, true) : null
  if (authorization) voicemailOwn = true
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
  if (gate === portal && getSnapshot().status !== 'active') return null
  const base = {
    authorization: gate.header,
    signal: controller.signal,
    generation: getSnapshot().generation,
    gate,
  }
  if (trusted(gate)) return { ...base, probe: false }
  if (gate.probing) return null
  gate.probing = true
  return { ...base, probe: true }
}

/** Hands out tickets to waiting requests, in order, as far as the rule allows. */
export function pump() {
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
  if (getSnapshot().status === 'signedOut') return Promise.reject(signedOutError())
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
  if (ticket.generation !== getSnapshot().generation || getSnapshot().status === 'signedOut') return
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
  if (gate === portal && getSnapshot().passwordOutcome !== outcome) publish({ passwordOutcome: outcome })
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
