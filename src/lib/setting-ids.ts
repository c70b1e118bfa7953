/**
 * Stable ids of the portal's settings, so a link can point at one (`/call-forwarding#line-1002`,
 * `/phones/{deviceId}#line-1001-label`). They are made from what people read out (a directory
 * number, a speed dial's position), never from the server's internal ids, so the helpdesk can
 * write one from what the user sees. The README's pages table lists the scheme.
 */

/** A directory number as an id part: letters, digits and `+` stay, anything else becomes `-`. */
export function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9+]+/g, '-').replace(/^-+|-+$/g, '') || 'x'
}

export const settingIds = {
  /** Call forwarding: forward all calls, for this line (the line's choice under "Which line"). */
  forwardLine: (directoryNumber: string) => `line-${idPart(directoryNumber)}`,
  /** Call forwarding: this line's busy and no-answer rules (its choice in the rules form). */
  rulesLine: (directoryNumber: string) => `rules-line-${idPart(directoryNumber)}`,
  /** A phone's page: a line's section (`line-1001`) or one of its controls (`line-1001-label`). */
  phoneLine: (directoryNumber: string, control?: string) =>
    `line-${idPart(directoryNumber)}${control ? `-${control}` : ''}`,
  /** Speed dials: the entry at this position (1 = the first). */
  speedDial: (position: number) => `speed-dial-${position}`,
  /** Single Number Reach: one of the user's other phones, by its number. */
  snrPhone: (number: string) => `phone-${idPart(number)}`,
} as const
