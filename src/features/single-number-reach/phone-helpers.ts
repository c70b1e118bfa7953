/** Small pure helpers of the phone editor: the first time zone, number comparison, the read-back. */
import type { RemoteDestination } from '../../api/remote-destinations/remote-destinations.ts'
import { findTimeZone, timeZoneId } from '../../api/remote-destinations/schedule.ts'
import { snrMessages as m } from './messages.ts'
import { scheduleSentence } from './schedule-model.ts'
import type { SnrData } from './use-snr-data.ts'

/** The zone a new schedule starts in: another phone's, else this browser's when listed, else the system's. */
export function initialTimeZone(data: SnrData): string {
  const other = data.phones.find((p) => p.schedule && p.schedule.timeZone !== '')?.schedule?.timeZone
  if (other) return other
  try {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone
    const option = findTimeZone(data.timeZones, browser)
    if (option) return timeZoneId(option)
  } catch {
    // No Intl time zone: fall through.
  }
  return ''
}

export function digits(value: string) {
  return value.replace(/\D/g, '')
}

export function scheduleReadBack(phone: RemoteDestination, data: SnrData): string {
  const zone = phone.schedule?.timeZone ?? ''
  const option = findTimeZone(data.timeZones, zone)
  const sentence = phone.schedule ? scheduleSentence(phone.schedule) : ''
  return zone ? m.readBackInZone(sentence, option ? timeZoneId(option) : zone) : sentence
}
