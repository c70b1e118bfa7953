/**
 * Ring schedules in words: days Monday first, times as people say them ("8:00am", "midnight"), and
 * the read-back sentence ("Rings Monday to Friday, 8:00am to 6:00pm"). Shared by Single Number Reach,
 * Profile and "When someone calls you", so the wording never drifts.
 */
import { t } from '@lingui/core/macro'
import { dayName, formatList, formatTime, intlLocale, shown } from '../i18n/format.ts'
import {
  minutesToTime,
  timeToMinutes,
  type DayOfWeek,
  type Schedule,
} from '../api/remote-destinations/schedule.ts'

/** Monday first, Sunday last. */
export const DAY_ORDER: DayOfWeek[] = [1, 2, 3, 4, 5, 6, 0]

/** Each day's name in the active language (Intl), read when used. */
export const DAY_NAMES: Readonly<Record<DayOfWeek, string>> = {
  get 0() {
    return dayName(0)
  },
  get 1() {
    return dayName(1)
  },
  get 2() {
    return dayName(2)
  },
  get 3() {
    return dayName(3)
  },
  get 4() {
    return dayName(4)
  },
  get 5() {
    return dayName(5)
  },
  get 6() {
    return dayName(6)
  },
}

/** "8:00am", "midnight", "midday": the words inside a read-back sentence. */
export function timeWords(value: string): string {
  const minutes = timeToMinutes(value)
  if (minutes === null) return value
  if (minutes === 0 || minutes === 24 * 60) return t`midnight`
  if (minutes === 12 * 60) return t`midday`
  return clock(minutes)
}

/** A time of day: "8:00am" in English, the language's own form elsewhere ("08:00", "8:00"). */
export function clock(minutes: number): string {
  if (intlLocale() !== 'en')
    return formatTime(new Date(Date.UTC(2024, 0, 1, 0, minutes)), { timeZone: 'UTC' })
  const h24 = Math.floor(minutes / 60)
  const m = minutes % 60
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12
  return shown(`${h12}:${String(m).padStart(2, '0')}${h24 < 12 ? 'am' : 'pm'}`)
}

/** "Monday to Friday", "Saturday and Sunday", "Monday, Wednesday and Friday", "every day". */
export function daysText(days: DayOfWeek[]): string {
  const positions = [...new Set(days.map((d) => DAY_ORDER.indexOf(d)))].sort((a, b) => a - b)
  if (positions.length === 7) return t`every day`
  const parts: string[] = []
  let i = 0
  while (i < positions.length) {
    let j = i
    while (j + 1 < positions.length && positions[j + 1] === positions[j]! + 1) j++
    const run = positions.slice(i, j + 1).map((p) => DAY_NAMES[DAY_ORDER[p]!])
    if (run.length >= 3) {
      const first = run[0]!
      const last = run[run.length - 1]!
      parts.push(t({ message: `${first} to ${last}`, comment: 'a run of days: Monday to Friday' }))
    } else parts.push(...run)
    i = j + 1
  }
  return formatList(parts)
}

function timesText(start: string, end: string): string {
  if (timeToMinutes(start) === 0 && timeToMinutes(end) === 24 * 60) return t`all day`
  const from = timeWords(start)
  const to = timeWords(end)
  return t({ message: `${from} to ${to}`, comment: 'a span of time: 8:00am to 6:00pm' })
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
  if (groups.length === 0) return t`never (no days chosen)`
  return groups
    .map((g) => {
      const days = daysText(g.days)
      const times = timesText(g.start, g.end)
      return t({
        message: `${days}, ${times}`,
        comment: 'days and times: Monday to Friday, 8:00am to 6:00pm',
      })
    })
    .join('; ')
}

function normalise(value: string): string {
  const minutes = timeToMinutes(value)
  return minutes === null ? value : minutesToTime(minutes)
}

/** The read-back sentence: "Rings Monday to Friday, 8:00am to 6:00pm" or "Rings at any time". */
export function scheduleSentence(schedule: Pick<Schedule, 'days'> | null): string {
  if (schedule === null) return t`Rings at any time`
  if (schedule.days.length === 0) return t`Doesn’t ring on any day`
  const when = scheduleText(schedule)
  return t`Rings ${when}`
}
