/**
 * Days and times as this page shows them, in the active language (src/i18n/format.ts): "Monday",
 * "8:00am" in English, "Montag", "08:00" in German; "midnight" and "midday" as words.
 */
import { t } from '@lingui/core/macro'
import type { DayOfWeek } from '../../api/remote-destinations/schedule.ts'
import { dayName, formatTime, intlLocale } from '../../i18n/format.ts'

// The day's name and "midnight"/"midday" inside a sentence are the portal's shared ones.
export { dayName } from '../../i18n/format.ts'
export { timeWords } from '../../lib/schedule-words.ts'

/**
 * A time of day from minutes since midnight, 24-hour where the language uses it. English keeps the
 * portal's own style ("8:00am", not "8:00 AM"), as in every other sentence of the portal.
 */
export function clockTime(minutes: number, options: Intl.DateTimeFormatOptions = {}): string {
  const text = formatTime(new Date(Date.UTC(2001, 0, 1, 0, minutes)), { timeZone: 'UTC', ...options })
  return intlLocale() === 'en' ? text.replace(/\s*([AP])M$/, (_, p: string) => `${p.toLowerCase()}m`) : text
}

/** The hour only, for the week's scale: "6am" / "6 Uhr". */
export function hourMark(minutes: number): string {
  return clockTime(minutes, { minute: undefined })
}

/** "Monday 10:15am". */
export function dayAndTime(day: DayOfWeek, time: string): string {
  const weekday = dayName(day)
  return t({ message: `${weekday} ${time}`, comment: 'A weekday and a time of day: Monday 10:15am' })
}

/** "8:00am–6:00pm". */
export function timeSpan(start: string, end: string): string {
  return t({ message: `${start}–${end}`, comment: 'From one time of day to another: 8:00am–6:00pm' })
}

/** "Monday 8:00am–6:00pm". */
export function dayAndSpan(day: DayOfWeek, start: string, end: string): string {
  const weekday = dayName(day)
  return t({
    message: `${weekday} ${start}–${end}`,
    comment: 'A weekday, from one time of day to another: Monday 8:00am–6:00pm',
  })
}
