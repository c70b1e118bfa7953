/** The user's phones and soft clients (UDS devices). */
import { request, segment } from '../client.ts'
import { attr, element, list, text, type XmlObject } from '../xml.ts'

export interface Device {
  id: string
  /** The system name, e.g. SEP… (shown only in helpdesk details). */
  name: string
  type: string
  model: string
  description: string
  descriptionEditable: boolean
  protocol: string
}

export function parseDevice(node: XmlObject): Device {
  const description = element(node, 'description')
  return {
    id: text(node, 'id'),
    name: text(node, 'name'),
    type: text(node, 'type'),
    model: text(node, 'model'),
    description: text(description),
    descriptionEditable: attr(description, 'editable') === 'true',
    protocol: text(node, 'protocol'),
  }
}

export function parseDevices(root: XmlObject): Device[] {
  return list(root, 'device').map(parseDevice)
}

/** Remote destination profiles and CTI remote devices carry Single Number Reach phones. */
export function isRemoteDestinationCarrier(device: Device): boolean {
  return /remote destination profile|cti remote device/i.test(device.model) || /remote/i.test(device.type)
}

export async function getDevices(userId: string, signal?: AbortSignal): Promise<Device[]> {
  const res = await request(
    { path: `/user/${segment(userId)}/devices`, signal, label: 'GET devices' },
    'devices',
  )
  return parseDevices(res.root!)
}

/** What a device is, for people: a desk phone, a soft client, or a Single Number Reach carrier. */
export type DeviceKind = 'phone' | 'softphone' | 'remoteDestinationProfile' | 'ctiRemoteDevice'

export function deviceKind(device: Pick<Device, 'model' | 'type' | 'name'>): DeviceKind {
  if (/cti remote device/i.test(device.model) || /cti remote/i.test(device.type)) return 'ctiRemoteDevice'
  if (isRemoteDestinationCarrier({ model: device.model, type: device.type } as Device))
    return 'remoteDestinationProfile'
  if (/client services framework|jabber|webex|softphone|ip communicator/i.test(device.model))
    return 'softphone'
  if (/^(CSF|BOT|TCT|TAB)/.test(device.name)) return 'softphone'
  return 'phone'
}

/**
 * A phone's do not disturb option (uds-api §4.1, only in the device's detail): Ringer Off shows the
 * call silently, Call Reject doesn't present it; '' when the phone says neither. The option list's
 * values (0 Ringer Off, 1 Call Reject, 2 the common phone profile's) are the mock's; the names are
 * read too, so a server that numbers them differently is still understood.
 */
export type DndOption = 'ringerOff' | 'callReject' | 'common' | ''

export interface DeviceDnd {
  deviceId: string
  enabled: boolean
  option: DndOption
}

const DND_BY_VALUE: Record<string, DndOption> = { '0': 'ringerOff', '1': 'callReject', '2': 'common' }

/** The option in the call path's terms, by its name (any numbering), else by the mock's values. */
export function dndOption(name: string, value: string): DndOption {
  const lower = name.toLowerCase()
  const byName: DndOption = /reject/.test(lower)
    ? 'callReject'
    : /ringer/.test(lower)
      ? 'ringerOff'
      : /common/.test(lower)
        ? 'common'
        : ''
  return byName || (DND_BY_VALUE[value] ?? '')
}
