/**
 * Hostile input, every value of the corpus in every text field whose rules live outside a component:
 * first the form's own rules (what the page checks before sending), then, for what they let through,
 * the write through the real client to the mock and the read back with the real parser. Each value is
 * refused (by the form, or by the server with nothing changed) or round-trips exactly. The browser
 * suite (e2e/resilience/hostile-input.spec.ts) types a few of these into the pages, where the DOM and
 * the layout matter. Both expect the outcomes in src/testing/hostile-corpus.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MockApp } from '../../mock-server/app.ts'
import { ApiError } from '../api/api-error.ts'
import { putCredentials } from '../api/credentials/credentials.ts'
import {
  getRemoteDestinations,
  putRemoteDestination,
} from '../api/remote-destinations/remote-destinations.ts'
import { getUserSpeedDials, postSpeedDials } from '../api/speed-dials/speed-dials.ts'
import { ACCEPTED, CORPUS } from '../testing/hostile-corpus.ts'
import { secretIs, signedInThroughMock } from '../testing/mock-fixtures.ts'
import { validateForwarding } from './call-forwarding/forwarding-rules.ts'
import { passwordProblem, pinProblem } from './pin-and-password/rules.ts'
import { defaultValues, phoneSchema } from './single-number-reach/phone-model.ts'
import { entrySchema } from './speed-dials/validation.ts'

let mock: MockApp
const MOBILE = 'e1a00001-4444-4e5f-9061-000000000001'

interface Field {
  name: string
  /** The form's own check: true when it refuses the value before sending anything. */
  refusedByForm(value: string): boolean
  /** What the form sends for the value. */
  sent?(value: string): string
  /** Sends it as the page would and reads it back as the page would; undefined when nothing to send. */
  roundTrip?(sent: string): Promise<string>
  /** The value as the server holds it now (to show a refused value changed nothing). */
  stored?(): Promise<string>
}

const snrRules = { ownNumbers: ['1001', '1002'], otherPhones: [] }
const snrValues = (name: string, number: string) => ({
  ...defaultValues(undefined, 'RDP-demo', ''),
  name,
  number,
  when: 'always' as const,
})

const FIELDS: Field[] = [
  {
    name: 'Call forwarding · Number to forward to',
    refusedByForm: (v) =>
      validateForwarding({ where: 'number', number: v, scope: 'all' }, []).number !== undefined,
  },
  {
    name: 'Single Number Reach · Name',
    refusedByForm: (v) => !phoneSchema(snrRules).safeParse(snrValues(v, '07700900123')).success,
    sent: (v) => v.trim(),
    async roundTrip(sent) {
      await putRemoteDestination('demo', MOBILE, { name: sent })
      return (await getRemoteDestinations('demo')).find((p) => p.id === MOBILE)!.name
    },
    stored: async () => (await getRemoteDestinations('demo')).find((p) => p.id === MOBILE)!.name,
  },
  {
    name: 'Single Number Reach · Phone number',
    refusedByForm: (v) => !phoneSchema(snrRules).safeParse(snrValues('Home', v)).success,
  },
  {
    name: 'Speed dials · Name',
    refusedByForm: (v) => !entrySchema([]).safeParse({ position: '9', label: v, number: '123' }).success,
    sent: (v) => v.trim(),
    async roundTrip(sent) {
      await postSpeedDials('demo', [{ index: 9, label: sent, number: '123' }])
      return (await getUserSpeedDials('demo')).speedDials.find((d) => d.index === 9)!.label
    },
    stored: async () => (await getUserSpeedDials('demo')).speedDials.find((d) => d.index === 9)?.label ?? '',
  },
  {
    name: 'Speed dials · Number',
    refusedByForm: (v) => !entrySchema([]).safeParse({ position: '9', label: 'Hostile', number: v }).success,
  },
  { name: 'PIN and password · New phone PIN', refusedByForm: (v) => pinProblem(v) !== null },
  {
    name: 'PIN and password · New voicemail PIN',
    refusedByForm: (v) => pinProblem(v) !== null,
  },
  {
    name: 'PIN and password · New password',
    refusedByForm: (v) => passwordProblem(v, 'demo') !== null,
    async roundTrip(sent) {
      await putCredentials('demo', { password: sent })
      // Read back as a comparison: the value itself never leaves the mock.
      return (await secretIs(mock, 'password', sent)) ? sent : '(a different password)'
    },
    stored: async () => ((await secretIs(mock, 'password', 'demo')) ? 'demo' : '(not the original password)'),
  },
]

let restore: () => void

beforeEach(() => {
  ;({ mock, restore } = signedInThroughMock())
})
afterEach(() => {
  restore()
})

describe.each(FIELDS)('$name', (field) => {
  it.each(CORPUS)('$name: refused, or round-trips exactly', async ({ name, value }) => {
    let outcome: 'saved' | 'refused'
    if (field.refusedByForm(value)) outcome = 'refused'
    else {
      expect(field.roundTrip, 'a value the form lets through is sent').toBeDefined()
      const sent = field.sent ? field.sent(value) : value
      const before = await field.stored!()
      const back = await field.roundTrip!(sent).then(
        (v) => v,
        (e: unknown) => e,
      )
      if (back instanceof ApiError) {
        // Refused by the server: a refusal the page can word, and nothing changed.
        expect(back.kind).toBe('invalid')
        expect(await field.stored!(), 'a refused value changes nothing').toBe(before)
        outcome = 'refused'
      } else {
        expect(back, 'read back exactly as sent').toBe(sent)
        outcome = 'saved'
      }
    }
    expect(outcome).toBe(ACCEPTED[field.name]!.includes(name) ? 'saved' : 'refused')
  })
})
