/**
 * Read-back sentences the user and the helpdesk can say out loud ("Calls to 1001 go to voicemail").
 * Shared by Profile, Call forwarding and the header so the wording never drifts.
 */
import { t } from '@lingui/core/macro'
import { ltr } from '../i18n/format.ts'

export interface ForwardState {
  toVoicemail: boolean
  destination: string
}

export function forwardingSentence(directoryNumber: string, cf: ForwardState, now = false): string {
  const line = ltr(directoryNumber)
  const destination = ltr(cf.destination)
  if (cf.toVoicemail)
    return now ? t`Calls to ${line} now go to voicemail` : t`Calls to ${line} go to voicemail`
  if (cf.destination)
    return now ? t`Calls to ${line} now go to ${destination}` : t`Calls to ${line} go to ${destination}`
  return now ? t`Calls to ${line} are no longer forwarded` : t`Calls to ${line} are not forwarded`
}

export function isForwarded(cf: ForwardState): boolean {
  return cf.toVoicemail || cf.destination !== ''
}

/** Characters as the phone system counts them (code points, so an emoji is one). */
export function charCount(value: string): number {
  return [...value].length
}

/** C0/C1 control characters cannot travel in XML 1.0 (and never belong in a name). */
export function hasControlCharacters(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(value)
}
