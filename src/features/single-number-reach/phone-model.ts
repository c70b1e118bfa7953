/**
 * The phone form (details + ring schedule, one draft across both steps): its values, validation on
 * "Save phone" (messages reuse the label's words) and the request it turns into. Pure, so it is unit-tested in node.
 */
import { z } from 'zod'
import type {
  NewRemoteDestination,
  RemoteDestination,
  RemoteDestinationPatch,
} from '../../api/remote-destinations/remote-destinations.ts'
import { sameSchedule, type DayOfWeek, type Schedule } from '../../api/remote-destinations/schedule.ts'
import { charCount, hasControlCharacters } from '../../lib/read-back.ts'
import { snrMessages as m } from './messages.ts'
import {
  DAY_NAMES,
  daysFromSchedule,
  endsAfterStart,
  scheduleFromDays,
  type DayDraft,
} from './schedule-model.ts'

export type When = 'always' | 'scheduled' | ''

export interface PhoneFormValues {
  name: string
  /** As typed (shown back as typed; normalised only for the request). */
  number: string
  when: When
  allowTransferToMobile: boolean
  allowControlFromApplication: boolean
  /** The remote destination profile / CTI remote device name. */
  deviceName: string
  /** The schedule's zone id ('' = the phone system's own). */
  timeZone: string
  /** Seven days, Monday first. */
  days: DayDraft[]
}

export const NAME_MAX = 50
export const NUMBER_MAX = 24

/** Spaces, brackets and dashes people type are dropped before sending ("(312) 555-0177"). */
export function normaliseNumber(typed: string): string {
  return typed.replace(/[\s()[\]\-\u2010-\u2015\u2212]/g, '')
}

/** Digits only, for comparing numbers whatever their spelling (+1 312… vs 1312…). */
function digits(value: string): string {
  return value.replace(/\D/g, '')
}

export function defaultValues(
  phone: RemoteDestination | undefined,
  deviceName: string,
  timeZone: string,
): PhoneFormValues {
  return {
    name: phone?.name ?? '',
    number: phone?.number ?? '',
    // A new phone starts at "At any time", the phone system's own default for a remote destination.
    when: phone?.schedule ? 'scheduled' : 'always',
    allowTransferToMobile: phone?.allowTransferToMobile ?? true,
    allowControlFromApplication: phone?.allowControlFromApplication ?? false,
    deviceName: phone?.device?.name || deviceName,
    timeZone: phone?.schedule ? phone.schedule.timeZone : timeZone,
    days: daysFromSchedule(phone?.schedule ?? null),
  }
}

export interface PhoneRules {
  /** The user's desk numbers (their lines, and their work number). */
  ownNumbers: string[]
  /** The user's other phones, except the one being changed. */
  otherPhones: Pick<RemoteDestination, 'name' | 'number'>[]
}

const daySchema = z.object({
  day: z.custom<DayOfWeek>((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 6),
  enabled: z.boolean(),
  start: z.string(),
  end: z.string(),
})

const valuesSchema = z.object({
  name: z.string(),
  number: z.string(),
  when: z.enum(['always', 'scheduled', '']),
  allowTransferToMobile: z.boolean(),
  allowControlFromApplication: z.boolean(),
  deviceName: z.string(),
  timeZone: z.string(),
  days: z.array(daySchema),
})

/** Field ids, for error links; the schedule's live on the schedule step. */
export const fieldIds = {
  name: 'phone-name',
  number: 'phone-number',
  when: 'phone-when',
  dayEnabled: (day: number) => `day-${day}-enabled`,
  dayStart: (day: number) => `day-${day}-start`,
  dayEnd: (day: number) => `day-${day}-end`,
}

export function phoneSchema(rules: PhoneRules) {
  return valuesSchema.superRefine((v, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })

    const name = v.name.trim()
    if (name === '') issue(['name'], m.enterName)
    else if (charCount(name) > NAME_MAX) issue(['name'], m.nameTooLong)
    else if (hasControlCharacters(name)) issue(['name'], m.nameControl)

    const number = normaliseNumber(v.number)
    const own = new Set(rules.ownNumbers.map(digits).filter(Boolean))
    const twin = rules.otherPhones.find((p) => digits(p.number) === digits(number))
    if (number === '') issue(['number'], m.enterNumber)
    else if (!/^\+?[0-9]+$/.test(number)) issue(['number'], m.numberCharacters)
    else if (number.length > NUMBER_MAX) issue(['number'], m.numberTooLong)
    else if (own.has(digits(number))) issue(['number'], m.ownLine)
    else if (twin) issue(['number'], m.duplicate(twin.name))

    if (v.when === '') issue(['when'], m.selectWhen)
    if (v.when === 'scheduled') {
      if (!v.days.some((d) => d.enabled)) issue(['days', 0, 'enabled'], m.atLeastOneDay)
      v.days.forEach((d, i) => {
        if (d.enabled && !endsAfterStart(d)) issue(['days', i, 'start'], m.endAfterStart(DAY_NAMES[d.day]))
      })
    }
  })
}

/** The schedule the values describe: null rings at any time. */
export function scheduleOf(values: PhoneFormValues): Schedule | null {
  return values.when === 'scheduled' ? scheduleFromDays(values.days, values.timeZone) : null
}

/** A new phone rings at once (the user is adding it to be rung). */
export function toNewPhone(values: PhoneFormValues): NewRemoteDestination {
  return {
    name: values.name.trim(),
    number: normaliseNumber(values.number),
    ringWhenExtensionDialed: true,
    allowTransferToMobile: values.allowTransferToMobile,
    allowControlFromApplication: values.allowControlFromApplication,
    deviceName: values.deviceName,
    schedule: scheduleOf(values),
  }
}

/** Only what differs from the saved phone (an empty patch means nothing changed). */
export function toPhonePatch(values: PhoneFormValues, phone: RemoteDestination): RemoteDestinationPatch {
  const patch: RemoteDestinationPatch = {}
  const name = values.name.trim()
  if (name !== phone.name) patch.name = name
  const number = normaliseNumber(values.number)
  if (number !== phone.number) patch.number = number
  if (values.allowTransferToMobile !== phone.allowTransferToMobile)
    patch.allowTransferToMobile = values.allowTransferToMobile
  if (values.allowControlFromApplication !== phone.allowControlFromApplication)
    patch.allowControlFromApplication = values.allowControlFromApplication
  if (values.deviceName && values.deviceName !== (phone.device?.name ?? ''))
    patch.deviceName = values.deviceName
  const schedule = scheduleOf(values)
  if (!sameSchedule(schedule, phone.schedule)) patch.schedule = schedule
  return patch
}
