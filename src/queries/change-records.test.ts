import { describe, expect, it } from 'vitest'
import type { DeviceDetail } from '../api/devices/device-detail.ts'
import type { Line } from '../api/extensions/extensions.ts'
import type { LineRules } from '../api/extensions/line-rules.ts'
import type { PhoneLine } from '../api/extensions/line-settings.ts'
import type { RemoteDestination } from '../api/remote-destinations/remote-destinations.ts'
import type { User } from '../api/user/user.ts'
import {
  deviceChanges,
  lineRulesChange,
  lineSettingsChange,
  serviceAdded,
  serviceRemoved,
  snrAdded,
  snrEntry,
  snrPhoneChange,
  snrRemoved,
  speedDialsChange,
} from './change-records.ts'
import { lineForwardChange, userChanges } from './user-changes.ts'

const off = { toVoicemail: false, destination: '' }
const to = (destination: string) => ({ toVoicemail: false, destination })

const user = (over: Partial<User> = {}) =>
  ({
    displayName: 'Demo User',
    localeId: '',
    localeName: '',
    doNotDisturb: false,
    callForward: off,
    callForwardAllLines: true,
    ...over,
  }) as User
const line = (id: string, dn: string, cf = off): Line => ({
  id,
  directoryNumber: dn,
  isPrimary: id === 'l1',
  label: '',
  callForward: cf,
  sameOnEveryPhone: {},
})

describe('what a write records', () => {
  it('a user PUT: each field it named and that changed', () => {
    const before = user()
    const after = user({ displayName: 'Dee', localeId: '3', localeName: 'Deutsch', doNotDisturb: true })
    expect(userChanges(before, after, { displayName: 'Dee', localeId: '3', doNotDisturb: true }, [])).toEqual(
      [
        { kind: 'displayName', before: 'Demo User', after: 'Dee' },
        { kind: 'language', before: { id: '', name: '' }, after: { id: '3', name: 'Deutsch' } },
        { kind: 'doNotDisturb', before: false, after: true },
      ],
    )
    // Saved but unchanged, or not named: nothing.
    expect(userChanges(before, before, { displayName: 'Demo User' }, [])).toEqual([])
    expect(userChanges(undefined, after, { displayName: 'Dee' }, [])).toEqual([])
  })

  it('forwarding all lines: one change, or one per line when the lines differed', () => {
    const after = user({ callForward: to('07700 900123') })
    expect(userChanges(user(), after, { callForward: to('07700 900123') }, undefined)).toEqual([
      { kind: 'forwardAll', before: off, after: to('07700 900123') },
    ])
    const lines = [line('l1', '1001', { toVoicemail: true, destination: '' }), line('l2', '1002')]
    expect(
      userChanges(user({ callForwardAllLines: false }), after, { callForward: to('07700 900123') }, lines),
    ).toEqual([
      {
        kind: 'lineForward',
        lineId: 'l1',
        line: '1001',
        before: { toVoicemail: true, destination: '' },
        after: to('07700 900123'),
      },
      { kind: 'lineForward', lineId: 'l2', line: '1002', before: off, after: to('07700 900123') },
    ])
  })

  it("a line's forward", () => {
    expect(lineForwardChange(line('l2', '1002'), line('l2', '1002', to('5550100')))).toEqual({
      kind: 'lineForward',
      lineId: 'l2',
      line: '1002',
      before: off,
      after: to('5550100'),
    })
    expect(lineForwardChange(line('l2', '1002'), line('l2', '1002'))).toBeNull()
  })

  it("a line's busy and no-answer rules", () => {
    const rules = (busyExternal = off): LineRules => ({
      lineId: 'l1',
      directoryNumber: '1001',
      voicemailPilot: '',
      rules: { busyExternal, busyInternal: off, noAnswerExternal: off, noAnswerInternal: off },
    })
    expect(
      lineRulesChange(rules(), rules(to('5550100')), { busyExternal: to('5550100'), busyInternal: off }),
    ).toEqual({
      kind: 'lineRules',
      lineId: 'l1',
      line: '1001',
      before: { busyExternal: off },
      after: { busyExternal: to('5550100') },
    })
  })

  it("a phone's name and do not disturb option", () => {
    const device = (description: string, option: string) =>
      ({
        id: 'd1',
        name: 'SEP001',
        description,
        dnd: {
          enabled: false,
          option,
          optionName: '',
          options: [
            { value: '0', name: 'Ringer Off' },
            { value: '1', name: 'Call Reject' },
          ],
          alert: '',
          alertOptions: [],
        },
      }) as unknown as DeviceDetail
    expect(
      deviceChanges(device('Desk', '0'), device('Kitchen', '1'), { description: 'Kitchen', dndOption: '1' }),
    ).toEqual([
      { kind: 'phoneName', deviceId: 'd1', phone: 'Desk', before: 'Desk', after: 'Kitchen' },
      {
        kind: 'phoneDnd',
        deviceId: 'd1',
        phone: 'Kitchen',
        before: { option: '0', optionName: 'Ringer Off', alert: '', alertName: '' },
        after: { option: '1', optionName: 'Call Reject', alert: '', alertName: '' },
      },
    ])
  })

  it("a line's settings on a phone", () => {
    const phoneLine = (label: string, logMissedCalls: boolean) =>
      ({
        ...line('l1', '1001'),
        settings: {
          label,
          logMissedCalls,
          preferences: { mwiVisual: { value: '1', name: 'Light', appliesToAll: undefined, options: [] } },
        },
      }) as unknown as PhoneLine
    expect(
      lineSettingsChange(
        phoneLine('Main', true),
        phoneLine('Sales', true),
        { label: 'Sales', logMissedCalls: true },
        'd1',
        'Desk',
      ),
    ).toEqual({
      kind: 'lineSettings',
      deviceId: 'd1',
      phone: 'Desk',
      lineId: 'l1',
      line: '1001',
      before: { label: 'Main' },
      after: { label: 'Sales' },
    })
  })

  it('a speed-dial list saved', () => {
    const before = [{ index: 1, label: 'Mum', number: '5550101' }]
    const after = [{ index: 1, label: 'Mum', number: '5550199' }]
    expect(speedDialsChange({ kind: 'all' }, '', before, after)).toEqual({
      kind: 'speedDials',
      target: { kind: 'all' },
      phone: '',
      before,
      after,
    })
    expect(speedDialsChange({ kind: 'all' }, '', before, before)).toBeNull()
    expect(speedDialsChange({ kind: 'all' }, '', null, after)).toBeNull()
  })

  it('Single Number Reach: ringing switched off, a phone added, a phone removed', () => {
    const phone = (ring: boolean) =>
      ({
        id: 'rd1',
        name: 'Mobile',
        number: '+13125550177',
        ringWhenExtensionDialed: ring,
        allowTransferToMobile: true,
        allowControlFromApplication: false,
        device: { name: 'RDPDEMO', description: '', model: '', usage: '0' },
        schedule: null,
      }) as RemoteDestination
    expect(snrPhoneChange(phone(true), phone(false), { ringWhenExtensionDialed: false })).toEqual({
      kind: 'snrPhone',
      itemId: 'rd1',
      phone: 'Mobile',
      before: { ringWhenExtensionDialed: true },
      after: { ringWhenExtensionDialed: false },
    })
    expect(snrRemoved(phone(true))).toEqual({
      kind: 'snrList',
      itemId: 'rd1',
      phone: 'Mobile',
      before: { ...snrEntry(phone(true)), deviceName: 'RDPDEMO' },
      after: null,
    })
    expect(snrAdded('rd9', snrEntry(phone(true)))).toMatchObject({ itemId: 'rd9', before: null })
  })

  it('phone services added and removed', () => {
    const weather = { id: 's7', name: 'Weather', phoneServiceId: 'svc-1', url: '', parameters: [] }
    const item = { phoneServiceId: 'svc-1', name: '', parameters: [] }
    expect(serviceAdded('allPhones', '', item, weather)).toMatchObject({
      itemId: 's7',
      service: 'Weather',
      before: null,
    })
    expect(serviceAdded('allPhones', '', item, undefined)).toMatchObject({ itemId: '', service: 'svc-1' })
    expect(serviceRemoved({ deviceId: 'd1' }, 'Desk', weather)).toMatchObject({
      itemId: 's7',
      before: { phoneServiceId: 'svc-1', name: 'Weather', parameters: [] },
      after: null,
    })
  })
})
