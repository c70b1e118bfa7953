/**
 * The add/edit form's rules, checked on submit (messages reuse the label's words). Pure, so the rules are unit-tested
 * without a browser. Harmless extras are removed before checking: spaces around the name, spaces and
 * hyphens in the number.
 */
import { z } from 'zod'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import { charCount, hasControlCharacters } from '../../lib/read-back.ts'
import { MAX_POSITION, MIN_POSITION } from './draft.ts'
import { speedDialMessages as m } from './messages.ts'

export const NAME_MAX = 30
export const NUMBER_MAX = 50

export interface EntryValues {
  position: string
  label: string
  number: string
}

export function normaliseNumber(value: string): string {
  return value.replace(/[\s-]/g, '')
}

export function toSpeedDial(values: EntryValues): SpeedDial {
  return {
    index: Number(values.position.trim()),
    label: values.label.trim(),
    number: normaliseNumber(values.number),
  }
}

/**
 * The schema for one entry. `others` are the draft's other entries (editing excludes the entry
 * itself), so a position can't be used twice.
 */
export function entrySchema(others: readonly SpeedDial[]) {
  return z.object({
    position: z.string().superRefine((raw, ctx) => {
      const value = raw.trim()
      if (value === '') return void ctx.addIssue({ code: 'custom', message: m.enterPosition })
      const index = Number(value)
      if (!/^[0-9]+$/.test(value) || index < MIN_POSITION || index > MAX_POSITION)
        return void ctx.addIssue({ code: 'custom', message: m.positionRange })
      const taken = others.find((o) => o.index === index)
      if (taken) ctx.addIssue({ code: 'custom', message: m.positionTaken(index, taken.label) })
    }),
    label: z.string().superRefine((raw, ctx) => {
      const value = raw.trim()
      if (value === '') return void ctx.addIssue({ code: 'custom', message: m.enterName })
      if (hasControlCharacters(value)) return void ctx.addIssue({ code: 'custom', message: m.nameControl })
      if (charCount(value) > NAME_MAX) ctx.addIssue({ code: 'custom', message: m.nameTooLong })
    }),
    number: z.string().superRefine((raw, ctx) => {
      const value = normaliseNumber(raw)
      if (value === '') return void ctx.addIssue({ code: 'custom', message: m.enterNumber })
      if (!/^[0-9+*#,]+$/.test(value))
        return void ctx.addIssue({ code: 'custom', message: m.numberCharacters })
      if (value.length > NUMBER_MAX) ctx.addIssue({ code: 'custom', message: m.numberTooLong })
    }),
  })
}
