/**
 * UDS remote destinations: the user's other phones (mobile, home) that ring with their desk number
 * (Single Number Reach). The list answer carries each one's schedule, so the page needs one read.
 *
 * Quirks (uds-api.md §3.7): GET and POST name the number `destination`, the documented PUT example
 * names it `destinationNumber` (we send what each example shows); POST answers 201 with a Location
 * and no body; DELETE is not documented (an assumption: 204, or 405 where it is not offered).
 */
import { ApiError } from '../api-error.ts'
import { request, segment } from '../client.ts'
import { parseOptions, type Option } from '../system/system.ts'
import { attr, bool, buildXml, element, list, text, type XmlBody, type XmlObject } from '../xml.ts'
import { parseSchedule, toScheduleXml, type Schedule } from './schedule.ts'

export interface AssociatedDevice {
  /** The remote destination profile or CTI remote device name (e.g. RDPDEMO). */
  name: string
  description: string
  model: string
  /** remoteDestinationUsage: 0 Single Number Reach, 1 Application Control, 2 Dual Mode Mobile. */
  usage: string
}

export interface RemoteDestination {
  id: string
  name: string
  /** The number as the server stores it. */
  number: string
  /** Rings when the user's desk number is called. */
  ringWhenExtensionDialed: boolean
  allowTransferToMobile: boolean
  allowControlFromApplication: boolean
  device: AssociatedDevice | null
  /** null: rings at any time. */
  schedule: Schedule | null
}

export function parseRemoteDestination(node: XmlObject): RemoteDestination {
  const device = list(element(node, 'associatedDevices'), 'associatedDevice')[0]
  const usage = element(device, 'usage')
  return {
    id: text(node, 'id'),
    name: text(node, 'name'),
    number: text(node, 'destination') || text(node, 'destinationNumber'),
    ringWhenExtensionDialed: bool(node, 'ringWhenExtensionDialed'),
    allowTransferToMobile: bool(node, 'allowTransferToMobile'),
    allowControlFromApplication: bool(node, 'allowControlFromApplication'),
    device: device
      ? {
          name: text(device, 'name'),
          description: text(device, 'description'),
          model: text(device, 'model'),
          usage: attr(usage, 'value') ?? text(usage),
        }
      : null,
    schedule: parseSchedule(node),
  }
}

export function parseRemoteDestinations(root: XmlObject): RemoteDestination[] {
  return list(root, 'remoteDestination').map(parseRemoteDestination)
}

/** A new phone. */
export interface NewRemoteDestination {
  name: string
  number: string
  ringWhenExtensionDialed: boolean
  allowTransferToMobile: boolean
  allowControlFromApplication: boolean
  /** The profile/device it belongs to; '' lets the server pick the user's only one. */
  deviceName: string
  schedule: Schedule | null
}

/** What to change: an absent field stays as it is; schedule null clears it (rings at any time). */
export interface RemoteDestinationPatch {
  name?: string
  number?: string
  ringWhenExtensionDialed?: boolean
  allowTransferToMobile?: boolean
  allowControlFromApplication?: boolean
  deviceName?: string
  schedule?: Schedule | null
}

const SNR_USAGE = '0'

/** POST body: the seed's example, with `destination`. */
export function toNewRemoteDestinationXml(input: NewRemoteDestination): string {
  const body: XmlBody = {
    name: input.name,
    destination: input.number,
    ringWhenExtensionDialed: String(input.ringWhenExtensionDialed),
    allowTransferToMobile: String(input.allowTransferToMobile),
    allowControlFromApplication: String(input.allowControlFromApplication),
    associatedDevices: input.deviceName
      ? { associatedDevice: { name: input.deviceName, usage: SNR_USAGE } }
      : undefined,
    schedule: input.schedule ? toScheduleXml(input.schedule) : undefined,
  }
  return buildXml('remoteDestination', body)
}

/** PUT body: only what changed, with `destinationNumber` as the documented PUT example has it. */
export function toRemoteDestinationPatchXml(patch: RemoteDestinationPatch): string {
  const flag = (v: boolean | undefined) => (v === undefined ? undefined : String(v))
  const body: XmlBody = {
    name: patch.name,
    destinationNumber: patch.number,
    ringWhenExtensionDialed: flag(patch.ringWhenExtensionDialed),
    allowTransferToMobile: flag(patch.allowTransferToMobile),
    allowControlFromApplication: flag(patch.allowControlFromApplication),
    associatedDevices:
      patch.deviceName === undefined ? undefined : { associatedDevice: { name: patch.deviceName } },
    schedule: patch.schedule === undefined ? undefined : toScheduleXml(patch.schedule),
  }
  return buildXml('remoteDestination', body)
}

function userPath(userId: string) {
  return `/user/${segment(userId)}`
}

export async function getRemoteDestinations(userId: string, signal?: AbortSignal) {
  const res = await request(
    { path: `${userPath(userId)}/remoteDestinations`, signal, label: 'GET remoteDestinations' },
    'remoteDestinations',
  )
  return parseRemoteDestinations(res.root!)
}

export async function getRemoteDestination(userId: string, id: string, signal?: AbortSignal) {
  const res = await request(
    {
      path: `${userPath(userId)}/remoteDestination/${segment(id)}`,
      signal,
      label: 'GET remoteDestination',
    },
    'remoteDestination',
  )
  return parseRemoteDestination(res.root!)
}

/** The id at the end of a Location such as …/remoteDestination/{id}; '' when there is none. */
export function idFromLocation(location: string | null): string {
  if (!location) return ''
  const m = /\/remoteDestination\/([^/?#]+)\/?(?:[?#].*)?$/.exec(location)
  if (!m?.[1]) return ''
  try {
    return decodeURIComponent(m[1])
  } catch {
    return ''
  }
}

/** Adds a phone; answers the new id from the 201's Location ('' if the server gave none). */
export async function postRemoteDestination(userId: string, input: NewRemoteDestination): Promise<string> {
  const res = await request({
    method: 'POST',
    path: `${userPath(userId)}/remoteDestination`,
    body: toNewRemoteDestinationXml(input),
    label: 'POST remoteDestination',
  })
  return idFromLocation(res.headers.get('Location'))
}

/** PUT answers the updated remote destination. */
export async function putRemoteDestination(
  userId: string,
  id: string,
  patch: RemoteDestinationPatch,
): Promise<RemoteDestination> {
  const res = await request(
    {
      method: 'PUT',
      path: `${userPath(userId)}/remoteDestination/${segment(id)}`,
      body: toRemoteDestinationPatchXml(patch),
      label: 'PUT remoteDestination',
    },
    'remoteDestination',
  )
  return parseRemoteDestination(res.root!)
}

/**
 * Not in the UDS docs (an assumption): 204 when removed; a server without it answers 405. A 404 means
 * it is gone already (an earlier attempt that timed out went through, or another session removed it),
 * which is what the user asked for.
 */
export async function deleteRemoteDestination(userId: string, id: string): Promise<void> {
  try {
    await request({
      method: 'DELETE',
      path: `${userPath(userId)}/remoteDestination/${segment(id)}`,
      label: 'DELETE remoteDestination',
    })
  } catch (error) {
    if (!(error instanceof ApiError && error.kind === 'notFound')) throw error
  }
}

export async function getTimeZones(signal?: AbortSignal): Promise<Option[]> {
  const res = await request(
    { path: '/options/timeZones', auth: false, signal, label: 'GET timeZones' },
    'timeZones',
  )
  return parseOptions(res.root!)
}
