/**
 * Remote destination schedule: an INVENTED shape (no Cisco source shows it; see uds-api.md §3.7).
 *
 *   <schedule>
 *     <timeZone value="America/Chicago"/>
 *     <days>
 *       <day value="1"><timeOfDayStart>08:00</timeOfDayStart><timeOfDayEnd>17:00</timeOfDayEnd></day>
 *       …
 *     </days>
 *   </schedule>
 *
 * - `day/@value` is the `options/dayOfWeek` value: 0 = Sunday … 6 = Saturday; each day at most once.
 * - Times are HH:MM on 15-minute steps; 24:00 is allowed as an end; the end is after the start.
 * - A day that is absent does not ring; 00:00–24:00 means all day.
 * - No `<schedule>` at all (or an empty one in a PUT) means the destination rings at any time.
 * This module is the only place that knows the shape; the rest of the mock treats it as a value.
 */
import { BadInput } from '../http/errors.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { attrOf, child, list, scalar, type XmlObject } from '../http/xml-read.ts'

export interface ScheduleDay {
  day: number
  start: string
  end: string
}

export interface Schedule {
  timeZone: string
  days: ScheduleDay[]
}

const TIME_RE = /^([01][0-9]|2[0-4]):(00|15|30|45)$/

/** Minutes since midnight for a valid HH:MM, or null. */
export function timeToMinutes(value: string): number | null {
  const m = TIME_RE.exec(value)
  if (!m) return null
  const minutes = Number(m[1]) * 60 + Number(m[2])
  return minutes > 24 * 60 ? null : minutes
}

/** `options/timeOfDay` value for a time: 1 + quarter hours since midnight (0 is "No office hours"). */
export function timeOfDayValue(value: string): number | null {
  const minutes = timeToMinutes(value)
  return minutes === null ? null : 1 + minutes / 15
}

const TZ_RE = /^[A-Za-z0-9_+\-/]{1,64}$/

export function validateSchedule(s: Schedule): void {
  if (!TZ_RE.test(s.timeZone)) throw new BadInput('schedule timeZone is invalid')
  const seen = new Set<number>()
  for (const d of s.days) {
    if (!Number.isInteger(d.day) || d.day < 0 || d.day > 6) throw new BadInput('schedule day must be 0-6')
    if (seen.has(d.day)) throw new BadInput('schedule day appears twice')
    seen.add(d.day)
    const start = timeToMinutes(d.start)
    const end = timeToMinutes(d.end)
    if (start === null || end === null) throw new BadInput('schedule times must be HH:MM in 15-minute steps')
    if (start >= 24 * 60) throw new BadInput('schedule start must be before 24:00')
    if (end <= start) throw new BadInput('schedule end must be after its start')
  }
}

/**
 * Read `<schedule>` from a parsed remoteDestination body.
 * Returns undefined when absent (unchanged), null when empty (rings at any time).
 */
export function readSchedule(body: XmlObject, defaultTimeZone: string): Schedule | null | undefined {
  const node = child(body, 'schedule')
  if (node === undefined) return undefined
  if (Object.keys(node).length === 0) return null
  const timeZone =
    node['timeZone'] === undefined
      ? defaultTimeZone
      : (attrOf(node, 'timeZone', 'value') ?? scalar(node, 'timeZone'))
  if (timeZone === undefined || timeZone === '') throw new BadInput('schedule timeZone needs a value')
  const daysNode = child(node, 'days')
  const days: ScheduleDay[] = []
  for (const item of daysNode ? list(daysNode, 'day') : []) {
    const raw = item['@_value']
    if (typeof raw !== 'string' || !/^[0-6]$/.test(raw)) throw new BadInput('schedule day value must be 0-6')
    const start = scalar(item, 'timeOfDayStart')
    const end = scalar(item, 'timeOfDayEnd')
    if (start === undefined || end === undefined)
      throw new BadInput('schedule day needs timeOfDayStart and timeOfDayEnd')
    days.push({ day: Number(raw), start, end })
  }
  const schedule = { timeZone, days: days.sort((a, b) => a.day - b.day) }
  validateSchedule(schedule)
  return schedule
}

/** Render a schedule, or nothing when there is none. */
export function scheduleXml(s: Schedule | null): XmlNode | null {
  if (!s) return null
  return el('schedule', null, [
    el('timeZone', { value: s.timeZone }),
    el(
      'days',
      null,
      s.days.map((d) =>
        el('day', { value: String(d.day) }, [t('timeOfDayStart', d.start), t('timeOfDayEnd', d.end)]),
      ),
    ),
  ])
}

/** Whether a schedule rings at a given weekday (0-6) and minute of day, in its own time zone. */
export function ringsAt(s: Schedule | null, day: number, minute: number): boolean {
  if (!s) return true
  return s.days.some(
    (d) => d.day === day && timeToMinutes(d.start)! <= minute && minute < timeToMinutes(d.end)!,
  )
}
