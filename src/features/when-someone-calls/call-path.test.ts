import { describe, expect, it } from 'vitest'
import type { DndOption } from '../../api/devices/devices.ts'
import type { Schedule } from '../../api/remote-destinations/schedule.ts'
import {
  callPath,
  type CallPathInput,
  type PathLine,
  type PathSnrPhone,
  type WarningId,
} from './call-path.ts'
import { localTime, nextInstant, ringsAt } from './ring-times.ts'

const vm = { toVoicemail: true, destination: '' }
const off = { toVoicemail: false, destination: '' }
const to = (destination: string) => ({ toVoicemail: false, destination })
const allRules = (f = vm) => ({ noAnswerInternal: f, noAnswerExternal: f, busyInternal: f, busyExternal: f })
const weekdays = (start: string, end: string, timeZone = 'America/Chicago'): Schedule => ({
  timeZone,
  days: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start, end })),
})

const line = (dn: string, over: Partial<PathLine> = {}): PathLine => ({
  id: dn,
  directoryNumber: dn,
  isPrimary: dn === '1001',
  callForward: off,
  rules: allRules(),
  voicemailPilot: '8000',
  ...over,
})
const mobile = (over: Partial<PathSnrPhone> = {}): PathSnrPhone => ({
  id: 'm',
  name: 'Mobile',
  number: '+13125550177',
  ring: true,
  schedule: weekdays('08:00', '18:00'),
  zone: 'America/Chicago',
  ...over,
})
const base = (over: Partial<CallPathInput> = {}): CallPathInput => ({
  lines: [line('1001'), line('1002')],
  dnd: false,
  dndOptions: ['ringerOff', 'ringerOff'],
  phones: [{ name: 'Desk phone' }, { name: 'Jabber' }],
  snr: [mobile()],
  // Monday 2 March 2026, 10:15am in Chicago (CST, UTC-6).
  at: new Date('2026-03-02T16:15:00Z'),
  ...over,
})

const PHONES = 'Your phones ring: Desk phone, Jabber.'
const MOBILE_IN = 'Mobile rings too – it’s Monday 10:15am in Chicago, inside its Monday 8:00am–6:00pm times.'
const NO_ANSWER_VM = 'If you don’t answer: calls go to voicemail.'
const BUSY_VM = 'If you’re on a call: calls go to voicemail.'

interface Row {
  name: string
  input: CallPathInput
  /** The primary line's sentences (the second line's when `line` is 1). */
  steps: string[]
  line?: number
  warnings?: WarningId[]
}

const rejecting: DndOption[] = ['callReject', 'callReject']

const TABLE: Row[] = [
  {
    name: 'nothing set: phones, mobile in its times, voicemail',
    input: base(),
    steps: [PHONES, MOBILE_IN, NO_ANSWER_VM, BUSY_VM],
  },
  {
    name: 'second line: no Single Number Reach sentence',
    input: base(),
    line: 1,
    steps: [PHONES, NO_ANSWER_VM, BUSY_VM],
  },
  {
    name: 'forward all to a number wins',
    input: base({ lines: [line('1001', { callForward: to('07700900123') }), line('1002')] }),
    steps: ['Calls to 1001 go straight to 07700900123; nothing else below applies.'],
  },
  {
    name: 'forward all to voicemail wins',
    input: base({ lines: [line('1001', { callForward: vm }), line('1002')] }),
    steps: ['Calls to 1001 go straight to voicemail; nothing else below applies.'],
  },
  {
    name: 'forward all wins over do not disturb, with a warning',
    input: base({ dnd: true, lines: [line('1001', { callForward: to('5551234') }), line('1002')] }),
    steps: ['Calls to 1001 go straight to 5551234; nothing else below applies.'],
    warnings: ['dnd-forward'],
  },
  {
    name: 'do not disturb, Call Reject: the busy rule',
    input: base({ dnd: true, dndOptions: rejecting }),
    steps: [
      'Your phones don’t ring: do not disturb is on. Callers get your busy rule: calls go to voicemail.',
      'Mobile usually rings too – it’s Monday 10:15am in Chicago, inside its Monday 8:00am–6:00pm times.',
    ],
  },
  {
    name: 'do not disturb, Call Reject, busy to a number',
    input: base({
      dnd: true,
      dndOptions: rejecting,
      snr: [],
      lines: [line('1001', { rules: { ...allRules(), busyInternal: to('1005'), busyExternal: to('1005') } })],
    }),
    steps: ['Your phones don’t ring: do not disturb is on. Callers get your busy rule: calls go to 1005.'],
  },
  {
    name: 'do not disturb, Ringer Off: silent, then no answer',
    input: base({ dnd: true, snr: [] }),
    steps: [
      'Your phones show the call silently (do not disturb is on); if you don’t answer: calls go to voicemail.',
    ],
  },
  {
    name: 'do not disturb with mixed options: usually silent',
    input: base({ dnd: true, snr: [], dndOptions: ['callReject', 'ringerOff'] }),
    steps: [
      'Your phones usually show the call silently (do not disturb is on); if you don’t answer: calls go to voicemail.',
    ],
  },
  {
    name: 'do not disturb with an unknown option: usually silent',
    input: base({ dnd: true, snr: [], dndOptions: ['common'] }),
    steps: [
      'Your phones usually show the call silently (do not disturb is on); if you don’t answer: calls go to voicemail.',
    ],
  },
  {
    name: 'mobile switched off, warned as unreachable',
    input: base({ snr: [mobile({ ring: false })] }),
    steps: [PHONES, 'Mobile doesn’t ring: it’s switched off.', NO_ANSWER_VM, BUSY_VM],
    warnings: ['snr-unreachable'],
  },
  {
    name: 'mobile with no schedule rings at any time',
    input: base({ snr: [mobile({ schedule: null })] }),
    steps: [PHONES, 'Mobile rings too, at any time.', NO_ANSWER_VM, BUSY_VM],
  },
  {
    name: 'mobile with an empty schedule never rings',
    input: base({ snr: [mobile({ schedule: { timeZone: 'America/Chicago', days: [] } })] }),
    steps: [PHONES, 'Mobile doesn’t ring: its schedule has no days.', NO_ANSWER_VM, BUSY_VM],
    warnings: ['snr-unreachable'],
  },
  {
    name: 'Saturday: outside, next time Monday',
    input: base({ at: new Date('2026-03-07T16:15:00Z') }),
    steps: [
      PHONES,
      'Mobile doesn’t ring now: it’s Saturday 10:15am in Chicago; its next time is Monday 8:00am.',
      NO_ANSWER_VM,
      BUSY_VM,
    ],
    warnings: ['snr-unreachable'],
  },
  {
    name: 'Monday evening: next time Tuesday',
    input: base({ at: new Date('2026-03-03T01:30:00Z') }),
    steps: [
      PHONES,
      'Mobile doesn’t ring now: it’s Monday 7:30pm in Chicago; its next time is Tuesday 8:00am.',
      NO_ANSWER_VM,
      BUSY_VM,
    ],
    warnings: ['snr-unreachable'],
  },
  {
    name: 'end time is exclusive (6:00pm sharp is outside)',
    input: base({ at: new Date('2026-03-03T00:00:00Z') }),
    steps: [
      PHONES,
      'Mobile doesn’t ring now: it’s Monday 6:00pm in Chicago; its next time is Tuesday 8:00am.',
      NO_ANSWER_VM,
      BUSY_VM,
    ],
    warnings: ['snr-unreachable'],
  },
  {
    name: 'before daylight saving starts: 13:30 UTC is 7:30am in Chicago, outside',
    input: base({ at: new Date('2026-03-06T13:30:00Z') }),
    steps: [
      PHONES,
      'Mobile doesn’t ring now: it’s Friday 7:30am in Chicago; its next time is Friday 8:00am.',
      NO_ANSWER_VM,
      BUSY_VM,
    ],
    warnings: ['snr-unreachable'],
  },
  {
    name: 'after daylight saving starts (8 March): 13:30 UTC is 8:30am in Chicago, inside',
    input: base({ at: new Date('2026-03-09T13:30:00Z') }),
    steps: [
      PHONES,
      'Mobile rings too – it’s Monday 8:30am in Chicago, inside its Monday 8:00am–6:00pm times.',
      NO_ANSWER_VM,
      BUSY_VM,
    ],
  },
  {
    name: 'after daylight saving ends (1 November): 13:30 UTC is 7:30am again, outside',
    input: base({ at: new Date('2026-11-02T13:30:00Z') }),
    steps: [
      PHONES,
      'Mobile doesn’t ring now: it’s Monday 7:30am in Chicago; its next time is Monday 8:00am.',
      NO_ANSWER_VM,
      BUSY_VM,
    ],
    warnings: ['snr-unreachable'],
  },
  {
    name: 'a London schedule across its own change (29 March): 08:30 UTC is 9:30am, inside',
    input: base({
      snr: [
        mobile({
          name: 'Home',
          schedule: weekdays('09:00', '17:00', 'Europe/London'),
          zone: 'Europe/London',
        }),
      ],
      at: new Date('2026-03-30T08:30:00Z'),
    }),
    steps: [
      PHONES,
      'Home rings too – it’s Monday 9:30am in London, inside its Monday 9:00am–5:00pm times.',
      NO_ANSWER_VM,
      BUSY_VM,
    ],
  },
  {
    name: 'the same London schedule a week earlier: 08:30 UTC is 8:30am, outside',
    input: base({
      snr: [
        mobile({
          name: 'Home',
          schedule: weekdays('09:00', '17:00', 'Europe/London'),
          zone: 'Europe/London',
        }),
      ],
      at: new Date('2026-03-23T08:30:00Z'),
    }),
    steps: [
      PHONES,
      'Home doesn’t ring now: it’s Monday 8:30am in London; its next time is Monday 9:00am.',
      NO_ANSWER_VM,
      BUSY_VM,
    ],
    warnings: ['snr-unreachable'],
  },
  {
    name: 'two phones: one in its times, one off; no unreachable warning',
    input: base({
      snr: [mobile(), mobile({ id: 'h', name: 'Home phone', number: '+13125550100', ring: false })],
    }),
    steps: [PHONES, MOBILE_IN, 'Home phone doesn’t ring: it’s switched off.', NO_ANSWER_VM, BUSY_VM],
  },
  {
    name: 'all day schedule to midnight',
    input: base({ snr: [mobile({ schedule: weekdays('00:00', '24:00') })] }),
    steps: [
      PHONES,
      'Mobile rings too – it’s Monday 10:15am in Chicago, inside its Monday midnight–midnight times.',
      NO_ANSWER_VM,
      BUSY_VM,
    ],
  },
  {
    name: 'no answer to a number, busy default',
    input: base({
      snr: [],
      lines: [
        line('1001', {
          rules: { ...allRules(off), noAnswerInternal: to('1002'), noAnswerExternal: to('1002') },
        }),
      ],
    }),
    steps: [
      PHONES,
      'If you don’t answer: calls go to 1002.',
      'If you’re on a call: your administrator’s setting applies.',
    ],
  },
  {
    name: 'inside and outside callers differ',
    input: base({
      snr: [],
      lines: [line('1001', { rules: { ...allRules(), busyExternal: to('07700900123') } })],
    }),
    steps: [
      PHONES,
      NO_ANSWER_VM,
      'If you’re on a call: calls go to voicemail for callers inside the organisation; calls go to 07700900123 for callers outside.',
    ],
  },
  {
    name: 'rules not read yet',
    input: base({ snr: [], lines: [line('1001', { rules: null })] }),
    steps: [PHONES, 'If you don’t answer: see Call forwarding.', 'If you’re on a call: see Call forwarding.'],
  },
  {
    name: 'voicemail without a voicemail number',
    input: base({ snr: [], lines: [line('1001', { voicemailPilot: '' })] }),
    steps: [
      PHONES,
      'If you don’t answer: calls go to voicemail, but this line has no voicemail number.',
      'If you’re on a call: calls go to voicemail, but this line has no voicemail number.',
    ],
    warnings: ['no-voicemail'],
  },
  {
    name: 'forward all to voicemail without a voicemail number',
    input: base({
      snr: [],
      lines: [line('1001', { voicemailPilot: '', callForward: vm, rules: allRules(off) })],
    }),
    steps: ['Calls to 1001 go straight to voicemail; nothing else below applies.'],
    warnings: ['no-voicemail'],
  },
  {
    name: 'no answer forwarded to the mobile, which rings too: may ring twice',
    input: base({
      lines: [line('1001', { rules: { ...allRules(), noAnswerExternal: to('+1 312 555 0177') } })],
    }),
    steps: [
      PHONES,
      MOBILE_IN,
      'If you don’t answer: calls go to voicemail for callers inside the organisation; calls go to +1 312 555 0177 for callers outside.',
      BUSY_VM,
    ],
    warnings: ['forward-to-snr'],
  },
  {
    name: 'no phones of their own',
    input: base({ phones: [], snr: [] }),
    steps: ['You have no phones of your own that ring.', NO_ANSWER_VM, BUSY_VM],
  },
  {
    name: 'lines known per phone: the second line reaches only the phone it is on',
    input: base({
      phones: [
        { name: 'Desk phone', lines: ['1001', '1002'] },
        { name: 'Jabber', lines: ['1001'] },
      ],
    }),
    line: 1,
    steps: ['Your phones ring: Desk phone.', NO_ANSWER_VM, BUSY_VM],
  },
  {
    name: 'a Single Number Reach phone on both lines rings for the second line too',
    input: base({ snr: [mobile({ lines: ['1001', '1002'] })] }),
    line: 1,
    steps: [PHONES, MOBILE_IN, NO_ANSWER_VM, BUSY_VM],
  },
  {
    name: 'a Single Number Reach phone on the second line only: not on the primary line',
    input: base({ snr: [mobile({ lines: ['1002'] })] }),
    steps: [PHONES, NO_ANSWER_VM, BUSY_VM],
  },
  {
    name: 'the only line a mobile (off) rings for is forwarded: no unreachable warning',
    input: base({
      snr: [mobile({ ring: false, lines: ['1002'] })],
      lines: [line('1001'), line('1002', { callForward: vm })],
    }),
    steps: [PHONES, NO_ANSWER_VM, BUSY_VM],
  },
  {
    name: 'forwarded while the mobile is off: no unreachable warning',
    input: base({ snr: [mobile({ ring: false })], lines: [line('1001', { callForward: vm })] }),
    steps: ['Calls to 1001 go straight to voicemail; nothing else below applies.'],
  },
]

describe('callPath', () => {
  it.each(TABLE)('$name', ({ input, steps, line: index = 0, warnings = [] }) => {
    const path = callPath(input)
    expect(path.lines[index]?.steps).toEqual(steps)
    expect(path.warnings.map((w) => w.id)).toEqual(warnings)
  })

  it('has at least 25 combinations', () => expect(TABLE.length).toBeGreaterThanOrEqual(25))

  it('links each warning to the control that fixes it', () => {
    const links = (input: CallPathInput) => callPath(input).warnings.map((w) => w.link.to)
    expect(links(base({ dnd: true, lines: [line('1001', { callForward: vm })] }))).toEqual([
      '/call-forwarding#forward-where',
    ])
    expect(links(base({ snr: [], lines: [line('1001', { voicemailPilot: '' })] }))).toEqual([
      '/call-forwarding#rules-no-answer-internal',
    ])
    expect(links(base({ snr: [mobile({ ring: false })] }))).toEqual(['/single-number-reach'])
    expect(
      links(base({ lines: [line('1001', { rules: { ...allRules(), busyExternal: to('13125550177') } })] })),
    ).toEqual(['/call-forwarding#rules-busy-internal'])
    expect(links(base({ lines: [line('1001', { callForward: to('+13125550177') })] }))).toEqual([
      '/call-forwarding#forward-where',
    ])
  })
})

describe('ring times', () => {
  it('reads the weekday and time in the zone', () => {
    expect(localTime(new Date('2026-03-02T16:15:00Z'), 'America/Chicago')).toEqual({ day: 1, minutes: 615 })
    expect(localTime(new Date('2026-03-02T23:30:00Z'), 'Asia/Tokyo')).toEqual({ day: 2, minutes: 510 })
  })

  it('wraps the next time round the week', () => {
    const sundayOnly: Schedule = { timeZone: 'UTC', days: [{ day: 0, start: '10:00', end: '11:00' }] }
    expect(ringsAt(sundayOnly, { day: 0, minutes: 700 })).toEqual({
      rings: false,
      next: { day: 0, start: '10:00' },
    })
  })

  it('finds the instant a chosen day and time next comes, across a daylight-saving change', () => {
    // From Friday 6 March (CST), "Monday 9:00am" in Chicago is 9 March, already CDT (UTC-5).
    expect(nextInstant(new Date('2026-03-06T18:00:00Z'), 'America/Chicago', 1, 540).toISOString()).toBe(
      '2026-03-09T14:00:00.000Z',
    )
    expect(nextInstant(new Date('2026-03-06T18:00:00Z'), 'America/Chicago', 6, 600).toISOString()).toBe(
      '2026-03-07T16:00:00.000Z',
    )
  })
})
