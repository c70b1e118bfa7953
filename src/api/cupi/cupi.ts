/**
 * Unity Connection CUPI for end users (`/vmrest/user/...`): who the voicemail system thinks the user
 * is (a light read that also proves it is reachable and accepts our credentials) and changing the
 * voicemail PIN. CUPI calls never go through the UDS session gate: a 401 is the caller's to handle,
 * usually by asking for the voicemail (Unity Connection) password, which is then kept in memory for
 * CUPI calls alone.
 */
import { request } from '../client.ts'
import { basicHeader, setCupiCredentials } from '../session.ts'
import { text, type XmlObject } from '../xml.ts'

export interface VoicemailUser {
  alias: string
  displayName: string
  /** The extension voicemail knows the user by. */
  dtmfAccessId: string
}

export function parseVoicemailUser(root: XmlObject): VoicemailUser {
  return {
    alias: text(root, 'Alias'),
    displayName: text(root, 'DisplayName'),
    dtmfAccessId: text(root, 'DtmfAccessId'),
  }
}

export async function getVoicemailUser(signal?: AbortSignal, authorization?: string): Promise<VoicemailUser> {
  const res = await request(
    { api: 'cupi', path: '/user', signal, authorization, label: 'GET vmrest user' },
    'User',
  )
  return parseVoicemailUser(res.root!)
}

/**
 * The request for a voicemail PIN change. CUPI documents the new PIN as the `newpin` query parameter
 * (the only place a secret may appear in a URL); there is no body.
 */
export function voicemailPinRequest(pin: string) {
  return {
    api: 'cupi' as const,
    method: 'PUT' as const,
    path: '/user/credential/pin',
    query: { newpin: pin },
    label: 'PUT vmrest voicemail PIN',
  }
}

/** Resolves on 204; a policy refusal is an ApiError whose serverMessage is CUPI's ErrorDetails message. */
export async function putVoicemailPin(pin: string): Promise<void> {
  await request(voicemailPinRequest(pin))
}

/**
 * Checks a Unity Connection password with a light read and, when accepted, keeps it (in memory) for
 * CUPI calls alone. Throws the ApiError otherwise (kind 'auth' for a wrong password).
 */
export async function signInToVoicemail(userId: string, password: string): Promise<VoicemailUser> {
  const authorization = basicHeader(userId, password)
  const user = await getVoicemailUser(undefined, authorization)
  setCupiCredentials(authorization)
  return user
}
