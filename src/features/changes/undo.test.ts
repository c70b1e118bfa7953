import { describe, expect, it } from 'vitest'
import type { NewRemoteDestination } from '../../api/remote-destinations/remote-destinations.ts'
import { CHANGE_KINDS, newChange, type ChangeDetail, type ChangeKind } from '../../lib/change-log.ts'
import { alreadyUndone, changedSince, undoRequest, type ChangeValue, type UndoRequest } from './undo.ts'
import { valueWords, whatChanged } from './words.ts'

const off = { toVoicemail: false, destination: '' }
const to = (destination: string) => ({ toVoicemail: false, destination })
const mobile: NewRemoteDestination = {
  name: 'Mobile',
  number: '+13125550177',
  ringWhenExtensionDialed: true,
  allowTransferToMobile: true,
  allowControlFromApplication: false,
  deviceName: 'RDPDEMO',
  schedule: null,
}
const weather = {
  phoneServiceId: 'svc-1',
  name: 'Weather',
  parameters: [{ paramId: 'city', value: 'Leeds' }],
}

/** One example of every kind of change, with the undo request it must give. */
const cases: [ChangeDetail, UndoRequest | null][] = [
  [
    { kind: 'displayName', before: 'Dee Mo', after: 'Demo' },
    { via: 'user', patch: { displayName: 'Dee Mo' } },
  ],
  [
    { kind: 'displayName', before: '', after: 'Demo' },
    { via: 'user', patch: { displayName: '' } },
  ],
  [
    { kind: 'language', before: { id: '', name: '' }, after: { id: '3', name: 'Deutsch' } },
    { via: 'user', patch: { localeId: '' } },
  ],
  [
    { kind: 'doNotDisturb', before: false, after: true },
    { via: 'user', patch: { doNotDisturb: false } },
  ],
  [
    { kind: 'forwardAll', before: off, after: to('07700 900123') },
    { via: 'user', patch: { callForward: off } },
  ],
  [
    {
      kind: 'lineForward',
      lineId: 'l2',
      line: '1002',
      before: { toVoicemail: true, destination: '' },
      after: off,
    },
    { via: 'line', lineId: 'l2', patch: { callForward: { toVoicemail: true, destination: '' } } },
  ],
  [
    {
      kind: 'lineRules',
      lineId: 'l1',
      line: '1001',
      before: { busyExternal: off, noAnswerInternal: { toVoicemail: true, destination: '' } },
      after: { busyExternal: to('5550100'), noAnswerInternal: off },
    },
    {
      via: 'lineRules',
      lineId: 'l1',
      patch: { busyExternal: off, noAnswerInternal: { toVoicemail: true, destination: '' } },
    },
  ],
  [
    { kind: 'phoneName', deviceId: 'd1', phone: 'Desk phone', before: 'Desk phone', after: 'Kitchen' },
    { via: 'device', deviceId: 'd1', patch: { description: 'Desk phone' } },
  ],
  [
    {
      kind: 'phoneDnd',
      deviceId: 'd1',
      phone: 'Desk phone',
      before: { option: '0', optionName: 'Ringer Off', alert: '', alertName: '' },
      after: { option: '1', optionName: 'Call Reject', alert: '2', alertName: 'Flash only' },
    },
    { via: 'device', deviceId: 'd1', patch: { dndOption: '0', dndAlert: '' } },
  ],
  [
    {
      kind: 'phoneDnd',
      deviceId: 'd1',
      phone: 'Desk phone',
      before: { option: '0', optionName: 'Ringer Off', alert: '1', alertName: 'Beep only' },
      after: { option: '1', optionName: 'Call Reject', alert: '1', alertName: 'Beep only' },
    },
    { via: 'device', deviceId: 'd1', patch: { dndOption: '0' } },
  ],
  [
    {
      kind: 'lineSettings',
      deviceId: 'd1',
      phone: 'Desk phone',
      lineId: 'l1',
      line: '1001',
      before: {
        label: 'Main',
        logMissedCalls: true,
        preferences: { mwiVisual: { value: '1', name: 'Light' } },
      },
      after: {
        label: 'Sales',
        logMissedCalls: false,
        preferences: { mwiVisual: { value: '2', name: 'None' } },
      },
    },
    {
      via: 'phoneLine',
      deviceId: 'd1',
      lineId: 'l1',
      patch: { label: 'Main', logMissedCalls: true, preferences: { mwiVisual: '1' } },
    },
  ],
  [
    {
      kind: 'speedDials',
      target: { kind: 'all' },
      phone: '',
      before: [{ index: 1, label: 'Mum', number: '5550101' }],
      after: [{ index: 1, label: 'Mum', number: '5550199' }],
    },
    { via: 'speedDials', target: { kind: 'all' }, list: [{ index: 1, label: 'Mum', number: '5550101' }] },
  ],
  [
    {
      kind: 'speedDials',
      target: { kind: 'phone', phoneId: 'd2' },
      phone: 'Kitchen',
      before: [],
      after: [{ index: 3, label: 'Dentist', number: '5550123' }],
    },
    { via: 'speedDials', target: { kind: 'phone', phoneId: 'd2' }, list: [] },
  ],
  [
    {
      kind: 'snrPhone',
      itemId: 'rd1',
      phone: 'Mobile',
      before: { ringWhenExtensionDialed: true },
      after: { ringWhenExtensionDialed: false },
    },
    { via: 'snrUpdate', id: 'rd1', patch: { ringWhenExtensionDialed: true } },
  ],
  [
    { kind: 'snrList', itemId: 'rd9', phone: 'Mobile', before: null, after: mobile },
    { via: 'snrRemove', id: 'rd9' },
  ],
  [
    { kind: 'snrList', itemId: 'rd1', phone: 'Mobile', before: mobile, after: null },
    { via: 'snrAdd', entry: mobile },
  ],
  [
    {
      kind: 'service',
      scope: 'allPhones',
      itemId: 's7',
      phone: '',
      service: 'Weather',
      before: null,
      after: weather,
    },
    { via: 'serviceRemove', scope: 'allPhones', id: 's7' },
  ],
  [
    {
      kind: 'service',
      scope: { deviceId: 'd1' },
      itemId: 's7',
      phone: 'Desk phone',
      service: 'Weather',
      before: weather,
      after: null,
    },
    { via: 'serviceAdd', scope: { deviceId: 'd1' }, item: weather },
  ],
  // Added, but the server named no id: nothing to remove it by.
  [
    {
      kind: 'service',
      scope: 'allPhones',
      itemId: '',
      phone: '',
      service: 'Weather',
      before: null,
      after: weather,
    },
    null,
  ],
  [{ kind: 'secret', secret: 'phonePin' }, null],
  [{ kind: 'secret', secret: 'password' }, null],
  [{ kind: 'secret', secret: 'voicemailPin' }, null],
  [{ kind: 'secret', secret: 'accessCode' }, null],
]

describe('undo', () => {
  it('has an example for every kind of change', () => {
    expect(new Set(cases.map(([c]) => c.kind))).toEqual(new Set<ChangeKind>(CHANGE_KINDS))
  })

  it.each(cases)('%j is undone by %j', (detail, request) => {
    expect(undoRequest(newChange(detail))).toEqual(request)
  })

  it.each(cases)('%j is described in words', (detail) => {
    const change = newChange(detail)
    expect(whatChanged(change)).not.toBe('')
    if (change.kind === 'secret') return
    expect(valueWords(change, change.before)).not.toBe(valueWords(change, change.after))
  })

  it('an undo of an undo writes the change again', () => {
    const change = newChange({ kind: 'forwardAll', before: off, after: to('07700 900123') })
    const undone = newChange({ kind: 'forwardAll', before: to('07700 900123'), after: off })
    expect(undoRequest(undone)).toEqual({ via: 'user', patch: { callForward: to('07700 900123') } })
    expect(undoRequest(change)).toEqual({ via: 'user', patch: { callForward: off } })
  })
})

describe('the lost-update comparison', () => {
  const check = (detail: ChangeDetail, now: ChangeValue) => changedSince(newChange(detail), now)

  it('sees no change when the phone system still has the "after"', () => {
    for (const [detail] of cases) {
      if (detail.kind === 'secret') continue
      expect(check(detail, structuredClone(detail.after))).toBe(false)
    }
  })

  it('sees a change when the value differs from the "after"', () => {
    for (const [detail] of cases) {
      if (detail.kind === 'secret') continue
      expect(check(detail, structuredClone(detail.before))).toBe(true)
    }
  })

  it('knows when the earlier value is back already (nothing to write)', () => {
    for (const [detail] of cases) {
      if (detail.kind === 'secret') continue
      const change = newChange(detail)
      expect(alreadyUndone(change, structuredClone(detail.before))).toBe(true)
      expect(alreadyUndone(change, structuredClone(detail.after))).toBe(false)
    }
  })

  it('ignores key order and absent members, not values', () => {
    const detail: ChangeDetail = { kind: 'forwardAll', before: off, after: to('07700 900123') }
    expect(check(detail, { destination: '07700 900123', toVoicemail: false })).toBe(false)
    expect(check(detail, to('07700 900124'))).toBe(true)
    expect(check(detail, { toVoicemail: true, destination: '07700 900123' })).toBe(true)
  })

  it('compares list entries by what the user sees, not by id or order of fields', () => {
    const removed: ChangeDetail = {
      kind: 'snrList',
      itemId: 'rd1',
      phone: 'Mobile',
      before: mobile,
      after: null,
    }
    expect(check(removed, null)).toBe(false)
    expect(check(removed, { ...mobile, deviceName: '' })).toBe(true)
    const added: ChangeDetail = {
      kind: 'snrList',
      itemId: 'rd9',
      phone: 'Mobile',
      before: null,
      after: mobile,
    }
    expect(check(added, { ...mobile, schedule: null, deviceName: 'OTHER' })).toBe(false)
    expect(check(added, { ...mobile, number: '+13125550999' })).toBe(true)
  })

  it('names the speed dials that differ, before and after', () => {
    const change = newChange({
      kind: 'speedDials',
      target: { kind: 'all' },
      phone: '',
      before: [
        { index: 1, label: 'Mum', number: '5550101' },
        { index: 2, label: 'Dentist', number: '5550123' },
      ],
      after: [
        { index: 1, label: 'Mum', number: '5550101' },
        { index: 2, label: 'Dentist', number: '5550456' },
      ],
    })
    if (change.kind !== 'speedDials') throw new Error('kind')
    expect(valueWords(change, change.before)).toBe('2: Dentist (5550123)')
    expect(valueWords(change, change.after)).toBe('2: Dentist (5550456)')
    expect(valueWords(change, [], [])).toBe('1: empty; 2: empty')
  })
})
