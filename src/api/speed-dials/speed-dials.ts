/**
 * UDS speed dials: the user-level list (`/user/{id}/speedDials`, answered as <userSpeedDials>) and,
 * when the phones' lists differ, each phone's own list (`/user/{id}/device/{pkid}/speedDials`).
 *
 * Unified ("appliesToAllDevices" true): the user-level answer carries the list plus device links.
 * Not unified: only the device links; each phone's list is read from its own resource.
 * PUT replaces the whole list and the server has no version tags, so callers re-read before a PUT
 * (features/speed-dials does the lost-update guard); DELETE `?index=` acts on every phone.
 */
import { request, segment } from '../client.ts'
import { attr, buildXml, element, list, text, type XmlBody, type XmlObject } from '../xml.ts'

export interface SpeedDial {
  /** The position: the speed-dial number on the phone (1–99). */
  index: number
  /** What the phone dials: digits, + * # and commas (a 2-second pause). */
  number: string
  /** The name shown on the phone. */
  label: string
}

export interface SpeedDialPhone {
  /** The device pkid, taken from its speedDials link ('' when the link can't be read). */
  id: string
  /** The system name (SEP…), for helpdesk details only. */
  name: string
  /** What the user calls it ("Desk phone"); falls back to the name. */
  description: string
}

export interface UserSpeedDials {
  /** Every phone has the same list, and `speedDials` is it. */
  unified: boolean
  /** The shared list, sorted by position; [] when not unified. */
  speedDials: SpeedDial[]
  phones: SpeedDialPhone[]
}

function parseSpeedDial(node: XmlObject): SpeedDial | null {
  const index = Number.parseInt(text(node, 'index'), 10)
  if (!Number.isInteger(index)) return null
  return { index, number: text(node, 'number'), label: text(node, 'label') }
}

/** Items sorted by position; items without a readable index are left out. */
function parseItems(container: XmlObject | undefined): SpeedDial[] {
  return list(container, 'speedDial')
    .map(parseSpeedDial)
    .filter((s): s is SpeedDial => s !== null)
    .sort((a, b) => a.index - b.index)
}

/** The device pkid from a link such as `https://host/cucm-uds/user/u/device/{pkid}/speedDials`. */
export function deviceIdFromUri(uri: string | undefined): string {
  if (!uri) return ''
  let path: string
  try {
    path = new URL(uri, 'https://placeholder.invalid').pathname
  } catch {
    return ''
  }
  const match = /\/device\/([^/]+)\/speedDials\/?$/.exec(path)
  if (!match?.[1]) return ''
  try {
    return decodeURIComponent(match[1])
  } catch {
    return ''
  }
}

export function parseUserSpeedDials(root: XmlObject): UserSpeedDials {
  const container = element(root, 'speedDials')
  const unified = attr(container, 'appliesToAllDevices') === 'true'
  const phones = list(element(root, 'devices'), 'device').map((d) => {
    const name = attr(d, 'name') ?? text(d, 'name')
    const description = attr(d, 'description') ?? text(d, 'description')
    return {
      id: deviceIdFromUri(attr(d, 'speedDialsUri') ?? attr(d, 'uri')),
      name,
      description: description || name,
    }
  })
  return { unified, speedDials: unified ? parseItems(container) : [], phones }
}

/** A phone's own list (<speedDials> root). */
export function parseDeviceSpeedDials(root: XmlObject): SpeedDial[] {
  return parseItems(root)
}

/** The request body for POST and PUT, user or device level: `<speedDials><speedDial>…`. */
export function toSpeedDialsXml(items: readonly SpeedDial[]): string {
  const body: XmlBody = {
    speedDial: items.map((s) => ({ index: String(s.index), number: s.number, label: s.label })),
  }
  return buildXml('speedDials', body)
}

function userPath(userId: string) {
  return `/user/${segment(userId)}/speedDials`
}
function devicePath(userId: string, deviceId: string) {
  return `/user/${segment(userId)}/device/${segment(deviceId)}/speedDials`
}

export async function getUserSpeedDials(userId: string, signal?: AbortSignal): Promise<UserSpeedDials> {
  const res = await request({ path: userPath(userId), signal, label: 'GET speedDials' }, 'userSpeedDials')
  return parseUserSpeedDials(res.root!)
}

/** Adds entries on every phone (201; 409 when a position is taken). */
export async function postSpeedDials(userId: string, items: readonly SpeedDial[]): Promise<void> {
  await request({
    method: 'POST',
    path: userPath(userId),
    body: toSpeedDialsXml(items),
    label: 'POST speedDials',
  })
}

/** Replaces the list on every phone. */
export async function putSpeedDials(userId: string, items: readonly SpeedDial[]): Promise<void> {
  await request({
    method: 'PUT',
    path: userPath(userId),
    body: toSpeedDialsXml(items),
    label: 'PUT speedDials',
  })
}

/** Removes one position on every phone (204). */
export async function deleteSpeedDial(userId: string, index: number): Promise<void> {
  await request({
    method: 'DELETE',
    path: userPath(userId),
    query: { index: String(index) },
    label: 'DELETE speedDials',
  })
}

export async function getDeviceSpeedDials(
  userId: string,
  deviceId: string,
  signal?: AbortSignal,
): Promise<SpeedDial[]> {
  const res = await request(
    { path: devicePath(userId, deviceId), signal, label: 'GET device speedDials' },
    'speedDials',
  )
  return parseDeviceSpeedDials(res.root!)
}

/** Adds entries to one phone's list. */
export async function postDeviceSpeedDials(
  userId: string,
  deviceId: string,
  items: readonly SpeedDial[],
): Promise<void> {
  await request({
    method: 'POST',
    path: devicePath(userId, deviceId),
    body: toSpeedDialsXml(items),
    label: 'POST device speedDials',
  })
}

/** Replaces one phone's list. */
export async function putDeviceSpeedDials(
  userId: string,
  deviceId: string,
  items: readonly SpeedDial[],
): Promise<void> {
  await request({
    method: 'PUT',
    path: devicePath(userId, deviceId),
    body: toSpeedDialsXml(items),
    label: 'PUT device speedDials',
  })
}
