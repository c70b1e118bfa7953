/**
 * The ring schedule as people see it: days Monday first, unambiguous times ("8:00am", "Midnight
 * (end of day)"), and the read-back sentence ("Rings Monday to Friday, 8:00am to 6:00pm").
 * Pure functions, shared by the list, the form and the schedule step.
 */
import { clock, DAY_ORDER } from '../../lib/schedule-words.ts'
import {
  findTimeZone,
  minutesToTime,
  timeToMinutes,
  type DayOfWeek,
  type Schedule,
  type ScheduleDay,
} from '../../api/remote-destinations/schedule.ts'
import { snrMessages as m } from './messages.ts'

export { DAY_NAMES, DAY_ORDER, daysText, scheduleSentence, scheduleText } from '../../lib/schedule-words.ts'

/** One day in the form: whether it rings, and its times ("HH:MM", end may be "24:00"). */
export interface DayDraft {
  day: DayOfWeek
  enabled: boolean
  start: string
  end: string
}

export const DEFAULT_START = '09:00'
export const DEFAULT_END = '17:00'

/** The form's seven days, Monday first, from a saved schedule (or none). */
export function daysFromSchedule(schedule: Schedule | null): DayDraft[] {
  return DAY_ORDER.map((day) => {
    const saved = schedule?.days.find((d) => d.day === day)
    return saved
      ? { day, enabled: true, start: saved.start, end: saved.end }
      : { day, enabled: false, start: DEFAULT_START, end: DEFAULT_END }
  })
}

/** The schedule the form's days describe (only the days that ring). */
export function scheduleFromDays(days: DayDraft[], timeZone: string): Schedule {
  const chosen: ScheduleDay[] = days
    .filter((d) => d.enabled)
    .map((d) => ({ day: d.day, start: d.start, end: d.end }))
    .sort((a, b) => a.day - b.day)
  return { timeZone, days: chosen }
}

/**
 * "8:00am", "12:00pm (midday)", "Midnight (start of day)", "Midnight (end of day)". In English the
 * portal's own unambiguous "8:00am"; in other languages the language's own clock (formatTime:
 * "08:00" / "8:00" where it uses 24 hours).
 */
export function timeLabel(value: string): string {
  const minutes = timeToMinutes(value)
  if (minutes === null) return value
  if (minutes === 0) return m.midnightStart
  if (minutes === 24 * 60) return m.midnightEnd
  if (minutes === 12 * 60) return m.midday(clock(minutes))
  return clock(minutes)
}

export interface TimeOption {
  value: string
  label: string
}

const STEP = 15

/**
 * "From" choices: midnight to 11:45pm in 15-minute steps, plus a saved time that is not on a step
 * (so a saved schedule is shown back exactly).
 */
export function startOptions(current?: string): TimeOption[] {
  return withCurrent(range(0, 24 * 60 - STEP), current)
}

/** "To" choices: 12:15am to "Midnight (end of day)". */
export function endOptions(current?: string): TimeOption[] {
  return withCurrent(range(STEP, 24 * 60), current)
}

function range(from: number, to: number): TimeOption[] {
  const out: TimeOption[] = []
  for (let m = from; m <= to; m += STEP) {
    const value = minutesToTime(m)
    out.push({ value, label: timeLabel(value) })
  }
  return out
}

function withCurrent(options: TimeOption[], current?: string): TimeOption[] {
  if (!current || options.some((o) => o.value === current)) return options
  const minutes = timeToMinutes(current)
  const extra = { value: current, label: timeLabel(current) }
  if (minutes === null) return [extra, ...options]
  const at = options.findIndex((o) => (timeToMinutes(o.value) ?? 0) > minutes)
  return at === -1 ? [...options, extra] : [...options.slice(0, at), extra, ...options.slice(at)]
}

/** Whether a day's end is after its start. */
export function endsAfterStart(day: Pick<DayDraft, 'start' | 'end'>): boolean {
  const start = timeToMinutes(day.start)
  const end = timeToMinutes(day.end)
  return start !== null && end !== null && end > start
}

/** How to name a schedule's zone: the option's own name ("(GMT-06:00) America/Chicago"). */
export function timeZoneLabel(options: { value: string; name: string }[], saved: string): string {
  if (saved === '') return m.systemTimeZone
  return findTimeZone(options, saved)?.name ?? saved
}
