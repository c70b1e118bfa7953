import { describe, expect, it } from 'vitest'
import type { RemoteDestination } from '../../api/remote-destinations/remote-destinations.ts'
import {
  defaultValues,
  normaliseNumber,
  phoneSchema,
  toNewPhone,
  toPhonePatch,
  type PhoneFormValues,
} from './phone-model.ts'
import {
  daysFromSchedule,
  daysText,
  endOptions,
  scheduleFromDays,
  scheduleSentence,
  startOptions,
  timeLabel,
} from './schedule-model.ts'

const weekdays = {
  timeZone: 'America/Chicago',
  days: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '08:00', end: '18:00' })),
}

const mobile: RemoteDestination = {
  id: 'm1',
  name: 'Mobile',
  number: '+13125550177',
  ringWhenExtensionDialed: true,
  allowTransferToMobile: true,
  allowControlFromApplication: false,
  device: { name: 'RDPDEMO', description: '', model: 'Remote Destination Profile', usage: '0' },
  schedule: weekdays,
}

describe('schedule words', () => {
  it('labels times without ambiguity', () => {
    expect(timeLabel('00:00')).toBe('Midnight (start of day)')
    expect(timeLabel('24:00')).toBe('Midnight (end of day)')
    expect(timeLabel('12:00')).toBe('12:00pm (midday)')
    expect(timeLabel('08:15')).toBe('8:15am')
    expect(timeLabel('18:45')).toBe('6:45pm')
    expect(timeLabel('00:30')).toBe('12:30am')
  })

  it('offers 15-minute steps, midnight as the end of the day, and a saved odd time', () => {
    expect(startOptions()).toHaveLength(96)
    expect(startOptions()[0]).toEqual({ value: '00:00', label: 'Midnight (start of day)' })
    expect(endOptions().at(-1)).toEqual({ value: '24:00', label: 'Midnight (end of day)' })
    expect(endOptions()[0]?.value).toBe('00:15')
    const odd = startOptions('08:10').map((o) => o.value)
    expect(odd.slice(32, 35)).toEqual(['08:00', '08:10', '08:15'])
  })

  it('reads a schedule back as a sentence', () => {
    expect(scheduleSentence(null)).toBe('Rings at any time')
    expect(scheduleSentence(weekdays)).toBe('Rings Monday to Friday, 8:00am to 6:00pm')
    expect(
      scheduleSentence({
        days: [
          { day: 6, start: '10:00', end: '14:00' },
          { day: 0, start: '10:00', end: '14:00' },
          { day: 1, start: '00:00', end: '24:00' },
        ],
      }),
    ).toBe('Rings Monday, all day; Saturday and Sunday, 10:00am to 2:00pm')
    expect(scheduleSentence({ days: [{ day: 3, start: '22:00', end: '24:00' }] })).toBe(
      'Rings Wednesday, 10:00pm to midnight',
    )
    expect(scheduleSentence({ days: [] })).toBe('Doesn’t ring on any day')
  })

  it('names runs of days', () => {
    expect(daysText([1, 2, 3, 4, 5, 6, 0])).toBe('every day')
    expect(daysText([1, 2, 4])).toBe('Monday, Tuesday and Thursday')
    expect(daysText([1, 2, 3, 5])).toBe('Monday to Wednesday and Friday')
    expect(daysText([0])).toBe('Sunday')
  })

  it('turns a schedule into seven form days, Monday first, and back', () => {
    const days = daysFromSchedule(weekdays)
    expect(days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 0])
    expect(days.filter((d) => d.enabled)).toHaveLength(5)
    expect(scheduleFromDays(days, 'America/Chicago')).toEqual(weekdays)
  })
})

describe('phone form', () => {
  const rules = { ownNumbers: ['1001', '1002', '+13125551001'], otherPhones: [mobile] }
  const valid: PhoneFormValues = {
    ...defaultValues(undefined, 'RDPDEMO', 'UTC'),
    name: 'Home',
    number: '020 7946 0000',
    when: 'always',
  }
  const errors = (values: PhoneFormValues) => {
    const r = phoneSchema(rules).safeParse(values)
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }

  it('strips spaces, brackets and dashes', () => {
    expect(normaliseNumber(' +44 (20) 7946-0000 ')).toBe('+442079460000')
    expect(normaliseNumber('312–555–0177')).toBe('3125550177')
  })

  it('accepts a valid phone, and a new one rings at any time until told otherwise', () => {
    expect(errors(valid)).toEqual([])
    expect(errors({ ...valid, when: '' })).toEqual(['when: Select when this phone should ring'])
    expect(defaultValues(undefined, 'RDPDEMO', 'UTC').when).toBe('always')
  })

  it('checks the name', () => {
    expect(errors({ ...valid, name: '  ' })).toEqual(['name: Enter a name for this phone'])
    expect(errors({ ...valid, name: '📱'.repeat(50) })).toEqual([])
    expect(errors({ ...valid, name: 'x'.repeat(51) })).toEqual(['name: Name must be 50 characters or less'])
    expect(errors({ ...valid, name: 'a\u0007b' })).toEqual(['name: Name can’t include control characters'])
    expect(errors({ ...valid, name: '<b>&amp;"]]>' })).toEqual([])
  })

  it('checks the number', () => {
    expect(errors({ ...valid, number: ' - ' })).toEqual(['number: Enter the phone number'])
    expect(errors({ ...valid, number: '07700 9OO123' })).toEqual([
      'number: Phone number can only include 0–9 and a + at the start',
    ])
    expect(errors({ ...valid, number: '1+2' })).toHaveLength(1)
    expect(errors({ ...valid, number: '1'.repeat(25) })).toEqual([
      'number: Phone number must be 24 characters or less',
    ])
    expect(errors({ ...valid, number: '1001' })).toEqual([
      'number: This number is one of your desk lines – add a mobile or home number',
    ])
    expect(errors({ ...valid, number: '(312) 555-1001' })).toEqual([])
    expect(errors({ ...valid, number: '+1 312 555 1001' })).toHaveLength(1)
    expect(errors({ ...valid, number: '1 (312) 555-0177' })).toEqual([
      'number: You’ve already added this number as ‘Mobile’ – enter a different number',
    ])
  })

  it('checks the schedule only when it is used', () => {
    const scheduled = { ...valid, when: 'scheduled' as const }
    expect(errors(scheduled)).toEqual(['days.0.enabled: Select at least one day'])
    const days = scheduled.days.map((d) =>
      d.day === 1 ? { ...d, enabled: true, start: '18:00', end: '08:00' } : d,
    )
    expect(errors({ ...scheduled, days })).toEqual([
      'days.0.start: Monday: end time must be after start time',
    ])
    expect(errors({ ...valid, days })).toEqual([])
  })

  it('builds a new phone that rings, with the number normalised and the name trimmed', () => {
    expect(toNewPhone({ ...valid, name: ' Home ' })).toEqual({
      name: 'Home',
      number: '02079460000',
      ringWhenExtensionDialed: true,
      allowTransferToMobile: true,
      allowControlFromApplication: false,
      deviceName: 'RDPDEMO',
      schedule: null,
    })
  })

  it('patches only what changed', () => {
    const values = defaultValues(mobile, 'RDPDEMO', 'UTC')
    expect(values.when).toBe('scheduled')
    expect(values.timeZone).toBe('America/Chicago')
    expect(toPhonePatch(values, mobile)).toEqual({})
    expect(toPhonePatch({ ...values, number: '+1 (312) 555-0177' }, mobile)).toEqual({})
    expect(toPhonePatch({ ...values, when: 'always' }, mobile)).toEqual({ schedule: null })
    expect(toPhonePatch({ ...values, timeZone: 'Europe/London' }, mobile)).toEqual({
      schedule: { ...weekdays, timeZone: 'Europe/London' },
    })
    expect(
      toPhonePatch({ ...values, name: 'Work mobile', allowControlFromApplication: true }, mobile),
    ).toEqual({
      name: 'Work mobile',
      allowControlFromApplication: true,
    })
  })
})
