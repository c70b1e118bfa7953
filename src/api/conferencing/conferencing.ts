/**
 * Conference Now (`/user/{id}/conferencing`, UDS 11.0+): whether the user may host meetings on the
 * Conference Now bridge, and the attendee access code callers must enter (empty: none).
 */
import { ApiError } from '../api-error.ts'
import { request, segment } from '../client.ts'
import { bool, buildXml, element, text, type XmlObject } from '../xml.ts'

export interface Conferencing {
  enabled: boolean
  /** Digits; '' when anyone with the number can join. */
  accessCode: string
}

export function parseConferencing(root: XmlObject): Conferencing {
  const now = element(root, 'conferenceNow')
  return { enabled: bool(now, 'enabled'), accessCode: text(now, 'accessCode').trim() }
}

/** The access code only ('' sends an empty element: no access code). Never touches `enabled`. */
export function toConferencingXml(accessCode: string): string {
  return buildXml('conferencing', { conferenceNow: { accessCode } })
}

const path = (userId: string) => `/user/${segment(userId)}/conferencing`

/** The user's Conference Now, or null when the server has no such resource (before UDS 11.0). */
export async function getConferencing(userId: string, signal?: AbortSignal): Promise<Conferencing | null> {
  try {
    const res = await request({ path: path(userId), signal, label: 'GET conferencing' }, 'conferencing')
    return parseConferencing(res.root!)
  } catch (error) {
    if (error instanceof ApiError && (error.kind === 'notFound' || error.kind === 'unsupported')) return null
    throw error
  }
}

/** PUT returns the updated resource, which becomes the cached one. */
export async function putAccessCode(userId: string, accessCode: string): Promise<Conferencing> {
  const res = await request(
    { method: 'PUT', path: path(userId), body: toConferencingXml(accessCode), label: 'PUT conferencing' },
    'conferencing',
  )
  return parseConferencing(res.root!)
}
