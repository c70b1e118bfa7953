/**
 * What each successful write records in "Your changes": the values before (as cached when the write
 * started) and after (the server's answer), only for what the write touched and actually changed.
 * Pure, so every kind is unit tested; the mutation hooks call these where the write succeeds.
 */
import type { DeviceDetail, DevicePatch } from '../api/devices/device-detail.ts'
import type { LineRules, RuleKind, RulesPatch } from '../api/extensions/line-rules.ts'
import type { LineSettingsPatch, PhoneLine, Preference } from '../api/extensions/line-settings.ts'
import type {
  NewRemoteDestination,
  RemoteDestination,
  RemoteDestinationPatch,
} from '../api/remote-destinations/remote-destinations.ts'
import type { NewSubscription, ServiceScope, SubscribedService } from '../api/services/services.ts'
import type { SpeedDial } from '../api/speed-dials/speed-dials.ts'
import type {
  ChangeDetail,
  Forward,
  LineSettingValues,
  PhoneDndValues,
  SpeedDialTarget,
} from '../lib/change-log.ts'

import { forward, sameForward } from './user-changes.ts'

/** One line's busy and no-answer rules (only the rules the patch named and that changed). */
export function lineRulesChange(
  before: LineRules | undefined,
  after: LineRules,
  patch: RulesPatch,
): ChangeDetail | null {
  if (!before) return null
  const was: Partial<Record<RuleKind, Forward>> = {}
  const now: Partial<Record<RuleKind, Forward>> = {}
  for (const kind of Object.keys(patch) as RuleKind[]) {
    if (sameForward(before.rules[kind], after.rules[kind])) continue
    was[kind] = forward(before.rules[kind])
    now[kind] = forward(after.rules[kind])
  }
  if (Object.keys(now).length === 0) return null
  return { kind: 'lineRules', lineId: after.lineId, line: after.directoryNumber, before: was, after: now }
}

const phoneName = (d: Pick<DeviceDetail, 'description' | 'name'>) => d.description || d.name

export function dndValues(d: DeviceDetail): PhoneDndValues {
  const dnd = d.dnd
  return {
    option: dnd?.option ?? '',
    optionName: dnd?.optionName || (dnd?.options.find((o) => o.value === dnd.option)?.name ?? ''),
    alert: dnd?.alert ?? '',
    alertName: dnd?.alertOptions.find((o) => o.value === dnd.alert)?.name ?? '',
  }
}

/** A phone PUT: its name, its do not disturb option. */
export function deviceChanges(
  before: DeviceDetail | null | undefined,
  after: DeviceDetail,
  patch: DevicePatch,
): ChangeDetail[] {
  if (!before) return []
  const out: ChangeDetail[] = []
  const phone = phoneName(before)
  if (patch.description !== undefined && before.description !== after.description)
    out.push({
      kind: 'phoneName',
      deviceId: after.id,
      phone,
      before: before.description,
      after: after.description,
    })
  if (patch.dndOption !== undefined || patch.dndAlert !== undefined) {
    const was = dndValues(before)
    const now = dndValues(after)
    if (was.option !== now.option || was.alert !== now.alert)
      out.push({ kind: 'phoneDnd', deviceId: after.id, phone: phoneName(after), before: was, after: now })
  }
  return out
}

/** The settings a patch names, as they are on a line (values with the server's words). */
export function lineSettingValues(line: PhoneLine, patch: LineSettingsPatch): LineSettingValues {
  const values: LineSettingValues = {}
  if (patch.label !== undefined) values.label = line.settings.label
  if (patch.logMissedCalls !== undefined) values.logMissedCalls = line.settings.logMissedCalls
  for (const p of Object.keys(patch.preferences ?? {}) as Preference[]) {
    const { value, name } = line.settings.preferences[p]
    values.preferences = { ...values.preferences, [p]: { value, name } }
  }
  return values
}

/** A line's settings on one phone (only what the patch named and what changed). */
export function lineSettingsChange(
  before: PhoneLine | undefined,
  after: PhoneLine,
  patch: LineSettingsPatch,
  deviceId: string,
  phone: string,
): ChangeDetail | null {
  if (!before) return null
  const changed: LineSettingsPatch = {}
  if (patch.label !== undefined && before.settings.label !== after.settings.label) changed.label = patch.label
  if (patch.logMissedCalls !== undefined && before.settings.logMissedCalls !== after.settings.logMissedCalls)
    changed.logMissedCalls = patch.logMissedCalls
  for (const [p, v] of Object.entries(patch.preferences ?? {}) as [Preference, string][])
    if (before.settings.preferences[p].value !== after.settings.preferences[p].value)
      changed.preferences = { ...changed.preferences, [p]: v }
  if (Object.keys(changed).length === 0) return null
  return {
    kind: 'lineSettings',
    deviceId,
    phone,
    lineId: after.id,
    line: after.directoryNumber,
    before: lineSettingValues(before, changed),
    after: lineSettingValues(after, changed),
  }
}

const sameDial = (a: SpeedDial, b: SpeedDial) =>
  a.index === b.index && a.number === b.number && a.label === b.label

/** A save of a speed-dial list (null before: the phones' lists differed, nothing to put back). */
export function speedDialsChange(
  target: SpeedDialTarget,
  phone: string,
  before: SpeedDial[] | null,
  after: SpeedDial[],
): ChangeDetail | null {
  if (!before) return null
  if (before.length === after.length && before.every((s, i) => after[i] && sameDial(s, after[i]))) return null
  const copy = (list: SpeedDial[]) => list.map(({ index, number, label }) => ({ index, number, label }))
  return { kind: 'speedDials', target, phone, before: copy(before), after: copy(after) }
}

const SNR_FIELDS = [
  'name',
  'number',
  'ringWhenExtensionDialed',
  'allowTransferToMobile',
  'allowControlFromApplication',
  'schedule',
] as const

/** The fields of a phone that a patch names, as they are on the phone. */
export function snrValues(phone: RemoteDestination, fields: readonly (keyof RemoteDestinationPatch)[]) {
  const values: RemoteDestinationPatch = {}
  for (const f of SNR_FIELDS) if (fields.includes(f)) Object.assign(values, { [f]: phone[f] })
  return values
}

/** A Single Number Reach phone changed (ringing on or off, its details, its schedule). */
export function snrPhoneChange(
  before: RemoteDestination | undefined,
  after: RemoteDestination,
  patch: RemoteDestinationPatch,
): ChangeDetail | null {
  if (!before) return null
  const fields = SNR_FIELDS.filter(
    (f) => patch[f] !== undefined && JSON.stringify(before[f]) !== JSON.stringify(after[f]),
  )
  if (fields.length === 0) return null
  return {
    kind: 'snrPhone',
    itemId: after.id,
    phone: after.name,
    before: snrValues(before, fields),
    after: snrValues(after, fields),
  }
}

/** A phone as it would be added again. */
export function snrEntry(phone: RemoteDestination): NewRemoteDestination {
  return {
    name: phone.name,
    number: phone.number,
    ringWhenExtensionDialed: phone.ringWhenExtensionDialed,
    allowTransferToMobile: phone.allowTransferToMobile,
    allowControlFromApplication: phone.allowControlFromApplication,
    deviceName: phone.device?.name ?? '',
    schedule: phone.schedule,
  }
}

export function snrAdded(id: string, entry: NewRemoteDestination): ChangeDetail {
  return { kind: 'snrList', itemId: id, phone: entry.name, before: null, after: entry }
}

export function snrRemoved(phone: RemoteDestination | undefined): ChangeDetail | null {
  if (!phone) return null
  return { kind: 'snrList', itemId: phone.id, phone: phone.name, before: snrEntry(phone), after: null }
}

export function subscriptionOf(s: SubscribedService): NewSubscription {
  return { phoneServiceId: s.phoneServiceId, name: s.name, parameters: s.parameters }
}

/** A phone service added (the new subscription, found in the list read after the write). */
export function serviceAdded(
  scope: ServiceScope,
  phone: string,
  item: NewSubscription,
  added: SubscribedService | undefined,
): ChangeDetail {
  return {
    kind: 'service',
    scope,
    itemId: added?.id ?? '',
    phone,
    service: added?.name || item.name || item.phoneServiceId,
    before: null,
    after: item,
  }
}

export function serviceRemoved(
  scope: ServiceScope,
  phone: string,
  removed: SubscribedService | undefined,
): ChangeDetail | null {
  if (!removed) return null
  return {
    kind: 'service',
    scope,
    itemId: removed.id,
    phone,
    service: removed.name,
    before: subscriptionOf(removed),
    after: null,
  }
}
