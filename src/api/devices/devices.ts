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
