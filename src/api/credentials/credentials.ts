/**
 * UDS credentials: the user's sign-in history (GET, CUCM 10.5(2) and later) and changing the phone
 * PIN or the portal password (PUT, 204 with no body). New values live only in the request body: they
 * are never cached, kept in an error, or put in a label or a URL.
 */
import { ApiError } from '../api-error.ts'
import { request, segment } from '../client.ts'
import { basicHeader, currentGeneration, passwordChanged, passwordMayHaveChanged } from '../session.ts'
import { atLeast } from '../system/system.ts'
import { buildXml, element, list, text, type XmlBody, type XmlObject } from '../xml.ts'

/** The first release whose UDS answers GET credentials. */
export const CREDENTIALS_GET_SINCE = '10.5(2)'

export function hasSignInHistory(release: string): boolean {
  return atLeast(release, CREDENTIALS_GET_SINCE)
}

export interface SignInHistory {
  /** When the user last signed in successfully (ISO text as the server sent it), or null if never. */
  lastSignIn: string | null
  /** The address it came from ('' when unknown). */
  lastSignInIp: string
  /** Failed attempts since that sign-in. */
  failures: number
}

export function parseCredentials(root: XmlObject): SignInHistory {
  // The GET has no type attribute; take the first credential that carries login details.
  const items = list(root, 'credential')
  const item = items.find((c) => element(c, 'loginDetails') !== undefined) ?? items[0]
  const details = element(item, 'loginDetails')
  const at = text(details, 'lastSuccessfulLogin').trim()
  const failures = Number.parseInt(text(item, 'loginFailures'), 10)
  return {
    lastSignIn: at && Number.isFinite(Date.parse(at)) ? at : null,
    lastSignInIp: text(details, 'lastSuccessfulLoginIp').trim(),
    failures: Number.isFinite(failures) && failures > 0 ? failures : 0,
  }
}

/** What to change; at least one of them. */
export interface CredentialsChange {
  pin?: string
  password?: string
}

/** `<credentials><credential type="pin">…</credential></credentials>`, text escaped. */
export function toCredentialsXml(change: CredentialsChange): string {
  const items: XmlBody[] = []
  if (change.password !== undefined) items.push({ '@_type': 'password', '#text': change.password })
  if (change.pin !== undefined) items.push({ '@_type': 'pin', '#text': change.pin })
  if (items.length === 0) throw new Error('toCredentialsXml: nothing to change')
  return buildXml('credentials', { credential: items })
}

function credentialsPath(userId: string) {
  return `/user/${segment(userId)}/credentials`
}

/** The sign-in history, or null when this server does not offer it (before 10.5(2): 404/405). */
export async function getCredentials(userId: string, signal?: AbortSignal): Promise<SignInHistory | null> {
  try {
    const res = await request(
      { path: credentialsPath(userId), signal, label: 'GET credentials' },
      'credentials',
    )
    return parseCredentials(res.root!)
  } catch (error) {
    if (error instanceof ApiError && (error.kind === 'unsupported' || error.kind === 'notFound')) return null
    throw error
  }
}

/** Sends the change; resolves on 204. The label names the kind of change, never the value. */
export async function putCredentials(userId: string, change: CredentialsChange): Promise<void> {
  const what = [change.password !== undefined && 'password', change.pin !== undefined && 'PIN']
    .filter(Boolean)
    .join(' + ')
  await request({
    method: 'PUT',
    path: credentialsPath(userId),
    body: toCredentialsXml(change),
    label: `PUT credentials (${what})`,
  })
}

/**
 * Changes the portal password. On the server's 204 the session switches to the new password (the
 * old one now fails and, repeated, would lock the account); the next request proves it alone. When
 * the answer never came (timeout, dropped connection) a slow CUCM may still apply it, so the session
 * keeps both candidates until one is proven (see session.ts). A late answer after sign-out changes
 * nothing.
 */
export async function changePassword(userId: string, password: string): Promise<void> {
  const generation = currentGeneration()
  const authorization = basicHeader(userId, password)
  try {
    await putCredentials(userId, { password })
  } catch (error) {
    if (error instanceof ApiError && (error.kind === 'timeout' || error.kind === 'network')) {
      passwordMayHaveChanged(generation, authorization)
    }
    throw error
  }
  passwordChanged(generation, authorization)
}
