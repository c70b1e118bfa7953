/**
 * Line appearances: a line (directory number) on one phone. CUCM keeps a line's label, voicemail light
 * and sound, ring settings and missed-call logging per appearance, so the same line can differ from one
 * phone to the next; the user-level extension answer says, per setting, whether every phone with the
 * line has the same value (`appliesToAllLineAppearances`, uds-api §1.5, seed 000's user example).
 *
 * Mock behaviour (UNCONFIRMED on a real CUCM, where the attribute's exact rule is not documented):
 * - the line holds the value its appearances share; a phone whose appearance differs keeps only the
 *   differing settings in `Device.lineSettings[lineId]`;
 * - a write through a phone (`/device/{id}/extension/{id}`) changes that phone's appearance only;
 * - a write for the user (`/extension/{id}`, the user's primaryExtension) changes every appearance;
 * - when every appearance agrees again, the per-phone values fold back into the line.
 */
import type { Device, Line, Persona } from './types.ts'

export const APPEARANCE_KEYS = [
  'label',
  'mwiVisualPref',
  'mwiAudiblePref',
  'onACallRingPref',
  'notOnACallRingPref',
  'logMissedCalls',
] as const
export type AppearanceKey = (typeof APPEARANCE_KEYS)[number]
export type AppearanceSettings = Pick<Line, AppearanceKey>

/** The phones (of any kind) this line appears on. */
export function carriers(u: Persona, line: Line): Device[] {
  return u.devices.filter((d) => d.lineIds.includes(line.id))
}

/** The line as it is on this phone: the shared values with the phone's own differences over them. */
export function onDevice(line: Line, device: Device): Line {
  return { ...line, ...device.lineSettings?.[line.id] }
}

/** Whether every phone with this line has the same value of `key` (true when it is on none or one). */
export function sameEverywhere(u: Persona, line: Line, key: AppearanceKey): boolean {
  const values = carriers(u, line).map((d) => onDevice(line, d)[key])
  return values.every((v) => v === values[0])
}

/** Set `changes` on one phone's appearance, then fold settings every appearance agrees on into the line. */
export function setOnDevice(
  u: Persona,
  line: Line,
  device: Device,
  changes: Partial<AppearanceSettings>,
): void {
  const own = { ...device.lineSettings?.[line.id], ...changes }
  device.lineSettings = { ...device.lineSettings, [line.id]: own }
  fold(u, line)
}

/** Set `changes` on every appearance of the line (the user-level write). */
export function setEverywhere(u: Persona, line: Line, changes: Partial<AppearanceSettings>): void {
  Object.assign(line, changes)
  for (const d of carriers(u, line)) {
    const own = d.lineSettings?.[line.id]
    if (!own) continue
    for (const key of Object.keys(changes) as AppearanceKey[]) delete own[key]
  }
  fold(u, line)
}

/** Fold each setting whose appearances all agree back into the line; drop empty per-phone records. */
function fold(u: Persona, line: Line): void {
  const phones = carriers(u, line)
  for (const key of APPEARANCE_KEYS) {
    if (!phones.some((d) => d.lineSettings?.[line.id]?.[key] !== undefined)) continue
    if (!sameEverywhere(u, line, key)) continue
    const value = onDevice(line, phones[0]!)[key]
    ;(line as unknown as Record<string, unknown>)[key] = value
    for (const d of phones) delete d.lineSettings?.[line.id]?.[key]
  }
  for (const d of phones) {
    if (d.lineSettings && Object.keys(d.lineSettings[line.id] ?? {}).length === 0)
      delete d.lineSettings[line.id]
  }
}
