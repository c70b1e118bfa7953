/**
 * A week at a glance: for each phone, when it rings on each day (Monday first), in minutes since
 * midnight of the schedule's own clock. Desk phones and soft clients ring all day unless do not
 * disturb is on; each Single Number Reach phone per its switch and schedule.
 */
import { timeToMinutes, type DayOfWeek } from '../../api/remote-destinations/schedule.ts'
import { DAY_ORDER } from '../../lib/schedule-words.ts'
import type { PathSnrPhone } from './call-path.ts'

export interface WeekBand {
  id: string
  name: string
  /** Per day, Monday first: the ringing spans [start, end) in minutes. */
  days: { day: DayOfWeek; spans: [number, number][] }[]
}

const ALL_DAY: [number, number][] = [[0, 1440]]

export function weekBands(phonesLabel: string, dnd: boolean, snr: PathSnrPhone[]): WeekBand[] {
  const phones: WeekBand = {
    id: 'phones',
    name: phonesLabel,
    days: DAY_ORDER.map((day) => ({ day, spans: dnd ? [] : ALL_DAY })),
  }
  return [
    phones,
    ...snr.map((p) => ({
      id: p.id,
      name: p.name,
      days: DAY_ORDER.map((day) => {
        if (!p.ring) return { day, spans: [] }
        if (!p.schedule) return { day, spans: ALL_DAY }
        const entry = p.schedule.days.find((d) => d.day === day)
        const start = entry ? timeToMinutes(entry.start) : null
        const end = entry ? timeToMinutes(entry.end) : null
        return {
          day,
          spans: start !== null && end !== null && end > start ? [[start, end] as [number, number]] : [],
        }
      }),
    })),
  ]
}
