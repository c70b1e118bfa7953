/** The UDS user resource: who the user is and the settings that apply to all their lines and phones. */
import { request, segment } from '../client.ts'
import { attr, bool, buildXml, element, optionalText, text, type XmlBody, type XmlObject } from '../xml.ts'

export interface CallForward {
  toVoicemail: boolean
  /** The number calls go to; '' when not forwarded to a number. */
  destination: string
}

export interface User {
  id: string
  userId: string
  firstName: string
  lastName: string
  /** Absent before UDS 11.0. */
  displayName: string | undefined
  email: string
  phoneNumber: string
  homeNumber: string
  mobileNumber: string
  department: string
  title: string
  manager: string
  /** Single Number Reach is available to this user. */
  mobileConnect: boolean
  remoteDestinationLimit: number
  /** '' means the system default language. */
  localeId: string
  localeName: string
  ldapAuth: boolean
  /** Writes are only allowed on the user's home cluster. */
  homeCluster: boolean
  callForward: CallForward
  /**
   * The user-level forward applies to every line (UDS appliesToAllExtensions); when false the lines
   * differ and `callForward` is the primary line's.
   */
  callForwardAllLines: boolean
  doNotDisturb: boolean
  /** How long the user may stay signed in to a shared phone (Extension Mobility, 12.5+), as sent. */
  emMaxLoginTime?: string
}

export function parseUser(root: XmlObject): User {
  const cf = element(root, 'callForwardAllDestination')
  const locale = element(root, 'userLocale')
  const limit = Number.parseInt(text(root, 'remoteDestinationLimit'), 10)
  return {
    id: text(root, 'id'),
    userId: text(root, 'userName'),
    firstName: text(root, 'firstName'),
    lastName: text(root, 'lastName'),
    displayName: optionalText(root, 'displayName'),
    email: text(root, 'email'),
    phoneNumber: text(root, 'phoneNumber'),
    homeNumber: text(root, 'homeNumber'),
    mobileNumber: text(root, 'mobileNumber'),
    department: text(root, 'department'),
    title: text(root, 'title'),
    manager: text(root, 'manager'),
    mobileConnect: bool(root, 'mobileConnect'),
    remoteDestinationLimit: Number.isFinite(limit) ? limit : 0,
    localeId: attr(locale, 'value') ?? '',
    localeName: text(locale),
    ldapAuth: attr(element(root, 'accountType'), 'useLdapAuth') === 'true',
    homeCluster: bool(root, 'homeCluster', true),
    callForward: {
      toVoicemail: bool(cf, 'sendToVoiceMailPilotNumber'),
      destination: text(cf, 'destination'),
    },
    callForwardAllLines: attr(cf, 'appliesToAllExtensions') !== 'false',
    doNotDisturb: bool(root, 'enableDoNotDisturb'),
    emMaxLoginTime: text(root, 'emMaxLoginTime').trim() || undefined,
  }
}

/** What to change. An absent field stays as it is on the server; '' resets it to the system default. */
export interface UserPatch {
  displayName?: string
  localeId?: string
  doNotDisturb?: boolean
  callForward?: Partial<CallForward>
}

export function toUserXml(patch: UserPatch): string {
  const body: XmlBody = {}
  if (patch.displayName !== undefined) body.displayName = patch.displayName
  if (patch.localeId !== undefined) body.userLocale = patch.localeId
  if (patch.doNotDisturb !== undefined) body.enableDoNotDisturb = String(patch.doNotDisturb)
  if (
    patch.callForward &&
    (patch.callForward.toVoicemail !== undefined || patch.callForward.destination !== undefined)
  ) {
    // Never an empty <callForwardAllDestination/>: that would reset (turn off) forwarding.
    const { toVoicemail, destination } = patch.callForward
    body.callForwardAllDestination = {
      sendToVoiceMailPilotNumber: toVoicemail === undefined ? undefined : String(toVoicemail),
      destination,
    }
  }
  return buildXml('user', body)
}

function userPath(userId: string) {
  return `/user/${segment(userId)}`
}

export async function getUser(userId: string, signal?: AbortSignal, authorization?: string): Promise<User> {
  const res = await request({ path: userPath(userId), signal, authorization, label: 'GET user' }, 'user')
  return parseUser(res.root!)
}

/** PUT returns the updated user, which becomes the cached one (no refetch). */
export async function putUser(userId: string, patch: UserPatch): Promise<User> {
  const res = await request(
    { method: 'PUT', path: userPath(userId), body: toUserXml(patch), label: 'PUT user' },
    'user',
  )
  return parseUser(res.root!)
}
