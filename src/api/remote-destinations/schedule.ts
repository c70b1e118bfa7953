/**
 * The ring schedule of a remote destination, and the ONLY module that knows its XML.
 *
 * No Cisco source shows the schedule elements (uds-api.md §3.7: UNCONFIRMED). The reference prose
 * names `timeOfDayStart`/`timeOfDayEnd`, says a missing day does not ring and that 00:00–24:00 is all
 * day; the mock invents this shape, which we follow until it is checked on a real CUCM:
 *
 *   <schedule>
 *     <timeZone value="America/Chicago"/>
 *     <days>
 *       <day value="1"><timeOfDayStart>08:00</timeOfDayStart><timeOfDayEnd>17:00</timeOfDayEnd></day>
 *     </days>
 *   </schedule>
 *
 * `day/@value` is the `options/dayOfWeek` value (0 Sunday … 6 Saturday). No `<schedule>` (or an empty
 * one) means the phone rings at any time. When the real shape is known, only this file changes.
 */
import type { Option } from '../system/system.ts'
import { attr, element, list, text, type XmlBody, type XmlObject } from '../xml.ts'

/** options/dayOfWeek: 0 Sunday … 6 Saturday. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6

export interface ScheduleDay {
  day: DayOfWeek
  /** "HH:MM", 24-hour. */
  start: string
  /** "HH:MM", 24-hour; "24:00" is the end of the day. */
  end: string
}

export interface Schedule {
  /** The zone the times are in, as the server names it ('' when the server gave none). */
  timeZone: string
  /** At most one entry per day, Sunday first (the server's order is not kept). */
  days: ScheduleDay[]
}

const TIME_RE = /^([01]?[0-9]|2[0-4]):([0-5][0-9])$/

/** Minutes since midnight for "H:MM"/"HH:MM" up to 24:00, or null. */
export function timeToMinutes(value: string): number | null {
  const m = TIME_RE.exec(value.trim())
  if (!m) return null
  const minutes = Number(m[1]) * 60 + Number(m[2])
  return minutes > 24 * 60 ? null : minutes
}

/** "HH:MM" for minutes since midnight (1440 → "24:00"). */
export function minutesToTime(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

function normaliseTime(value: string): string {
  const minutes = timeToMinutes(value)
  return minutes === null ? value.trim() : minutesToTime(minutes)
}

/**
 * Reads `<schedule>` from a remoteDestination element: null when there is none or it has no
 * content (rings at any time). Days with an unknown value are ignored; a repeated day keeps its
 * first entry.
 */
export function parseSchedule(remoteDestination: XmlObject): Schedule | null {
  const node = element(remoteDestination, 'schedule')
  if (node === undefined) return null
  const keys = Object.keys(node).filter((k) => k !== '#text' || text(node) !== '')
  if (keys.length === 0) return null
  const zone = element(node, 'timeZone')
  const timeZone = attr(zone, 'value') ?? text(zone)
  const days: ScheduleDay[] = []
  for (const item of list(element(node, 'days'), 'day')) {
    const raw = attr(item, 'value') ?? ''
    if (!/^[0-6]$/.test(raw)) continue
    const day = Number(raw) as DayOfWeek
    if (days.some((d) => d.day === day)) continue
    days.push({
      day,
      start: normaliseTime(text(item, 'timeOfDayStart')),
      end: normaliseTime(text(item, 'timeOfDayEnd')),
    })
  }
  days.sort((a, b) => a.day - b.day)
  return { timeZone, days }
}

/**
 * The `<schedule>` element's content for a request: a schedule, or '' (an empty element: ring at
 * any time). A timeZone of '' is left out (the server keeps or picks its own).
 */
export function toScheduleXml(schedule: Schedule | null): XmlBody | '' {
  if (schedule === null) return ''
  const days = [...schedule.days].sort((a, b) => a.day - b.day)
  return {
    timeZone: schedule.timeZone === '' ? undefined : { '@_value': schedule.timeZone },
    days: {
      day: days.map((d) => ({
        '@_value': String(d.day),
        timeOfDayStart: d.start,
        timeOfDayEnd: d.end,
      })),
    },
  }
}

/** Whether two schedules mean the same (order of days and time spelling aside). */
export function sameSchedule(a: Schedule | null, b: Schedule | null): boolean {
  if (a === null || b === null) return a === b
  if (a.timeZone !== b.timeZone || a.days.length !== b.days.length) return false
  const key = (s: Schedule) =>
    [...s.days]
      .sort((x, y) => x.day - y.day)
      .map((d) => `${d.day} ${normaliseTime(d.start)} ${normaliseTime(d.end)}`)
      .join('|')
  return key(a) === key(b)
}

// ---- time zones ----------------------------------------------------------------------------

/**
 * The value a schedule's `timeZone` takes for an `options/timeZones` entry. The option list names
 * zones "(GMT-06:00) America/Chicago" with a numeric value; the (invented) schedule shape carries the
 * zone id, so we send the id from the name, or the option's value when the name has none.
 */
export function timeZoneId(option: Option): string {
  const m = /\)\s*([A-Za-z0-9_+\-/]+)\s*$/.exec(option.name)
  return m?.[1] ?? option.value
}

/** The option a saved schedule's zone refers to (by zone id or by option value). */
export function findTimeZone(options: Option[], saved: string): Option | undefined {
  if (saved === '') return undefined
  return options.find((o) => timeZoneId(o) === saved) ?? options.find((o) => o.value === saved)
}
