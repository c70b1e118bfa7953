/**
 * One phone in detail (UDS device, uds-api §4.1–4.2): its name as the user sees it and whether they
 * may change it, what Do not disturb does on it, its user guide; and the PUT that renames it or sets
 * its DND option. Pure parser and builder, plus the two calls.
 */
import { ApiError } from '../api-error.ts'
import { request, segment } from '../client.ts'
import { attr, bool, buildXml, element, list, text, type XmlBody, type XmlObject } from '../xml.ts'
import { dndOption, parseDevice, type Device, type DeviceDnd } from './devices.ts'

/** One entry of an option list the server sends inline (value + its own words). */
export interface InlineOption {
  value: string
  name: string
}

export interface DndSettings {
  /** DND is on for this phone (the switch itself lives on the Do not disturb page). */
  enabled: boolean
  /** The chosen DND option's value ('' when the server names none), and its name when given. */
  option: string
  optionName: string
  /** The options this phone offers (Ringer Off, Call Reject, …); empty when it offers no choice. */
  options: InlineOption[]
  /** The incoming call alert while DND is on ('' when the server names none), and its choices. */
  alert: string
  alertOptions: InlineOption[]
}

export interface DeviceDetail extends Device {
  /** Who set the description the user sees (10.5+): the user's own name or the administrator's. */
  descriptionSource: 'user' | 'admin' | undefined
  /** Absent when the device reports no DND block. */
  dnd: DndSettings | undefined
  /** The phone's user guide (a PDF), '' when none. */
  userGuide: string
}

/** The items of an inline option list: `<option value="1">Light and Prompt</option>…`. */
export function parseInlineOptions(node: XmlObject | undefined): InlineOption[] {
  return list(node, 'option').map((o) => ({
    value: attr(o, 'value') ?? text(o, 'value'),
    name: text(o).trim(),
  }))
}

/**
 * The DND block. Cisco's reference nests it badly (an `<option>` wrapping `<supportedDndOptions>`, and
 * the ring settings inside `<incomingCallAlertSetting>`); the block is read wherever its parts sit.
 */
export function parseDndSettings(node: XmlObject | undefined): DndSettings | undefined {
  if (!node) return undefined
  const chosen = element(node, 'option')
  const supported = element(node, 'supportedDndOptions') ?? element(chosen, 'supportedDndOptions')
  const alert = element(node, 'incomingCallAlertSetting')
  const ring =
    element(alert, 'supportedRingSettings') ??
    element(node, 'supportedRingSettings') ??
    element(chosen, 'supportedRingSettings')
  return {
    enabled: bool(node, 'enable'),
    option: chosen ? (attr(chosen, 'value') ?? '') : '',
    optionName: chosen ? text(chosen).trim() : '',
    options: parseInlineOptions(supported),
    alert: alert ? (attr(alert, 'value') ?? '') : '',
    alertOptions: parseInlineOptions(ring),
  }
}

export function parseDeviceDetail(root: XmlObject): DeviceDetail {
  const source = attr(element(root, 'description'), 'source')
  return {
    ...parseDevice(root),
    descriptionSource: source === 'user' || source === 'admin' ? source : undefined,
    dnd: parseDndSettings(element(root, 'doNotDisturbSettings')),
    userGuide: attr(element(root, 'userGuide'), 'uri') ?? text(root, 'userGuide').trim(),
  }
}

/** What to change on a phone. Absent = unchanged; a description of '' goes back to the administrator's. */
export interface DevicePatch {
  description?: string
  dndOption?: string
  dndAlert?: string
}

/** The device PUT body (uds-api §4.2); the DND block carries only what changes (never `enable`). */
export function toDeviceXml(patch: DevicePatch): string {
  const body: XmlBody = {}
  if (patch.description !== undefined) body.description = patch.description
  if (patch.dndOption !== undefined || patch.dndAlert !== undefined) {
    body.doNotDisturbSettings = {
      option: patch.dndOption,
      incomingCallAlertSetting: patch.dndAlert,
    }
  }
  return buildXml('device', body)
}

const devicePath = (userId: string, deviceId: string) =>
  `/user/${segment(userId)}/device/${segment(deviceId)}`

/** A phone's detail; null when the phone is no longer the user's (404: an administrator moved it). */
export async function getDeviceDetail(
  userId: string,
  deviceId: string,
  signal?: AbortSignal,
): Promise<DeviceDetail | null> {
  try {
    const res = await request({ path: devicePath(userId, deviceId), signal, label: 'GET device' }, 'device')
    return parseDeviceDetail(res.root!)
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'notFound') return null
    throw error
  }
}

/** PUT answers with the updated device, which becomes the cached one (no refetch). */
export async function putDevice(userId: string, deviceId: string, patch: DevicePatch): Promise<DeviceDetail> {
  const res = await request(
    { method: 'PUT', path: devicePath(userId, deviceId), body: toDeviceXml(patch), label: 'PUT device' },
    'device',
  )
  return parseDeviceDetail(res.root!)
}

/** A phone's do not disturb option in the call path's terms ("When someone calls you"), from its detail. */
export function deviceDnd(detail: Pick<DeviceDetail, 'id' | 'dnd'>): DeviceDnd {
  const dnd = detail.dnd
  if (!dnd) return { deviceId: detail.id, enabled: false, option: '' }
  const name = dnd.optionName || dnd.options.find((o) => o.value === dnd.option)?.name || ''
  return { deviceId: detail.id, enabled: dnd.enabled, option: dndOption(name, dnd.option) }
}
