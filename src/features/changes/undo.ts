/**
 * Undo: each kind of change mapped to the request that writes its earlier value back (a partial PUT
 * of the earlier values; for list entries, the entry restored or removed again), and the lost-update
 * comparison: the value on the phone system now against the change's "after".
 */
import type { DevicePatch } from '../../api/devices/device-detail.ts'
import type { LinePatch } from '../../api/extensions/extensions.ts'
import type { RulesPatch } from '../../api/extensions/line-rules.ts'
import type { LineSettingsPatch, Preference } from '../../api/extensions/line-settings.ts'
import type {
  NewRemoteDestination,
  RemoteDestinationPatch,
} from '../../api/remote-destinations/remote-destinations.ts'
import type { NewSubscription, ServiceScope } from '../../api/services/services.ts'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import type { UserPatch } from '../../api/user/user.ts'
import type { Change, ChangeDetail, LineSettingValues, SpeedDialTarget } from '../../lib/change-log.ts'

export type UndoRequest =
  | { via: 'user'; patch: UserPatch }
  | { via: 'line'; lineId: string; patch: LinePatch }
  | { via: 'lineRules'; lineId: string; patch: RulesPatch }
  | { via: 'device'; deviceId: string; patch: DevicePatch }
  | { via: 'phoneLine'; deviceId: string; lineId: string; patch: LineSettingsPatch }
  | { via: 'speedDials'; target: SpeedDialTarget; list: SpeedDial[] }
  | { via: 'snrUpdate'; id: string; patch: RemoteDestinationPatch }
  | { via: 'snrAdd'; entry: NewRemoteDestination }
  | { via: 'snrRemove'; id: string }
  | { via: 'serviceAdd'; scope: ServiceScope; item: NewSubscription }
  | { via: 'serviceRemove'; scope: ServiceScope; id: string }

function settingsPatch(values: LineSettingValues): LineSettingsPatch {
  const patch: LineSettingsPatch = {}
  if (values.label !== undefined) patch.label = values.label
  if (values.logMissedCalls !== undefined) patch.logMissedCalls = values.logMissedCalls
  for (const [p, v] of Object.entries(values.preferences ?? {}) as [Preference, { value: string }][])
    patch.preferences = { ...patch.preferences, [p]: v.value }
  return patch
}

/** The write that puts the earlier value back; null when there is none (a secret, an unknown id). */
export function undoRequest(change: Change): UndoRequest | null {
  switch (change.kind) {
    case 'displayName':
      return { via: 'user', patch: { displayName: change.before } }
    case 'language':
      return { via: 'user', patch: { localeId: change.before.id } }
    case 'doNotDisturb':
      return { via: 'user', patch: { doNotDisturb: change.before } }
    case 'forwardAll':
      return { via: 'user', patch: { callForward: { ...change.before } } }
    case 'lineForward':
      return { via: 'line', lineId: change.lineId, patch: { callForward: { ...change.before } } }
    case 'lineRules':
      return { via: 'lineRules', lineId: change.lineId, patch: { ...change.before } }
    case 'phoneName':
      return { via: 'device', deviceId: change.deviceId, patch: { description: change.before } }
    case 'phoneDnd': {
      // Only what the change changed (an empty alert would reset the phone's own setting).
      const { before, after } = change
      const patch: DevicePatch = {}
      if (before.option !== after.option) patch.dndOption = before.option
      if (before.alert !== after.alert) patch.dndAlert = before.alert
      return { via: 'device', deviceId: change.deviceId, patch }
    }
    case 'lineSettings':
      return {
        via: 'phoneLine',
        deviceId: change.deviceId,
        lineId: change.lineId,
        patch: settingsPatch(change.before),
      }
    case 'speedDials':
      return { via: 'speedDials', target: change.target, list: change.before }
    case 'snrPhone':
      return { via: 'snrUpdate', id: change.itemId, patch: { ...change.before } }
    case 'snrList':
      if (change.before) return { via: 'snrAdd', entry: change.before }
      return change.itemId ? { via: 'snrRemove', id: change.itemId } : null
    case 'service':
      if (change.before) return { via: 'serviceAdd', scope: change.scope, item: change.before }
      return change.itemId ? { via: 'serviceRemove', scope: change.scope, id: change.itemId } : null
    case 'secret':
      return null
  }
}

/** A change's value of the kind's shape (its "before" or "after", or the value read now). */
export type ChangeValue = Exclude<ChangeDetail, { kind: 'secret' }>['after']

/** Key order and undefined members don't make two values differ. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    )
  return value
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/** For entries of a list, what identifies the entry the user sees (a re-add changes ids, not this). */
function entryKey(change: Change, value: ChangeValue): unknown {
  if (value === null) return null
  if (change.kind === 'snrList') {
    const entry = value as NewRemoteDestination
    return [entry.name, entry.number]
  }
  if (change.kind === 'service') {
    const item = value as NewSubscription
    return [item.phoneServiceId]
  }
  if (change.kind === 'speedDials')
    return (value as SpeedDial[]).map(({ index, number, label }) => ({ index, number, label }))
  return value
}

/**
 * Whether the value changed elsewhere since the change: the value on the phone system now differs
 * from the change's "after". An undo then shows both and asks first.
 */
export function changedSince(change: Change, now: ChangeValue): boolean {
  if (change.kind === 'secret') return false
  return !sameValue(entryKey(change, now), entryKey(change, change.after))
}

/**
 * The phone system already has the earlier value (an undo whose answer never came went through, or
 * someone put it back elsewhere): nothing to write.
 */
export function alreadyUndone(change: Change, now: ChangeValue): boolean {
  if (change.kind === 'secret') return false
  return sameValue(entryKey(change, now), entryKey(change, change.before))
}
