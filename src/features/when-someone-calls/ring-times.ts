/**
 * Whether a Single Number Reach schedule rings at an instant, in the schedule's own time zone (with
 * `Intl`, so daylight-saving changes are the browser's tz data's, not ours), and when it next does.
 */
import {
  timeToMinutes,
  type DayOfWeek,
  type Schedule,
  type ScheduleDay,
} from '../../api/remote-destinations/schedule.ts'

const WEEKDAYS: Record<string, DayOfWeek> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 }

/** A wall-clock moment in a zone: the weekday and minutes since midnight. */
export interface LocalTime {
  day: DayOfWeek
  minutes: number
}

/** Whether `zone` is a time zone this browser knows. */
export function knownZone(zone: string): boolean {
  if (!zone) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The weekday and time of `at` in `zone`. */
export function localTime(at: Date, zone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return {
    day: WEEKDAYS[part('weekday')] ?? 0,
    minutes: (Number(part('hour')) % 24) * 60 + Number(part('minute')),
  }
}

export type RingNow =
  { rings: true; day: ScheduleDay } | { rings: false; next: { day: DayOfWeek; start: string } | null }

/** Whether the schedule rings at a local time; when it doesn't, its next start (this week round). */
export function ringsAt(schedule: Schedule, now: LocalTime): RingNow {
  const today = schedule.days.find((d) => d.day === now.day)
  if (today) {
    const start = timeToMinutes(today.start)
    const end = timeToMinutes(today.end)
    if (start !== null && end !== null && now.minutes >= start && now.minutes < end)
      return { rings: true, day: today }
  }
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = ((now.day + ahead) % 7) as DayOfWeek
    const entry = schedule.days.find((d) => d.day === day)
    const start = entry ? timeToMinutes(entry.start) : null
    const end = entry ? timeToMinutes(entry.end) : null
    if (!entry || start === null || end === null || end <= start) continue
    if (ahead === 0 && start <= now.minutes) continue
    return { rings: false, next: { day, start: entry.start } }
  }
  return { rings: false, next: null }
}

/**
 * The instant at which the wall clock in `zone` next shows `day` at `minutes` (from `from`, within a
 * week): "Try a different time" picks a day and time as the user's clock shows them.
 */
export function nextInstant(from: Date, zone: string, day: DayOfWeek, minutes: number): Date {
  const now = localTime(from, zone)
  let aheadDays = (day - now.day + 7) % 7
  if (aheadDays === 0 && minutes < now.minutes) aheadDays = 7
  // A first guess from the wall-clock difference, corrected by the zone's offset change (DST).
  let guess = new Date(from.getTime() + (aheadDays * 1440 + minutes - now.minutes) * 60_000)
  for (let i = 0; i < 2; i++) {
    const got = localTime(guess, zone)
    const wantTotal = day * 1440 + minutes
    let diff = wantTotal - (got.day * 1440 + got.minutes)
    if (diff > 3.5 * 1440) diff -= 7 * 1440
    if (diff < -3.5 * 1440) diff += 7 * 1440
    if (diff === 0) break
    guess = new Date(guess.getTime() + diff * 60_000)
  }
  return new Date(Math.floor(guess.getTime() / 60_000) * 60_000)
}

/** "Chicago" for America/Chicago, "Port of Spain" for America/Port_of_Spain. */
export function placeName(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
}
