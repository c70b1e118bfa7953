/**
 * The changes the user made in this session ("Your changes"): typed data, newest first, kept in
 * memory and in this tab's sessionStorage (per user) so a reload keeps them, cleared at sign-out.
 * A change holds the values before and after, never a secret: a PIN, password or access code change
 * is only "changed". The query hooks record a change where each write succeeds; the words and the
 * undo live in features/changes.
 */
import { useSyncExternalStore } from 'react'
import type { Preference } from '../api/extensions/line-settings.ts'
import type { RuleKind } from '../api/extensions/line-rules.ts'
import type {
  RemoteDestinationPatch,
  NewRemoteDestination,
} from '../api/remote-destinations/remote-destinations.ts'
import type { NewSubscription, ServiceScope } from '../api/services/services.ts'
import type { SpeedDial } from '../api/speed-dials/speed-dials.ts'

export interface Forward {
  toVoicemail: boolean
  destination: string
}

export interface Locale {
  id: string
  name: string
}

/** A phone's do not disturb option and incoming call alert, with the server's words for them. */
export interface PhoneDndValues {
  option: string
  optionName: string
  alert: string
  alertName: string
}

/** A line's settings on one phone (only those a change touched). */
export interface LineSettingValues {
  label?: string
  preferences?: Partial<Record<Preference, { value: string; name: string }>>
  logMissedCalls?: boolean
}

export type SecretKind = 'phonePin' | 'password' | 'voicemailPin' | 'accessCode'

export type SpeedDialTarget = { kind: 'all' } | { kind: 'phone'; phoneId: string }

/** What changed: each kind with its values before and after (null: the entry was not there). */
export type ChangeDetail =
  | { kind: 'displayName'; before: string; after: string }
  | { kind: 'language'; before: Locale; after: Locale }
  | { kind: 'doNotDisturb'; before: boolean; after: boolean }
  | { kind: 'forwardAll'; before: Forward; after: Forward }
  | { kind: 'lineForward'; lineId: string; line: string; before: Forward; after: Forward }
  | {
      kind: 'lineRules'
      lineId: string
      line: string
      before: Partial<Record<RuleKind, Forward>>
      after: Partial<Record<RuleKind, Forward>>
    }
  | { kind: 'phoneName'; deviceId: string; phone: string; before: string; after: string }
  | { kind: 'phoneDnd'; deviceId: string; phone: string; before: PhoneDndValues; after: PhoneDndValues }
  | {
      kind: 'lineSettings'
      deviceId: string
      phone: string
      lineId: string
      line: string
      before: LineSettingValues
      after: LineSettingValues
    }
  | { kind: 'speedDials'; target: SpeedDialTarget; phone: string; before: SpeedDial[]; after: SpeedDial[] }
  | {
      kind: 'snrPhone'
      itemId: string
      phone: string
      before: RemoteDestinationPatch
      after: RemoteDestinationPatch
    }
  | {
      kind: 'snrList'
      /** The phone's id while it is there (after an add: the new one; after a removal: the old one). */
      itemId: string
      phone: string
      before: NewRemoteDestination | null
      after: NewRemoteDestination | null
    }
  | {
      kind: 'service'
      scope: ServiceScope
      /** The subscription's id while it is there ('' when the server named none). */
      itemId: string
      phone: string
      service: string
      before: NewSubscription | null
      after: NewSubscription | null
    }
  | { kind: 'secret'; secret: SecretKind }

export type ChangeKind = ChangeDetail['kind']

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'displayName',
  'language',
  'doNotDisturb',
  'forwardAll',
  'lineForward',
  'lineRules',
  'phoneName',
  'phoneDnd',
  'lineSettings',
  'speedDials',
  'snrPhone',
  'snrList',
  'service',
  'secret',
]

const SECRET_KINDS: readonly SecretKind[] = ['phonePin', 'password', 'voicemailPin', 'accessCode']

export type Change = ChangeDetail & {
  id: string
  /**
   * When, as an ISO time. Ids and times hold no run of more than four digits, so a stored change can
   * never look like a PIN by chance.
   */
  at: string
}

/** At most this many changes are kept (the oldest go first). */
export const MAX_CHANGES = 100

const letters = () =>
  Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')

export function newChange(detail: ChangeDetail, at = Date.now()): Change {
  return { ...detail, id: letters(), at: new Date(at).toISOString() }
}

/** The log with a new change first (the oldest dropped beyond MAX_CHANGES). */
export function addChange(changes: readonly Change[], change: Change): Change[] {
  return [change, ...changes].slice(0, MAX_CHANGES)
}

/** Only what may be stored: a secret change keeps its kind and time, nothing else. */
function storable(change: Change): Change {
  if (change.kind !== 'secret') return change
  return { id: change.id, at: change.at, kind: 'secret', secret: change.secret }
}

export function serialiseChanges(changes: readonly Change[]): string {
  return JSON.stringify(changes.map(storable))
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** The stored log; anything unreadable is dropped. */
export function parseChanges(raw: string | null): Change[] {
  if (!raw) return []
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(data)) return []
  return data.filter(
    (c): c is Change =>
      isObject(c) &&
      typeof c.id === 'string' &&
      typeof c.at === 'string' &&
      CHANGE_KINDS.includes(c.kind as ChangeKind) &&
      (c.kind === 'secret' ? SECRET_KINDS.includes(c.secret as SecretKind) : 'before' in c && 'after' in c),
  )
}

// ---- the store: one user's log, in memory and in this tab's sessionStorage ----------------------

const PREFIX = 'changes:'
const EMPTY: Change[] = []
let state: { userId: string | null; changes: Change[] } = { userId: null, changes: EMPTY }
const listeners = new Set<() => void>()

function storage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

function load(userId: string) {
  if (state.userId !== userId)
    state = { userId, changes: parseChanges(storage()?.getItem(PREFIX + userId) ?? null) }
  return state.changes
}

function emit() {
  for (const listener of listeners) listener()
}

/** The user's changes, newest first. */
export function getChanges(userId: string): Change[] {
  return load(userId)
}

/** Records a change the user made; returns it. */
export function recordChange(userId: string, detail: ChangeDetail): Change {
  const change = storable(newChange(detail))
  state = { userId, changes: addChange(load(userId), change) }
  try {
    storage()?.setItem(PREFIX + userId, serialiseChanges(state.changes))
  } catch {
    // Storage full or blocked: the list still lives in memory.
  }
  emit()
  return change
}

/** Forgets every user's changes (sign-out). */
export function clearChanges() {
  const s = storage()
  if (s) for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key)
  state = { userId: null, changes: EMPTY }
  emit()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function useChanges(userId: string): Change[] {
  return useSyncExternalStore(
    subscribe,
    () => getChanges(userId),
    () => EMPTY,
  )
}

/** What the query hooks call when a write succeeded (null or []: nothing to record). */
export function recordWrite(userId: string, details: ChangeDetail | ChangeDetail[] | null) {
  for (const detail of Array.isArray(details) ? details : details ? [details] : [])
    recordChange(userId, detail)
}
