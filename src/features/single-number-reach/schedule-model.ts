/**
 * The ring schedule as people see it: days Monday first, unambiguous times ("8:00am", "Midnight
 * (end of day)"), and the read-back sentence ("Rings Monday to Friday, 8:00am to 6:00pm").
 * Pure functions, shared by the list, the form and the schedule step.
 */
import {
  findTimeZone,
  minutesToTime,
  timeToMinutes,
  type DayOfWeek,
  type Schedule,
  type ScheduleDay,
} from '../../api/remote-destinations/schedule.ts'

/** Monday first, Sunday last. */
export const DAY_ORDER: DayOfWeek[] = [1, 2, 3, 4, 5, 6, 0]

export const DAY_NAMES: Record<DayOfWeek, string> = {
  0: 'Sunday',
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
}

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

/** "8:00am", "12:00pm (midday)", "Midnight (start of day)", "Midnight (end of day)". */
export function timeLabel(value: string): string {
  const minutes = timeToMinutes(value)
  if (minutes === null) return value
  if (minutes === 0) return 'Midnight (start of day)'
  if (minutes === 24 * 60) return 'Midnight (end of day)'
  if (minutes === 12 * 60) return '12:00pm (midday)'
  return clock(minutes)
}

/** "8:00am", "midnight", "midday": the words inside a read-back sentence. */
function timeWords(value: string): string {
  const minutes = timeToMinutes(value)
  if (minutes === null) return value
  if (minutes === 0 || minutes === 24 * 60) return 'midnight'
  if (minutes === 12 * 60) return 'midday'
  return clock(minutes)
}

function clock(minutes: number): string {
  const h24 = Math.floor(minutes / 60)
  const m = minutes % 60
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12
  return `${h12}:${String(m).padStart(2, '0')}${h24 < 12 ? 'am' : 'pm'}`
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

/** "Monday to Friday", "Saturday and Sunday", "Monday, Wednesday and Friday", "every day". */
export function daysText(days: DayOfWeek[]): string {
  const positions = [...new Set(days.map((d) => DAY_ORDER.indexOf(d)))].sort((a, b) => a - b)
  if (positions.length === 7) return 'every day'
  const parts: string[] = []
  let i = 0
  while (i < positions.length) {
    let j = i
    while (j + 1 < positions.length && positions[j + 1] === positions[j]! + 1) j++
    const run = positions.slice(i, j + 1).map((p) => DAY_NAMES[DAY_ORDER[p]!])
    if (run.length >= 3) parts.push(`${run[0]} to ${run[run.length - 1]}`)
    else parts.push(...run)
    i = j + 1
  }
  return joinWords(parts)
}

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

function timesText(start: string, end: string): string {
  if (timeToMinutes(start) === 0 && timeToMinutes(end) === 24 * 60) return 'all day'
  return `${timeWords(start)} to ${timeWords(end)}`
}

/**
 * The schedule in words, without "Rings": "Monday to Friday, 8:00am to 6:00pm; Saturday, 10:00am
 * to 2:00pm". Days with the same times are grouped, in the order of their first day.
 */
export function scheduleText(schedule: Pick<Schedule, 'days'>): string {
  const groups: { start: string; end: string; days: DayOfWeek[] }[] = []
  const ordered = [...schedule.days].sort((a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day))
  for (const d of ordered) {
    const start = normalise(d.start)
    const end = normalise(d.end)
    const group = groups.find((g) => g.start === start && g.end === end)
    if (group) group.days.push(d.day)
    else groups.push({ start, end, days: [d.day] })
  }
  if (groups.length === 0) return 'never (no days chosen)'
  return groups.map((g) => `${daysText(g.days)}, ${timesText(g.start, g.end)}`).join('; ')
}

function normalise(value: string): string {
  const minutes = timeToMinutes(value)
  return minutes === null ? value : minutesToTime(minutes)
}

/** The read-back sentence: "Rings Monday to Friday, 8:00am to 6:00pm" or "Rings at any time". */
export function scheduleSentence(schedule: Pick<Schedule, 'days'> | null): string {
  if (schedule === null) return 'Rings at any time'
  if (schedule.days.length === 0) return 'Doesn’t ring on any day'
  return `Rings ${scheduleText(schedule)}`
}

/** How to name a schedule's zone: the option's own name ("(GMT-06:00) America/Chicago"). */
export function timeZoneLabel(options: { value: string; name: string }[], saved: string): string {
  if (saved === '') return 'The phone system’s time zone'
  return findTimeZone(options, saved)?.name ?? saved
}
