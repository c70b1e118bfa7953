/**
 * Read-back sentences the user and the helpdesk can say out loud ("Calls to 1001 go to voicemail").
 * Shared by Profile, Call forwarding and the header so the wording never drifts.
 */
export interface ForwardState {
  toVoicemail: boolean
  destination: string
}

export function forwardingSentence(directoryNumber: string, cf: ForwardState, now = false): string {
  const go = now ? 'now go' : 'go'
  if (cf.toVoicemail) return `Calls to ${directoryNumber} ${go} to voicemail`
  if (cf.destination) return `Calls to ${directoryNumber} ${go} to ${cf.destination}`
  return `Calls to ${directoryNumber} ${now ? 'are no longer' : 'are not'} forwarded`
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
