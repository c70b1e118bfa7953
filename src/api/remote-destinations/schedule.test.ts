import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { buildXml } from '../xml.ts'
import { parseXml } from '../xml-parser.ts'
import {
  findTimeZone,
  minutesToTime,
  parseSchedule,
  sameSchedule,
  timeToMinutes,
  timeZoneId,
  toScheduleXml,
  type Schedule,
} from './schedule.ts'

// The mock's (invented, uds-api.md §3.7) shape, as a remoteDestination carries it.
const WITH_SCHEDULE = `<remoteDestination>
  <id>x</id>
  <schedule>
    <timeZone value="America/Chicago"/>
    <days>
      <day value="5"><timeOfDayStart>08:00</timeOfDayStart><timeOfDayEnd>18:00</timeOfDayEnd></day>
      <day value="1"><timeOfDayStart>8:00</timeOfDayStart><timeOfDayEnd>24:00</timeOfDayEnd><extra/></day>
    </days>
    <unknownThing>ignored</unknownThing>
  </schedule>
</remoteDestination>`

function rd(xml: string) {
  return parseXml(xml, 'remoteDestination')
}

describe('parseSchedule', () => {
  it('reads days (sorted, times normalised), the zone, and ignores unknown elements', () => {
    expect(parseSchedule(rd(WITH_SCHEDULE))).toEqual({
      timeZone: 'America/Chicago',
      days: [
        { day: 1, start: '08:00', end: '24:00' },
        { day: 5, start: '08:00', end: '18:00' },
      ],
    })
  })

  it('reads a one-day schedule as a list (the classic one-item bug)', () => {
    const s = parseSchedule(
      rd(
        '<remoteDestination><schedule><timeZone value="Europe/London"/><days><day value="0"><timeOfDayStart>00:00</timeOfDayStart><timeOfDayEnd>24:00</timeOfDayEnd></day></days></schedule></remoteDestination>',
      ),
    )
    expect(s).toEqual({ timeZone: 'Europe/London', days: [{ day: 0, start: '00:00', end: '24:00' }] })
  })

  it('is null when absent or empty (rings at any time)', () => {
    expect(parseSchedule(rd('<remoteDestination><id>x</id></remoteDestination>'))).toBeNull()
    expect(parseSchedule(rd('<remoteDestination><schedule/></remoteDestination>'))).toBeNull()
  })

  it('keeps a schedule with no days (never rings) apart from no schedule', () => {
    expect(
      parseSchedule(
        rd('<remoteDestination><schedule><timeZone value="UTC"/><days/></schedule></remoteDestination>'),
      ),
    ).toEqual({ timeZone: 'UTC', days: [] })
  })

  it('ignores unknown day values and repeated days, and takes a zone given as text', () => {
    const s = parseSchedule(
      rd(
        '<remoteDestination><schedule><days><day value="9"><timeOfDayStart>01:00</timeOfDayStart><timeOfDayEnd>02:00</timeOfDayEnd></day><day value="2"><timeOfDayStart>01:00</timeOfDayStart><timeOfDayEnd>02:00</timeOfDayEnd></day><day value="2"><timeOfDayStart>03:00</timeOfDayStart><timeOfDayEnd>04:00</timeOfDayEnd></day></days><timeZone>12</timeZone></schedule></remoteDestination>',
      ),
    )
    expect(s).toEqual({ timeZone: '12', days: [{ day: 2, start: '01:00', end: '02:00' }] })
  })
})

describe('toScheduleXml', () => {
  const schedule: Schedule = {
    timeZone: 'America/New_York',
    days: [
      { day: 3, start: '09:15', end: '17:45' },
      { day: 1, start: '00:00', end: '24:00' },
    ],
  }

  it('builds the invented shape, days in order', () => {
    expect(buildXml('remoteDestination', { schedule: toScheduleXml(schedule) })).toBe(
      '<remoteDestination><schedule><timeZone value="America/New_York"/><days>' +
        '<day value="1"><timeOfDayStart>00:00</timeOfDayStart><timeOfDayEnd>24:00</timeOfDayEnd></day>' +
        '<day value="3"><timeOfDayStart>09:15</timeOfDayStart><timeOfDayEnd>17:45</timeOfDayEnd></day>' +
        '</days></schedule></remoteDestination>',
    )
  })

  it('one day is still a list item, and round-trips through parse', () => {
    const one: Schedule = { timeZone: 'UTC', days: [{ day: 6, start: '10:00', end: '12:30' }] }
    const xml = buildXml('remoteDestination', { schedule: toScheduleXml(one) })
    expect(parseSchedule(rd(xml))).toEqual(one)
    expect(parseSchedule(rd(buildXml('remoteDestination', { schedule: toScheduleXml(schedule) })))).toEqual({
      ...schedule,
      days: [...schedule.days].sort((a, b) => a.day - b.day),
    })
  })

  it('null is an empty element (ring at any time); an unknown zone is left out', () => {
    expect(buildXml('remoteDestination', { schedule: toScheduleXml(null) })).toBe(
      '<remoteDestination><schedule/></remoteDestination>',
    )
    expect(
      buildXml('remoteDestination', {
        schedule: toScheduleXml({ timeZone: '', days: [{ day: 1, start: '08:00', end: '09:00' }] }),
      }),
    ).not.toContain('timeZone')
  })
})

describe('times and zones', () => {
  it('converts times, 24:00 included', () => {
    expect(timeToMinutes('24:00')).toBe(1440)
    expect(timeToMinutes('8:15')).toBe(495)
    expect(timeToMinutes('24:15')).toBeNull()
    expect(timeToMinutes('noon')).toBeNull()
    expect(minutesToTime(1440)).toBe('24:00')
    expect(minutesToTime(75)).toBe('01:15')
  })

  it('compares schedules by meaning', () => {
    const a: Schedule = { timeZone: 'UTC', days: [{ day: 1, start: '8:00', end: '09:00' }] }
    expect(sameSchedule(a, { timeZone: 'UTC', days: [{ day: 1, start: '08:00', end: '09:00' }] })).toBe(true)
    expect(sameSchedule(a, { ...a, timeZone: 'Europe/London' })).toBe(false)
    expect(sameSchedule(a, null)).toBe(false)
    expect(sameSchedule(null, null)).toBe(true)
  })

  it('maps options/timeZones entries to zone ids and finds a saved zone', () => {
    const options = [
      { value: '12', name: '(GMT-06:00) America/Chicago' },
      { value: '99', name: 'Somewhere without an id' },
    ]
    expect(timeZoneId(options[0]!)).toBe('America/Chicago')
    expect(timeZoneId(options[1]!)).toBe('99')
    expect(findTimeZone(options, 'America/Chicago')).toBe(options[0])
    expect(findTimeZone(options, '12')).toBe(options[0])
    expect(findTimeZone(options, 'Europe/Paris')).toBeUndefined()
    expect(findTimeZone(options, '')).toBeUndefined()
  })
})

describe('against the mock', () => {
  const auth = { Authorization: 'Basic ' + btoa('demo:demo') }
  const base = 'http://127.0.0.1:8443/cucm-uds/user/demo'

  it("reads the demo mobile's weekday schedule from the list answer", async () => {
    const mock = createMockApp()
    const res = await mock.fetch(new Request(`${base}/remoteDestinations`, { headers: auth }))
    const root = parseXml(await res.text(), 'remoteDestinations')
    const item = (Array.isArray(root.remoteDestination) ? root.remoteDestination[0] : undefined) as never
    expect(parseSchedule(item)).toEqual({
      timeZone: 'America/Chicago',
      days: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '18:00' })),
    })
  })

  it('a schedule we build is stored and answered back exactly; an empty one clears it', async () => {
    const mock = createMockApp()
    const list = parseXml(
      await (await mock.fetch(new Request(`${base}/remoteDestinations`, { headers: auth }))).text(),
      'remoteDestinations',
    )
    const id = (list.remoteDestination as { id: string }[])[0]!.id
    const schedule: Schedule = {
      timeZone: 'Europe/London',
      days: [
        { day: 0, start: '00:00', end: '24:00' },
        { day: 6, start: '10:15', end: '11:45' },
      ],
    }
    const put = (body: string) =>
      mock.fetch(
        new Request(`${base}/remoteDestination/${id}`, {
          method: 'PUT',
          headers: { ...auth, 'Content-Type': 'application/xml' },
          body,
        }),
      )
    const res = await put(buildXml('remoteDestination', { schedule: toScheduleXml(schedule) }))
    expect(res.status).toBe(200)
    expect(parseSchedule(parseXml(await res.text(), 'remoteDestination'))).toEqual(schedule)
    const cleared = await put(buildXml('remoteDestination', { schedule: toScheduleXml(null) }))
    expect(parseSchedule(parseXml(await cleared.text(), 'remoteDestination'))).toBeNull()
  })

  it('the mock refuses an end before the start (415)', async () => {
    const mock = createMockApp()
    const list = parseXml(
      await (await mock.fetch(new Request(`${base}/remoteDestinations`, { headers: auth }))).text(),
      'remoteDestinations',
    )
    const id = (list.remoteDestination as { id: string }[])[0]!.id
    const res = await mock.fetch(
      new Request(`${base}/remoteDestination/${id}`, {
        method: 'PUT',
        headers: { ...auth, 'Content-Type': 'application/xml' },
        body: buildXml('remoteDestination', {
          schedule: toScheduleXml({ timeZone: 'UTC', days: [{ day: 1, start: '10:00', end: '09:00' }] }),
        }),
      }),
    )
    expect(res.status).toBe(415)
  })
})
