/** UDS (`/cucm-uds/...`) resources. */
import type { Ctx, Route, Rq } from './context.ts'
import { XML_TYPE } from './context.ts'
import {
  DEFAULT_TIME_ZONE,
  type Device,
  type Forward,
  type Line,
  type Persona,
  type RemoteDestination,
  type SpeedDial,
  type SubscribedService,
} from './fixtures.ts'
import { readSchedule, scheduleXml, type Schedule } from './schedule.ts'
import { schemaVersion } from './version.ts'
import {
  BadInput,
  attrOf,
  bool,
  charLength,
  child,
  el,
  has,
  list,
  parseBody,
  renderXml,
  scalar,
  t,
  type Child,
  type XmlNode,
  type XmlObject,
} from './xml.ts'

// ---------------------------------------------------------------------------------------------
// Option lists
// ---------------------------------------------------------------------------------------------

type Options = [string, string][]

const MWI_VISUAL: Options = [
  ['0', 'Use System Policy'],
  ['1', 'Light and Prompt'],
  ['2', 'Prompt Only'],
  ['3', 'Light Only'],
  ['4', 'None'],
]
const MWI_AUDIBLE: Options = [
  ['0', 'Off'],
  ['1', 'On'],
  ['2', 'Default'],
]
const RING: Options = [
  ['0', 'Use System Default'],
  ['1', 'Disable'],
  ['2', 'Flash Only'],
  ['3', 'Ring Once'],
  ['4', 'Ring'],
  ['5', 'Beep Only'],
]
const DND: Options = [
  ['0', 'Ringer Off'],
  ['1', 'Call Reject'],
  ['2', 'Use Common Phone Profile Setting'],
]
const VM_AVOIDANCE: Options = [
  ['0', 'Use System Default'],
  ['1', 'Timer Control'],
  ['2', 'User Control'],
]
const RD_USAGE: Options = [
  ['0', 'Single Number Reach'],
  ['1', 'Application Control'],
  ['2', 'Dual Mode Mobile'],
]
export const LOCALES: Options = [
  ['1', 'English, United States'],
  ['2', 'French, France'],
  ['3', 'German, Germany'],
  ['4', 'Spanish, Spain'],
  ['5', 'Japanese, Japan'],
  ['6', 'Swedish, Sweden'],
]
const TIME_ZONES: Options = [
  ['359', '(GMT-11:00) Etc/GMT+11'],
  ['12', '(GMT-06:00) America/Chicago'],
  ['15', '(GMT-05:00) America/New_York'],
  ['7', '(GMT-08:00) America/Los_Angeles'],
  ['33', '(GMT+00:00) Europe/London'],
  ['40', '(GMT+01:00) Europe/Stockholm'],
  ['41', '(GMT+01:00) Europe/Berlin'],
  ['60', '(GMT+09:00) Asia/Tokyo'],
]
const DAYS: Options = [
  ['0', 'Sunday'],
  ['1', 'Monday'],
  ['2', 'Tuesday'],
  ['3', 'Wednesday'],
  ['4', 'Thursday'],
  ['5', 'Friday'],
  ['6', 'Saturday'],
]
function timeOfDay(): Options {
  const out: Options = [['0', 'No office hours']]
  for (let q = 0; q <= 96; q++) {
    const h = String(Math.floor(q / 4)).padStart(2, '0')
    const m = String((q % 4) * 15).padStart(2, '0')
    out.push([String(q + 1), `${h}:${m}`])
  }
  return out
}
const MODELS: [string, string, string][] = [
  ['36670', 'Cisco 8865', '36670'],
  ['36669', 'Cisco 8845', '36669'],
  ['36217', 'Cisco 7841', '36217'],
  ['503', 'Cisco Unified Client Services Framework', '503'],
  ['134', 'Remote Destination Profile', '134'],
]

function label(opts: Options, value: string, empty: string): string {
  if (value === '') return empty
  return opts.find(([v]) => v === value)?.[1] ?? empty
}

const PREF_DEFAULTS = {
  mwiVisual: 'Use System Policy',
  mwiAudible: 'Default',
  ring: 'Use System Default',
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function xml(node: XmlNode, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(renderXml(node), { status, headers: { 'Content-Type': XML_TYPE, ...headers } })
}

export function udsError(status: number, reason: string, headers: Record<string, string> = {}): Response {
  return new Response(`${reason}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=UTF-8', ...headers },
  })
}

function noContent(headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers })
}

function b(v: boolean): string {
  return v ? 'true' : 'false'
}

function ver(rq: Rq, resource: string): string {
  return schemaVersion(rq.ctx.release, resource)
}

function userUri(rq: Rq, suffix = ''): string {
  return `${rq.base}/cucm-uds/user/${encodeURIComponent(rq.user.userName)}${suffix}`
}

function opt(rq: Rq, name: string): string {
  return `${rq.base}/cucm-uds/options/${name}`
}

const DIAL_RE = /^[0-9+*#,]+$/
const DIGITS_RE = /^[0-9]+$/
const RD_NUMBER_RE = /^\+?[0-9]+$/

function limitText(value: string, max: number, name: string): string {
  if (charLength(value) > max) throw new BadInput(`${name} is longer than ${max} characters`)
  return value
}

async function body(rq: Rq, root: string): Promise<XmlObject> {
  return parseBody(await rq.text(), root)
}

function phones(u: Persona): Device[] {
  return u.devices.filter((d) => d.kind === 'phone')
}

function primaryLine(u: Persona): Line | undefined {
  return u.lines.find((l) => l.primary)
}

function orderedLines(u: Persona): Line[] {
  return [...u.lines].sort((a, c) => Number(c.primary) - Number(a.primary))
}

function sameForward(a: Forward, c: Forward): boolean {
  return a.voicemail === c.voicemail && a.destination === c.destination
}

function allSame<T>(items: T[], eq: (a: T, c: T) => boolean): boolean {
  const first = items[0]
  return first === undefined || items.every((i) => eq(first, i))
}

function speedDialKey(list: SpeedDial[]): string {
  return JSON.stringify([...list].sort((a, c) => a.index - c.index).map((s) => [s.index, s.number, s.label]))
}

function unified(u: Persona): boolean {
  const ps = phones(u)
  return ps.length > 0 && allSame(ps, (a, c) => speedDialKey(a.speedDials) === speedDialKey(c.speedDials))
}

function deviceDescription(d: Device): string {
  return d.userDescription ?? d.adminDescription
}

function findDevice(rq: Rq, id: string): Device {
  const d = rq.user.devices.find((x) => x.id === id)
  if (!d) throw new NotFound('device not found')
  return d
}

function findLine(rq: Rq, id: string, device?: Device): Line {
  const l = rq.user.lines.find((x) => x.id === id)
  if (!l || (device && !device.lineIds.includes(id))) throw new NotFound('extension not found')
  return l
}

export class NotFound extends Error {}
export class Conflict extends Error {}

// ---------------------------------------------------------------------------------------------
// Readers for request bodies (validate first, apply later)
// ---------------------------------------------------------------------------------------------

/** Read a forward block; returns undefined when absent. Empty element → off. */
function readForward(parent: XmlObject, key: string, destKey: string): Partial<Forward> | undefined {
  const node = child(parent, key)
  if (node === undefined) return undefined
  if (Object.keys(node).length === 0) return { voicemail: false, destination: '' }
  const out: Partial<Forward> = {}
  const vm = scalar(node, 'sendToVoiceMailPilotNumber')
  if (vm !== undefined) out.voicemail = vm === '' ? false : bool(vm, 'sendToVoiceMailPilotNumber')
  let dest = scalar(node, destKey)
  if (dest === undefined && destKey === 'sendToCustomDestination') dest = scalar(node, 'destination')
  if (dest !== undefined) out.destination = limitText(dest, 50, 'forward destination')
  return out
}

function applyForward(target: Forward, change: Partial<Forward>): void {
  if (change.voicemail !== undefined) target.voicemail = change.voicemail
  if (change.destination !== undefined) target.destination = change.destination
}

function readPref(parent: XmlObject, key: string, opts: Options): string | undefined {
  const v = scalar(parent, key)
  if (v === undefined || v === '') return v
  if (!opts.some(([o]) => o === v)) throw new BadInput(`<${key}> has an unknown value`)
  return v
}

function readBool(parent: XmlObject, key: string, emptyDefault: boolean): boolean | undefined {
  const v = scalar(parent, key)
  if (v === undefined) return undefined
  return v === '' ? emptyDefault : bool(v, key)
}

interface LineChange {
  forwards: [keyof Line, Partial<Forward>][]
  mwiVisualPref?: string
  mwiAudiblePref?: string
  onACallRingPref?: string
  notOnACallRingPref?: string
  label?: string
  logMissedCalls?: boolean
}

const FORWARD_KEYS: [string, keyof Line][] = [
  ['callForwardAllDestination', 'callForwardAll'],
  ['forwardBusyExternalCallDestination', 'forwardBusyExternal'],
  ['forwardNoAnswerExternalCallDestination', 'forwardNoAnswerExternal'],
  ['forwardBusyInternalCallDestination', 'forwardBusyInternal'],
  ['forwardNoAnswerInternalCallDestination', 'forwardNoAnswerInternal'],
]

function readLineChange(node: XmlObject, destKey: string, allForwards: boolean): LineChange {
  const change: LineChange = { forwards: [] }
  for (const [el, key] of allForwards ? FORWARD_KEYS : FORWARD_KEYS.slice(0, 1)) {
    const f = readForward(node, el, destKey)
    if (f) change.forwards.push([key, f])
  }
  change.mwiVisualPref = readPref(node, 'messageWaitingVisualAlertPreference', MWI_VISUAL)
  change.mwiAudiblePref = readPref(node, 'messageWaitingAudibleAlertPreference', MWI_AUDIBLE)
  change.onACallRingPref = readPref(node, 'onACallRingPreference', RING)
  change.notOnACallRingPref = readPref(node, 'notOnACallRingPreference', RING)
  const lab = scalar(node, 'label')
  if (lab !== undefined) change.label = limitText(lab, 30, 'label')
  change.logMissedCalls = readBool(node, 'logMissedCalls', true)
  return change
}

function applyLineChange(l: Line, c: LineChange): void {
  for (const [key, f] of c.forwards) applyForward(l[key] as Forward, f)
  if (c.mwiVisualPref !== undefined) l.mwiVisualPref = c.mwiVisualPref
  if (c.mwiAudiblePref !== undefined) l.mwiAudiblePref = c.mwiAudiblePref
  if (c.onACallRingPref !== undefined) l.onACallRingPref = c.onACallRingPref
  if (c.notOnACallRingPref !== undefined) l.notOnACallRingPref = c.notOnACallRingPref
  if (c.label !== undefined) l.label = c.label
  if (c.logMissedCalls !== undefined) l.logMissedCalls = c.logMissedCalls
}

function readSpeedDial(item: XmlObject, requireIndex = true): Omit<SpeedDial, 'id'> & { id?: string } {
  const index = scalar(item, 'index')
  const number = scalar(item, 'number')
  const lab = scalar(item, 'label') ?? ''
  if (index === undefined || index === '') {
    if (requireIndex) throw new BadInput('<index> is required')
  }
  if (index !== undefined && index !== '' && (!/^[0-9]{1,2}$/.test(index) || Number(index) < 1)) {
    throw new BadInput('<index> must be 1-99')
  }
  if (number === undefined || number === '') throw new BadInput('<number> is required')
  if (!DIAL_RE.test(number)) throw new BadInput('<number> may only contain digits, + * # and ,')
  limitText(number, 50, 'number')
  limitText(lab, 30, 'label')
  const id = scalar(item, 'id')
  return { index: index ? Number(index) : 0, number, label: lab, ...(id ? { id } : {}) }
}

function readSpeedDialList(b: XmlObject): Omit<SpeedDial, 'id'>[] {
  const items = list(b, 'speedDial').map((i) => readSpeedDial(i))
  const seen = new Set<number>()
  for (const i of items) {
    if (seen.has(i.index)) throw new BadInput('duplicate <index> in the request')
    seen.add(i.index)
  }
  return items.map(({ index, number, label }) => ({ index, number, label }))
}

// ---------------------------------------------------------------------------------------------
// Renderers
// ---------------------------------------------------------------------------------------------

function forwardXml(name: string, f: Forward, destKey: string, attrs?: Record<string, string>): XmlNode {
  return el(name, attrs ?? null, [t('sendToVoiceMailPilotNumber', b(f.voicemail)), t(destKey, f.destination)])
}

function prefXml(name: string, value: string, opts: Options, empty: string, appliesToAll?: boolean): XmlNode {
  return t(name, label(opts, value, empty), {
    appliesToAllLineAppearances: appliesToAll === undefined ? undefined : b(appliesToAll),
    value,
  })
}

function prefDetailXml(name: string, value: string, opts: Options): XmlNode {
  return el(
    name,
    { value },
    opts.map(([v, n]) => t('option', n, { value: v })),
  )
}

function extensionItemXml(rq: Rq, u: Persona, l: Line, withAppliesToAll: boolean, uri: string): XmlNode {
  const all = (get: (x: Line) => unknown): boolean | undefined =>
    withAppliesToAll ? allSame(u.lines, (a, c) => get(a) === get(c)) : undefined
  void rq
  return el('extension', { isPrimary: b(l.primary), uri }, [
    t('id', l.id),
    t('directoryNumber', l.directoryNumber),
    t('voiceMailPilotNumber', l.voiceMailPilotNumber),
    forwardXml('callForwardAllDestination', l.callForwardAll, 'sendToCustomDestination'),
    t('messageWaitingVisualAlert', b(l.messageWaitingVisualAlert)),
    prefXml(
      'messageWaitingVisualAlertPreference',
      l.mwiVisualPref,
      MWI_VISUAL,
      PREF_DEFAULTS.mwiVisual,
      all((x) => x.mwiVisualPref),
    ),
    prefXml(
      'messageWaitingAudibleAlertPreference',
      l.mwiAudiblePref,
      MWI_AUDIBLE,
      PREF_DEFAULTS.mwiAudible,
      all((x) => x.mwiAudiblePref),
    ),
    prefXml(
      'onACallRingPreference',
      l.onACallRingPref,
      RING,
      PREF_DEFAULTS.ring,
      all((x) => x.onACallRingPref),
    ),
    prefXml(
      'notOnACallRingPreference',
      l.notOnACallRingPref,
      RING,
      PREF_DEFAULTS.ring,
      all((x) => x.notOnACallRingPref),
    ),
    t('label', l.label, {
      appliesToAllLineAppearances: withAppliesToAll ? b(all((x) => x.label)!) : undefined,
    }),
    t('logMissedCalls', b(l.logMissedCalls), {
      appliesToAllLineAppearances: withAppliesToAll ? b(all((x) => x.logMissedCalls)!) : undefined,
    }),
  ])
}

function extensionDetailXml(rq: Rq, l: Line, uri: string): XmlNode {
  return el('extension', { uri, isPrimary: b(l.primary), version: ver(rq, 'extension') }, [
    t('id', l.id),
    t('directoryNumber', l.directoryNumber),
    t('voiceMailPilotNumber', l.voiceMailPilotNumber),
    ...FORWARD_KEYS.map(([name, key]) => forwardXml(name, l[key] as Forward, 'sendToCustomDestination')),
    t('messageWaitingVisualAlert', b(l.messageWaitingVisualAlert)),
    prefDetailXml('messageWaitingVisualAlertPreference', l.mwiVisualPref, MWI_VISUAL),
    prefDetailXml('messageWaitingAudibleAlertPreference', l.mwiAudiblePref, MWI_AUDIBLE),
    prefDetailXml('onACallRingPreference', l.onACallRingPref, RING),
    prefDetailXml('notOnACallRingPreference', l.notOnACallRingPref, RING),
    t('logMissedCalls', b(l.logMissedCalls)),
    t('label', l.label),
  ])
}

function userXml(rq: Rq): XmlNode {
  const u = rq.user
  const f = rq.ctx.feats
  const lines = u.lines
  const ps = phones(u)
  const cfaAll = allSame(lines, (a, c) => sameForward(a.callForwardAll, c.callForwardAll))
  const primary = primaryLine(u)
  const cfa = (primary ?? lines[0])?.callForwardAll ?? { voicemail: false, destination: '' }
  const dndAll = allSame(ps, (a, c) => a.dndEnabled === c.dndEnabled)
  const dnd = ps[0]?.dndEnabled ?? false
  const all = (get: (x: Line) => unknown): string => b(allSame(lines, (a, c) => get(a) === get(c)))
  return el('user', { uri: userUri(rq), version: ver(rq, 'user') }, [
    t('id', u.id),
    t('userName', u.userName),
    t('firstName', u.firstName),
    t('lastName', u.lastName),
    t('middleName', u.middleName),
    t('nickName', u.nickName),
    f.displayName && t('displayName', u.displayName),
    f.jabberProfile && t('emMaxLoginTime', ''),
    f.jabberProfile && t('allowProvisionEMMaxLoginTime', 'false'),
    t('phoneNumber', u.phoneNumber),
    t('homeNumber', u.homeNumber),
    t('mobileNumber', u.mobileNumber),
    t('mobileConnect', b(u.mobileConnect)),
    t('remoteDestinationLimit', String(u.remoteDestinationLimit)),
    t('userLocale', label(LOCALES, u.locale, 'English, United States'), {
      uri: opt(rq, 'installedLocales'),
      value: u.locale,
      appliesToAllDevices: 'true',
    }),
    t('email', u.email),
    t('directoryUri', u.directoryUri),
    t('msUri', u.msUri),
    t('department', u.department),
    t('manager', u.manager),
    t('title', u.title),
    t('pager', u.pager),
    f.selfServiceId && t('selfServiceId', u.selfServiceId),
    t('accountType', u.accountType, { useLdapAuth: b(u.useLdapAuth) }),
    t('homeCluster', b(u.homeCluster), {
      enableImAndPresence: b(u.enableImAndPresence),
      enableCalendarPresence: b(u.enableCalendarPresence),
    }),
    el('imAndPresence', null, [t('server', 'cups.example.com')]),
    primary &&
      el('primaryExtension', { uri: userUri(rq, `/extension/${primary.id}`) }, [
        t('description', primary.description),
        t('directoryNumber', primary.directoryNumber),
        forwardXml('callForwardAllDestination', primary.callForwardAll, 'destination'),
        t('messageWaitingVisualAlert', b(primary.messageWaitingVisualAlert)),
        prefXml(
          'messageWaitingVisualAlertPreference',
          primary.mwiVisualPref,
          MWI_VISUAL,
          PREF_DEFAULTS.mwiVisual,
          all((x) => x.mwiVisualPref) === 'true',
        ),
        prefXml(
          'messageWaitingAudibleAlertPreference',
          primary.mwiAudiblePref,
          MWI_AUDIBLE,
          PREF_DEFAULTS.mwiAudible,
          all((x) => x.mwiAudiblePref) === 'true',
        ),
        prefXml(
          'onACallRingPreference',
          primary.onACallRingPref,
          RING,
          PREF_DEFAULTS.ring,
          all((x) => x.onACallRingPref) === 'true',
        ),
        prefXml(
          'notOnACallRingPreference',
          primary.notOnACallRingPref,
          RING,
          PREF_DEFAULTS.ring,
          all((x) => x.notOnACallRingPref) === 'true',
        ),
        t('voiceMailPilotNumber', primary.voiceMailPilotNumber),
        t('label', primary.label, { appliesToAllLineAppearances: all((x) => x.label) }),
        t('logMissedCalls', b(primary.logMissedCalls), {
          appliesToAllLineAppearances: all((x) => x.logMissedCalls),
        }),
      ]),
    forwardXml('callForwardAllDestination', cfa, 'destination', { appliesToAllExtensions: b(cfaAll) }),
    t('enableDoNotDisturb', b(dnd), { appliesToAllDevices: b(dndAll) }),
    el('serviceProfile', null, [t('uri', `http://tftp.example.com:6970/SPDefault.cnf.xml`)]),
    f.jabberProfile &&
      el('jabberProfile', null, [t('uri', `${rq.base.replace(/:\d+$/, '')}:6972/JAB_${u.id}.cnf.xml`)]),
    el('devices', { uri: userUri(rq, '/devices') }),
    el('credentials', { uri: userUri(rq, '/credentials') }),
    el('extensions', { uri: userUri(rq, '/extensions') }),
    el('subscribedServices', { uri: userUri(rq, '/subscribedServices') }),
    el('speedDials', { uri: userUri(rq, '/speedDials') }),
    // Undocumented extra (newer releases add elements; clients must ignore unknown ones).
    f.conferencing && el('conferencing', { uri: userUri(rq, '/conferencing') }),
  ])
}

function deviceItemXml(rq: Rq, d: Device): XmlNode {
  return el('device', { uri: userUri(rq, `/device/${d.id}`) }, [
    t('id', d.id),
    t('name', d.name),
    t('type', d.type),
    t('model', d.model),
    t('description', deviceDescription(d), {
      editable: b(d.editable),
      source: rq.ctx.feats.descriptionSource ? (d.userDescription === null ? 'admin' : 'user') : undefined,
    }),
    t('protocol', d.protocol),
  ])
}

function deviceDetailXml(rq: Rq, d: Device): XmlNode {
  const primary = primaryLine(rq.user)
  return el(
    'device',
    {
      uri: userUri(rq, `/device/${d.id}`),
      version: ver(rq, 'device'),
      hasPrimaryNumber: b(primary !== undefined && d.lineIds.includes(primary.id)),
    },
    [
      t('id', d.id),
      t('name', d.name),
      t('type', d.type),
      t('description', deviceDescription(d), {
        editable: b(d.editable),
        source: rq.ctx.feats.descriptionSource ? (d.userDescription === null ? 'admin' : 'user') : undefined,
      }),
      t('model', d.model),
      t('protocol', d.protocol),
      t('requireCerLocation', 'false'),
      el('doNotDisturbSettings', null, [
        t('enable', b(d.dndEnabled)),
        t('option', label(DND, d.dndOption, 'Ringer Off'), { value: d.dndOption }),
        el(
          'supportedDndOptions',
          null,
          DND.map(([v, n]) => t('option', n, { value: v })),
        ),
        el('incomingCallAlertSetting', { value: '0' }, [
          el(
            'supportedRingSettings',
            null,
            [
              ['0', 'Disable'],
              ['1', 'Flash Only'],
              ['2', 'Beep Only'],
            ].map(([v, n]) => t('option', n ?? '', { value: v })),
          ),
        ]),
      ]),
      el('userGuide', {
        uri: `https://www.cisco.com/c/en/us/support/collaboration-endpoints/${encodeURIComponent(d.model)}.pdf`,
      }),
      t('phoneLocale', label(LOCALES, rq.user.locale, 'English, United States'), {
        uri: opt(rq, 'installedLocales'),
        value: rq.user.locale === '' ? '1' : rq.user.locale,
      }),
      el('extensions', { uri: userUri(rq, `/device/${d.id}/extensions`) }),
      el('subscribedServices', { uri: userUri(rq, `/device/${d.id}/subscribedServices`) }),
      el('speedDials', { uri: userUri(rq, `/device/${d.id}/speedDials`) }),
    ],
  )
}

function remoteDestinationXml(rq: Rq, r: RemoteDestination, detail: boolean): XmlNode {
  const d = rq.user.devices.find((x) => x.id === r.deviceId)
  return el(
    'remoteDestination',
    {
      uri: userUri(rq, `/remoteDestination/${r.id}`),
      version: detail ? ver(rq, 'remoteDestination') : undefined,
    },
    [
      t('id', r.id),
      t('name', r.name),
      t('destination', r.destination),
      t('ringWhenExtensionDialed', b(r.ringWhenExtensionDialed)),
      t('allowTransferToMobile', b(r.allowTransferToMobile)),
      t('allowControlFromApplication', b(r.allowControlFromApplication)),
      el('associatedDevices', null, [
        el('associatedDevice', null, [
          t('usage', label(RD_USAGE, r.usage, 'Single Number Reach'), {
            uri: opt(rq, 'remoteDestinationUsage'),
            value: r.usage,
          }),
          t('name', d?.name ?? ''),
          t('description', d ? deviceDescription(d) : ''),
          rq.ctx.feats.remoteDestinationModel && t('model', d?.model ?? ''),
          detail &&
            el(
              'associatedExtensions',
              null,
              (d?.lineIds ?? []).map((id) =>
                t('associatedExtension', rq.user.lines.find((l) => l.id === id)?.directoryNumber ?? '', {
                  enable: 'true',
                }),
              ),
            ),
        ]),
      ]),
      detail &&
        el('advancedSettings', null, [
          t('delayBeforeRingTimer', r.delayBeforeRingTimer),
          el('voiceMailAvoidanceSettings', null, [
            t('answerTooSoonTimer', r.answerTooSoonTimer),
            t('voiceMailAvoidancePolicy', 'Use System Default', {
              uri: opt(rq, 'voiceMailAvoidancePolicy'),
              value: '0',
            }),
          ]),
          t('answerTooLateTimer', r.answerTooLateTimer),
        ]),
      scheduleXml(r.schedule),
    ],
  )
}

function speedDialXml(rq: Rq, d: Device | null, s: SpeedDial): XmlNode {
  return el('speedDial', d ? { uri: userUri(rq, `/device/${d.id}/speedDial/${s.id}`) } : null, [
    d && t('id', s.id),
    t('index', String(s.index)),
    t('number', s.number),
    t('label', s.label),
  ])
}

function sortedDials(list: SpeedDial[]): SpeedDial[] {
  return [...list].sort((a, c) => a.index - c.index)
}

function userSpeedDialsXml(rq: Rq): XmlNode {
  const u = rq.user
  const uni = unified(u)
  const first = phones(u)[0]
  const dials = uni && first ? sortedDials(first.speedDials) : []
  return el('userSpeedDials', { uri: userUri(rq, '/speedDials'), version: ver(rq, 'speedDials') }, [
    el(
      'speedDials',
      { appliesToAllDevices: b(uni), totalCount: String(dials.length) },
      dials.map((s) => speedDialXml(rq, null, s)),
    ),
    el(
      'devices',
      null,
      phones(u).map((d) =>
        el('device', {
          name: d.name,
          description: deviceDescription(d),
          speedDialsUri: userUri(rq, `/device/${d.id}/speedDials`),
        }),
      ),
    ),
  ])
}

function subscribedServiceXml(s: SubscribedService): XmlNode {
  return el('subscribedService', null, [
    t('id', s.id),
    t('name', s.name),
    t('url', s.url),
    t('secureUrl', s.secureUrl),
    t('phoneServiceName', s.name, { phoneServiceId: s.phoneServiceId }),
    s.parameters.length > 0 &&
      el(
        'parameters',
        null,
        s.parameters.map((p) => el('parameter', null, [t('paramId', p.paramId), t('value', p.value)])),
      ),
  ])
}

function userSubscribedServicesXml(rq: Rq): XmlNode {
  const u = rq.user
  return el(
    'userSubscribedServices',
    { uri: userUri(rq, '/subscribedServices'), version: ver(rq, 'subscribedServices') },
    [
      el(
        'subscribedServices',
        { appliesToAllDevices: 'true', totalCount: String(u.subscribedServices.length) },
        u.subscribedServices.map(subscribedServiceXml),
      ),
      el(
        'devices',
        null,
        phones(u).map((d) =>
          el('device', {
            name: d.name,
            description: deviceDescription(d),
            subscribedServicesUri: userUri(rq, `/device/${d.id}/subscribedServices`),
          }),
        ),
      ),
    ],
  )
}

function conferencingXml(rq: Rq): XmlNode {
  const c = rq.user.conferencing
  return el('conferencing', { uri: userUri(rq, '/conferencing'), version: ver(rq, 'conferencing') }, [
    el('conferenceNow', null, [t('enabled', b(c.enabled)), t('accessCode', c.accessCode)]),
  ])
}

// ---------------------------------------------------------------------------------------------
// Validation rules shared with CUPI
// ---------------------------------------------------------------------------------------------

/** PIN rules: digits only, 4-20 digits, not all one digit, not a straight ascending/descending run. */
export function pinProblem(pin: string): string | null {
  if (!DIGITS_RE.test(pin)) return 'PIN must contain digits only'
  if (pin.length < 4 || pin.length > 20) return 'PIN must be 4 to 20 digits long'
  if (/^(\d)\1*$/.test(pin)) return 'PIN must not repeat a single digit'
  const digits = [...pin].map(Number)
  const run = (step: number) =>
    digits.every((d, i) => i === 0 || d === ((digits[i - 1] ?? 0) + step + 10) % 10)
  if (run(1) || run(-1)) return 'PIN must not be a straight run of digits'
  return null
}

function passwordProblem(u: Persona, pw: string): string | null {
  const n = charLength(pw)
  if (n < 8 || n > 64) return 'password must be 8 to 64 characters long'
  if (pw.toLowerCase() === u.userName.toLowerCase()) return 'password must not be the user ID'
  return null
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

async function putUser(rq: Rq): Promise<Response> {
  const u = rq.user
  const bd = await body(rq, 'user')
  const prim = primaryLine(u)
  const primNode = child(bd, 'primaryExtension')
  const primChange = primNode ? readLineChange(primNode, 'destination', false) : undefined
  let locale: string | undefined
  if (has(bd, 'userLocale')) {
    locale = scalar(bd, 'userLocale') ?? ''
    if (locale === '0') locale = ''
    if (locale !== '' && !LOCALES.some(([v]) => v === locale)) throw new BadInput('unknown userLocale')
  }
  const calendar = readBool(bd, 'enableCalendarPresence', false)
  const dnd = readBool(bd, 'enableDoNotDisturb', false)
  const cfa = readForward(bd, 'callForwardAllDestination', 'destination')
  const logMissed = readBool(bd, 'logMissedCalls', true)
  let displayName: string | undefined
  if (rq.ctx.feats.displayNamePut && has(bd, 'displayName')) {
    displayName = limitText(scalar(bd, 'displayName') ?? '', 64, 'displayName')
  }
  // Apply (everything above validated).
  if (prim && primChange) applyLineChange(prim, primChange)
  if (locale !== undefined) u.locale = locale
  if (calendar !== undefined) u.enableCalendarPresence = calendar
  if (dnd !== undefined) for (const d of phones(u)) d.dndEnabled = dnd
  if (cfa) for (const l of u.lines) applyForward(l.callForwardAll, cfa)
  if (logMissed !== undefined) for (const l of u.lines) l.logMissedCalls = logMissed
  if (displayName !== undefined)
    u.displayName = displayName === '' ? `${u.firstName} ${u.lastName}`.trim() : displayName
  return xml(userXml(rq))
}

async function putConferencing(rq: Rq): Promise<Response> {
  const bd = await body(rq, 'conferencing')
  const cn = child(bd, 'conferenceNow')
  let enabled: boolean | undefined
  let code: string | undefined
  if (cn) {
    enabled = readBool(cn, 'enabled', false)
    code = scalar(cn, 'accessCode')
    if (code !== undefined && code !== '' && !/^[0-9]{4,16}$/.test(code)) {
      throw new BadInput('accessCode must be 4 to 16 digits')
    }
  }
  const c = rq.user.conferencing
  if (enabled !== undefined) c.enabled = enabled
  if (code !== undefined) c.accessCode = code
  return xml(conferencingXml(rq))
}

function getCredentials(rq: Rq): Response {
  const u = rq.user
  return xml(
    el('credentials', { uri: userUri(rq, '/credentials'), version: ver(rq, 'credentials') }, [
      el('credential', null, [
        el('loginDetails', null, [
          t('lastSuccessfulLogin', u.lastLogin?.at ?? ''),
          t('lastSuccessfulLoginIp', u.lastLogin?.ip ?? ''),
        ]),
        t('loginFailures', String(u.failuresSinceLogin)),
      ]),
    ]),
  )
}

async function putCredentials(rq: Rq): Promise<Response> {
  const u = rq.user
  const bd = await body(rq, 'credentials')
  const items = has(bd, 'credential')
    ? Array.isArray(bd['credential'])
      ? bd['credential']
      : [bd['credential']]
    : []
  if (items.length === 0) throw new BadInput('at least one <credential> is required')
  let password: string | undefined
  let pin: string | undefined
  for (const item of items) {
    let type: string | undefined
    let value: string
    if (typeof item === 'string') throw new BadInput('<credential> needs a type attribute')
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const o = item as XmlObject
      type = typeof o['@_type'] === 'string' ? o['@_type'] : undefined
      const kids = Object.keys(o).filter((k) => !k.startsWith('@_') && k !== '#text')
      if (kids.length > 0) throw new BadInput('<credential> must be a simple value')
      value = typeof o['#text'] === 'string' ? o['#text'] : ''
    } else throw new BadInput('bad <credential>')
    if (type === 'password') {
      if (password !== undefined) throw new BadInput('password given twice')
      password = value
    } else if (type === 'pin') {
      if (pin !== undefined) throw new BadInput('pin given twice')
      pin = value
    } else throw new BadInput('credential type must be password or pin')
  }
  if (password !== undefined) {
    if (u.useLdapAuth) throw new BadInput('the password of an LDAP-authenticated user cannot be changed here')
    const p = passwordProblem(u, password)
    if (p) throw new BadInput(p)
  }
  if (pin !== undefined) {
    const p = pinProblem(pin)
    if (p) throw new BadInput(p)
  }
  if (password !== undefined) u.password = password
  if (pin !== undefined) u.pin = pin
  return noContent()
}

function getDevices(rq: Rq): Response {
  let devs = rq.user.devices
  const model = [...rq.url.searchParams].find(([k]) => k.toLowerCase() === 'model')?.[1]
  if (model !== undefined) {
    const m = model.replace(/^"(.*)"$/, '$1').toLowerCase()
    devs = devs.filter((d) => d.model.toLowerCase() === m)
  }
  return xml(
    el(
      'devices',
      { uri: userUri(rq, '/devices'), version: ver(rq, 'devices') },
      devs.map((d) => deviceItemXml(rq, d)),
    ),
  )
}

async function putDevice(rq: Rq): Promise<Response> {
  const d = findDevice(rq, rq.params[1] ?? '')
  const bd = await body(rq, 'device')
  let description: string | null | undefined
  if (has(bd, 'description')) {
    if (!d.editable) throw new BadInput('the description of this device is not editable')
    const v = scalar(bd, 'description') ?? ''
    description = v === '' ? null : limitText(v, 128, 'description')
  }
  const dndNode = child(bd, 'doNotDisturbSettings')
  let dnd: boolean | undefined
  let dndOption: string | undefined
  if (dndNode) {
    dnd = readBool(dndNode, 'enable', false)
    if (has(dndNode, 'option')) {
      const v = attrOf(dndNode, 'option', 'value') ?? scalar(dndNode, 'option') ?? ''
      if (v !== '' && !DND.some(([o]) => o === v)) throw new BadInput('unknown DND option')
      dndOption = v === '' ? '0' : v
    }
  }
  if (description !== undefined) d.userDescription = description
  if (dnd !== undefined) d.dndEnabled = dnd
  if (dndOption !== undefined) d.dndOption = dndOption
  return xml(deviceDetailXml(rq, d))
}

function extensionsXml(rq: Rq, lines: Line[], uri: string, device?: Device): XmlNode {
  return el(
    'extensions',
    { version: ver(rq, 'extensions'), uri },
    lines.map((l) =>
      extensionItemXml(
        rq,
        rq.user,
        l,
        !device,
        device ? userUri(rq, `/device/${device.id}/extension/${l.id}`) : userUri(rq, `/extension/${l.id}`),
      ),
    ),
  )
}

async function putExtension(rq: Rq, l: Line, uri: string): Promise<Response> {
  const bd = await body(rq, 'extension')
  const change = readLineChange(bd, 'sendToCustomDestination', true)
  applyLineChange(l, change)
  return xml(extensionDetailXml(rq, l, uri))
}

function findRd(rq: Rq, id: string): RemoteDestination {
  const r = rq.user.remoteDestinations.find((x) => x.id === id)
  if (!r) throw new NotFound('remote destination not found')
  return r
}

function rdDevices(u: Persona): Device[] {
  return u.devices.filter((d) => d.kind === 'rdp' || d.kind === 'ctiRd')
}

interface RdChange {
  name?: string
  destination?: string
  ringWhenExtensionDialed?: boolean
  allowTransferToMobile?: boolean
  allowControlFromApplication?: boolean
  deviceId?: string
  usage?: string
  schedule?: Schedule | null
}

function readRd(rq: Rq, bd: XmlObject): RdChange {
  const c: RdChange = {}
  const name = scalar(bd, 'name')
  if (name !== undefined) {
    if (name === '') throw new BadInput('<name> must not be empty')
    c.name = limitText(name, 50, 'name')
  }
  const dest = scalar(bd, 'destination') ?? scalar(bd, 'destinationNumber')
  if (dest !== undefined) {
    if (!RD_NUMBER_RE.test(dest))
      throw new BadInput('<destination> must be digits with an optional leading +')
    c.destination = limitText(dest, 24, 'destination')
  }
  c.ringWhenExtensionDialed = readBool(bd, 'ringWhenExtensionDialed', true)
  c.allowTransferToMobile = readBool(bd, 'allowTransferToMobile', true)
  c.allowControlFromApplication = readBool(bd, 'allowControlFromApplication', false)
  const ads = child(bd, 'associatedDevices')
  if (ads) {
    const items = list(ads, 'associatedDevice')
    if (items.length > 1) throw new BadInput('only one associatedDevice is supported')
    const item = items[0]
    if (item) {
      const n = scalar(item, 'name')
      if (n !== undefined && n !== '') {
        const d = rdDevices(rq.user).find((x) => x.name === n)
        if (!d)
          throw new BadInput(
            'associatedDevice is not a remote destination profile or CTI remote device of this user',
          )
        c.deviceId = d.id
      }
      if (has(item, 'usage')) {
        const v = attrOf(item, 'usage', 'value') ?? scalar(item, 'usage') ?? ''
        if (v !== '' && !RD_USAGE.some(([o]) => o === v)) throw new BadInput('unknown usage')
        c.usage = v === '' ? '0' : v
      }
    }
  }
  const sch = readSchedule(bd, DEFAULT_TIME_ZONE)
  if (sch !== undefined) c.schedule = sch
  return c
}

function applyRd(r: RemoteDestination, c: RdChange): void {
  if (c.name !== undefined) r.name = c.name
  if (c.destination !== undefined) r.destination = c.destination
  if (c.ringWhenExtensionDialed !== undefined) r.ringWhenExtensionDialed = c.ringWhenExtensionDialed
  if (c.allowTransferToMobile !== undefined) r.allowTransferToMobile = c.allowTransferToMobile
  if (c.allowControlFromApplication !== undefined)
    r.allowControlFromApplication = c.allowControlFromApplication
  if (c.deviceId !== undefined) r.deviceId = c.deviceId
  if (c.usage !== undefined) r.usage = c.usage
  if (c.schedule !== undefined) r.schedule = c.schedule
}

function normNumber(n: string): string {
  return n.replace(/^\+/, '')
}

async function postRd(rq: Rq): Promise<Response> {
  const u = rq.user
  const bd = await body(rq, 'remoteDestination')
  const c = readRd(rq, bd)
  const profiles = rdDevices(u)
  if (profiles.length === 0)
    throw new BadInput('the user has no remote destination profile or CTI remote device')
  if (c.name === undefined) throw new BadInput('<name> is required')
  if (c.destination === undefined) throw new BadInput('<destination> is required')
  if (c.deviceId === undefined) {
    if (profiles.length !== 1)
      throw new BadInput('<associatedDevices> is required when the user has several profiles')
    c.deviceId = profiles[0]?.id
  }
  if (u.remoteDestinations.some((r) => normNumber(r.destination) === normNumber(c.destination ?? ''))) {
    throw new Conflict('the user already has this remote destination; use PUT')
  }
  if (u.remoteDestinations.length >= u.remoteDestinationLimit)
    throw new Conflict('remoteDestinationLimit reached')
  const r: RemoteDestination = {
    id: rq.ctx.nextId('e1'),
    name: '',
    destination: '',
    ringWhenExtensionDialed: true,
    allowTransferToMobile: true,
    allowControlFromApplication: false,
    deviceId: '',
    usage: '0',
    delayBeforeRingTimer: '4.0',
    answerTooSoonTimer: '1.5',
    answerTooLateTimer: '19.0',
    schedule: null,
  }
  applyRd(r, c)
  u.remoteDestinations.push(r)
  return noContent201(userUri(rq, `/remoteDestination/${r.id}`))
}

function noContent201(location: string): Response {
  return new Response(null, { status: 201, headers: { Location: location } })
}

async function putRd(rq: Rq): Promise<Response> {
  const r = findRd(rq, rq.params[1] ?? '')
  const bd = await body(rq, 'remoteDestination')
  const c = readRd(rq, bd)
  if (
    c.destination !== undefined &&
    rq.user.remoteDestinations.some(
      (x) => x !== r && normNumber(x.destination) === normNumber(c.destination ?? ''),
    )
  ) {
    throw new Conflict('another remote destination has this number')
  }
  applyRd(r, c)
  return xml(remoteDestinationXml(rq, r, true))
}

function speedDialTarget(rq: Rq, deviceId: string | undefined): Device[] {
  return deviceId === undefined ? phones(rq.user) : [findDevice(rq, deviceId)]
}

async function postSpeedDials(rq: Rq, deviceId?: string): Promise<Response> {
  const devs = speedDialTarget(rq, deviceId)
  const items = readSpeedDialList(await body(rq, 'speedDials'))
  if (items.length === 0) throw new BadInput('at least one <speedDial> is required')
  for (const d of devs) {
    if (d.speedDials.some((s) => items.some((i) => i.index === s.index)))
      throw new Conflict('a speed dial with this index exists')
  }
  for (const d of devs) for (const i of items) d.speedDials.push({ ...i, id: rq.ctx.nextId('5d') })
  return noContent201(deviceId ? userUri(rq, `/device/${deviceId}/speedDials`) : userUri(rq, '/speedDials'))
}

async function putSpeedDials(rq: Rq, deviceId?: string): Promise<Response> {
  const devs = speedDialTarget(rq, deviceId)
  const items = readSpeedDialList(await body(rq, 'speedDials'))
  for (const d of devs) d.speedDials = items.map((i) => ({ ...i, id: rq.ctx.nextId('5d') }))
  return noContent()
}

function deleteSpeedDial(rq: Rq): Response {
  const raw = [...rq.url.searchParams].find(([k]) => k.toLowerCase() === 'index')?.[1]
  if (raw === undefined || !/^[0-9]{1,2}$/.test(raw) || Number(raw) < 1)
    throw new BadInput('index must be 1-99')
  const index = Number(raw)
  const devs = phones(rq.user)
  if (!devs.some((d) => d.speedDials.some((s) => s.index === index)))
    throw new NotFound('no speed dial with this index')
  for (const d of devs) d.speedDials = d.speedDials.filter((s) => s.index !== index)
  return noContent()
}

function deviceSpeedDialsXml(rq: Rq, d: Device): XmlNode {
  let dials = sortedDials(d.speedDials)
  const q = new Map([...rq.url.searchParams].map(([k, v]) => [k.toLowerCase(), v]))
  const idx = q.get('index')
  const num = q.get('number')
  if (idx !== undefined) dials = dials.filter((s) => String(s.index) === idx)
  if (num !== undefined) dials = dials.filter((s) => s.number === num)
  return el(
    'speedDials',
    {
      totalCount: String(dials.length),
      uri: userUri(rq, `/device/${d.id}/speedDials`),
      version: ver(rq, 'speedDials'),
    },
    dials.map((s) => speedDialXml(rq, d, s)),
  )
}

async function postDeviceSpeedDial(rq: Rq): Promise<Response> {
  const d = findDevice(rq, rq.params[1] ?? '')
  const item = readSpeedDial(await body(rq, 'speedDial'))
  if (d.speedDials.some((s) => s.index === item.index))
    throw new Conflict('a speed dial with this index exists')
  const s = { index: item.index, number: item.number, label: item.label, id: rq.ctx.nextId('5d') }
  d.speedDials.push(s)
  return noContent201(userUri(rq, `/device/${d.id}/speedDial/${s.id}`))
}

async function putDeviceSpeedDial(rq: Rq): Promise<Response> {
  const d = findDevice(rq, rq.params[1] ?? '')
  const item = readSpeedDial(await body(rq, 'speedDial'))
  const target = item.id
    ? d.speedDials.find((s) => s.id === item.id)
    : d.speedDials.find((s) => s.index === item.index)
  if (!target) throw new NotFound('speed dial not found')
  if (d.speedDials.some((s) => s !== target && s.index === item.index))
    throw new Conflict('index already in use')
  target.index = item.index
  target.number = item.number
  target.label = item.label
  return noContent()
}

function readServices(rq: Rq, bd: XmlObject): Omit<SubscribedService, 'id'>[] {
  return list(bd, 'subscribedService').map((item) => {
    const sid = scalar(item, 'phoneServiceId')
    const svc = rq.ctx.state.phoneServices.find((p) => p.id === sid)
    if (!svc) throw new BadInput('<phoneServiceId> is required and must exist')
    const name = limitText(scalar(item, 'name') || svc.name, 50, 'name')
    const url = limitText(scalar(item, 'url') ?? '', 512, 'url')
    const secureUrl = limitText(scalar(item, 'secureUrl') ?? '', 512, 'secureUrl')
    const paramsNode = child(item, 'parameters')
    const parameters = (paramsNode ? list(paramsNode, 'parameter') : []).map((p) => {
      const paramId = scalar(p, 'paramId') ?? ''
      if (!svc.parameters.some((sp) => sp.paramId === paramId))
        throw new BadInput('unknown paramId for this service')
      return { paramId, value: limitText(scalar(p, 'value') ?? '', 256, 'value') }
    })
    for (const sp of svc.parameters) {
      if (
        sp.isRequired &&
        !parameters.some((p) => p.paramId === sp.paramId) &&
        url === '' &&
        secureUrl === ''
      ) {
        parameters.push({ paramId: sp.paramId, value: sp.defaultValue })
      }
    }
    return {
      name,
      phoneServiceId: svc.id,
      url: url || svc.urlTemplate,
      secureUrl: secureUrl || svc.secureUrlTemplate,
      parameters,
    }
  })
}

async function postServices(rq: Rq): Promise<Response> {
  const items = readServices(rq, await body(rq, 'subscribedServices'))
  if (items.length === 0) throw new BadInput('at least one <subscribedService> is required')
  const u = rq.user
  for (const i of items) {
    if (u.subscribedServices.some((s) => s.phoneServiceId === i.phoneServiceId && s.name === i.name)) {
      throw new Conflict('already subscribed')
    }
  }
  for (const i of items) u.subscribedServices.push({ ...i, id: rq.ctx.nextId('5b') })
  return noContent201(userUri(rq, '/subscribedServices'))
}

async function putServices(rq: Rq): Promise<Response> {
  const items = readServices(rq, await body(rq, 'subscribedServices'))
  rq.user.subscribedServices = items.map((i) => ({ ...i, id: rq.ctx.nextId('5b') }))
  return noContent()
}

function deleteService(rq: Rq): Response {
  const id = rq.params[1] ?? ''
  const u = rq.user
  if (!u.subscribedServices.some((s) => s.id === id)) throw new NotFound('subscribed service not found')
  u.subscribedServices = u.subscribedServices.filter((s) => s.id !== id)
  return noContent()
}

// ---------------------------------------------------------------------------------------------
// User policy
// ---------------------------------------------------------------------------------------------

interface Policy {
  name: string
  value: string
  options?: Options
  range?: [string, string, string]
}

const SHOW_FLAGS = [
  'ShowChangePassword',
  'ShowChangePin',
  'ShowDirectorySearch',
  'ShowApplications',
  'ShowIPPhoneServices',
  'ShowLineLabel',
  'ShowHistorySettings',
  'ShowConferencingScheduler',
  'ShowVoicemailIVROption',
  'ShowMessageWaitingAlertPreference',
  'ShowExternalPhoneSettings',
  'ShowOnlinePhoneGuide',
  'ShowPhoneContacts',
  'ShowRingPreferences',
  'ShowSpeedDials',
  'ShowCalendarPreference',
  'ShowCallHistory',
  'ShowVideoConferencingScheduler',
]

export function policies(u: Persona): Policy[] {
  const out: Policy[] = [
    {
      name: 'ShowCallForward',
      value: '1',
      options: [
        ['1', 'Show all settings'],
        ['2', 'Hide all settings'],
        ['3', 'Show only Call Forward All'],
      ],
    },
    ...SHOW_FLAGS.map((name) => ({ name, value: 'true' })),
    { name: 'OnACallRingPreferenceDefault', value: '4', options: RING },
    { name: 'NotOnACallRingPreferenceDefault', value: '4', options: RING },
    { name: 'MessageWaitingAlertAudioPreferenceDefault', value: '1', options: MWI_AUDIBLE },
    { name: 'MessageWaitingAlertVisualPreferenceDefault', value: '1', options: MWI_VISUAL },
    { name: 'UserLocalDefault', value: '1', options: LOCALES },
    { name: 'VoiceMailAvoidancePolicy', value: '0', options: VM_AVOIDANCE },
    { name: 'PhoneServiceDisplay', value: '3' },
    { name: 'EnableAllUserSearch', value: 'true' },
    { name: 'UserSearchLimit', value: '64', range: ['64', '1', '500'] },
    { name: 'NumberofDigitstoMatch', value: '10' },
    { name: 'URILookupPolicy', value: '0' },
  ]
  for (const p of out) {
    const o = u.policy[p.name]
    if (o !== undefined) p.value = o
  }
  return out
}

function userPolicyXml(rq: Rq): XmlNode {
  const base = `${rq.base}/cucm-uds/options/userPolicy`
  return el(
    'userPolicy',
    { uri: base, version: ver(rq, 'userPolicy') },
    policies(rq.user).map((p) =>
      el('policy', { uri: `${base}/${p.name}` }, [
        t('name', p.name),
        t('value', p.value),
        p.options &&
          el(
            'options',
            null,
            p.options.map(([v, n]) => t('option', n, { value: v })),
          ),
        p.range && el('range', null, [t('default', p.range[0]), t('min', p.range[1]), t('max', p.range[2])]),
      ]),
    ),
  )
}

// ---------------------------------------------------------------------------------------------
// Public resources
// ---------------------------------------------------------------------------------------------

function hostOf(rq: Rq): string {
  return rq.url.hostname
}

function versionXml(rq: Rq): XmlNode {
  return el(
    'versionInformation',
    { uri: `${rq.base}/cucm-uds/version`, version: ver(rq, 'versionInformation') },
    [
      t('version', rq.ctx.opts.udsVersion),
      rq.ctx.feats.capabilities &&
        el('capabilities', null, [t('usersResourceAuthEnabled', 'false'), t('upgradeInProgress', 'false')]),
    ],
  )
}

function optionList(rq: Rq, name: string, opts: Options): XmlNode {
  return el(
    name,
    { uri: opt(rq, name) },
    opts.map(([v, n]) => el('option', null, [t('value', v), t('name', n)])),
  )
}

const OPTION_LISTS: Record<string, () => Options> = {
  messageWaitingVisualAlertPreference: () => MWI_VISUAL,
  messageWaitingAudibleAlertPreference: () => MWI_AUDIBLE,
  onACallRingPreference: () => RING,
  notOnACallRingPreference: () => RING,
  doNotDisturbSettings: () => DND,
  voiceMailAvoidancePolicy: () => VM_AVOIDANCE,
  remoteDestinationUsage: () => RD_USAGE,
  installedLocales: () => LOCALES,
  timeZones: () => TIME_ZONES,
  dayOfWeek: () => DAYS,
  timeOfDay,
}

function modelsXml(rq: Rq): XmlNode {
  return el(
    'models',
    { uri: opt(rq, 'models'), version: ver(rq, 'options') },
    MODELS.map(([v, n, pid]) =>
      el('option', null, [
        t('value', v),
        t('name', n),
        t('productId', pid),
        el('userGuides', null, [
          el('userGuide', {
            uri: `https://www.cisco.com/c/en/us/support/collaboration-endpoints/${encodeURIComponent(n)}.pdf`,
            protocol: 'SIP',
          }),
        ]),
      ]),
    ),
  )
}

function getOptionList(rq: Rq): Response {
  const name = rq.params[0] ?? ''
  if (name === 'models') return xml(modelsXml(rq))
  const make = Object.prototype.hasOwnProperty.call(OPTION_LISTS, name) ? OPTION_LISTS[name] : undefined
  if (!make) return udsError(404, 'Not Found')
  const node = optionList(rq, name, make())
  return xml({ ...node, attrs: { ...node.attrs, version: ver(rq, 'options') } })
}

function getOptions(rq: Rq): Response {
  const main = [
    'messageWaitingVisualAlertPreference',
    'messageWaitingAudibleAlertPreference',
    'onACallRingPreference',
    'notOnACallRingPreference',
    'doNotDisturbSettings',
    'voiceMailAvoidancePolicy',
    'remoteDestinationUsage',
  ]
  return xml(
    el('options', { uri: `${rq.base}/cucm-uds/options`, version: ver(rq, 'options') }, [
      ...main.map((n) => optionList(rq, n, OPTION_LISTS[n]!())),
      el('installedLocales', { uri: opt(rq, 'installedLocales') }),
      el('timeZones', { uri: opt(rq, 'timeZones') }),
      el('models', { uri: opt(rq, 'models') }),
      el('dayOfWeek', { uri: opt(rq, 'dayOfWeek') }),
      el('timeOfDay', { uri: opt(rq, 'timeOfDay') }),
      el('userPolicy', { uri: opt(rq, 'userPolicy') }),
    ]),
  )
}

function query(rq: Rq): Map<string, string> {
  const m = new Map<string, string>()
  for (const [k, v] of rq.url.searchParams) if (!m.has(k.toLowerCase())) m.set(k.toLowerCase(), v)
  return m
}

function getClusterUser(rq: Rq): Response {
  const q = query(rq)
  const username = q.get('username')
  const email = q.get('email')
  const upn = q.get('useridentifier')
  if (!username && !email && !upn) return udsError(415, 'username, email or useridentifier is required')
  const users = rq.ctx.state.users
  const u = users.find(
    (x) =>
      (username !== undefined && x.userName.toLowerCase() === username.toLowerCase()) ||
      (email !== undefined && x.email.toLowerCase() === email.toLowerCase()) ||
      (upn !== undefined && x.email.toLowerCase() === upn.toLowerCase()),
  )
  const self = `${rq.base}${rq.url.pathname}${rq.url.search}`
  if (!u) {
    return xml(
      el('clusterUser', { uri: self, version: ver(rq, 'clusterUser') }, [el('result', { found: 'false' })]),
    )
  }
  const home = u.homePublisher ? `https://${u.homePublisher}:8443` : rq.base
  const homeHost = u.homePublisher ?? hostOf(rq)
  return xml(
    el('clusterUser', { uri: self, version: ver(rq, 'clusterUser') }, [
      el('result', {
        found: 'true',
        uri: `${home}/cucm-uds/user/${encodeURIComponent(u.userName)}`,
        version: ver(rq, 'user'),
      }),
      t('homeCluster', homeHost, { serversUri: `${home}/cucm-uds/servers` }),
      el('homeClusterDetails', null, [
        t('selfProvisioningSecureMode', 'true'),
        t('adminProvisionMode', 'false'),
      ]),
    ]),
  )
}

function startsWith(value: string, prefix: string): boolean {
  return value.toLowerCase().startsWith(prefix.toLowerCase())
}

function nameMatch(u: Persona, raw: string, dn: boolean): boolean {
  const tokens = raw.trim().split(/\s+/).filter(Boolean).slice(0, 3)
  if (tokens.length === 0) return true
  const fl = (f: string, l: string) => startsWith(u.firstName, f) && startsWith(u.lastName, l)
  if (tokens.length === 1) {
    const x = tokens[0] ?? ''
    return (
      startsWith(u.firstName, x) ||
      startsWith(u.lastName, x) ||
      startsWith(u.email, x) ||
      (dn && startsWith(u.displayName, x))
    )
  }
  const whole = tokens.join(' ')
  if (
    startsWith(u.lastName, whole) ||
    startsWith(u.firstName, whole) ||
    (dn && startsWith(u.displayName, whole))
  )
    return true
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens.slice(0, i).join(' ')
    const c = tokens.slice(i).join(' ')
    if (fl(a, c) || fl(c, a)) return true
  }
  return false
}

function digits(s: string): string {
  return s.replace(/[\s()+-]/g, '')
}

function getUsers(rq: Rq): Response {
  const q = query(rq)
  const f = rq.ctx.feats
  const parseNum = (k: string, def: number, min: number): number => {
    const v = q.get(k)
    if (v === undefined || v === '') return def
    if (!/^[0-9]{1,6}$/.test(v) || Number(v) < min) throw new BadInput(`${k} must be a number`)
    return Number(v)
  }
  const start = parseNum('start', 0, 0)
  const requested = parseNum('max', 64, 1)
  const max = Math.min(requested, 64)
  let rows = rq.ctx.state.users.slice()
  const get = (k: string) => {
    const v = q.get(k)
    return v === undefined || v === '' ? undefined : v
  }
  const name = get('name')
  const first = get('first')
  const last = get('last')
  const number = get('number')
  const numberlast = get('numberlast')
  const username = get('username')
  const email = get('email')
  const uri = get('uri')
  const displayname = f.displayNameSearch ? get('displayname') : undefined
  if (name) rows = rows.filter((u) => nameMatch(u, name, f.displayNameSearch))
  if (first) rows = rows.filter((u) => startsWith(u.firstName, first))
  if (last) rows = rows.filter((u) => startsWith(u.lastName, last))
  if (number) {
    const n = digits(number)
    rows = rows.filter((u) =>
      [u.phoneNumber, u.homeNumber, u.mobileNumber].some((p) => p !== '' && digits(p).startsWith(n)),
    )
  }
  if (numberlast) {
    const n = digits(numberlast)
    rows = rows.filter((u) =>
      [u.phoneNumber, u.homeNumber, u.mobileNumber].some((p) => p !== '' && digits(p).endsWith(n)),
    )
  }
  if (username) rows = rows.filter((u) => u.userName.toLowerCase() === username.toLowerCase())
  if (email) rows = rows.filter((u) => u.email.toLowerCase() === email.toLowerCase())
  if (uri)
    rows = rows.filter(
      (u) =>
        u.directoryUri.toLowerCase() === uri.toLowerCase() ||
        (u.msUri !== '' && u.msUri.toLowerCase() === uri.toLowerCase()),
    )
  if (displayname) rows = rows.filter((u) => startsWith(u.displayName, displayname))
  rows.sort(
    (a, c) =>
      a.lastName.localeCompare(c.lastName) ||
      a.firstName.localeCompare(c.firstName) ||
      a.userName.localeCompare(c.userName),
  )
  const page = rows.slice(start, start + max)
  return xml(
    el(
      'users',
      {
        uri: `${rq.base}/cucm-uds/users`,
        version: ver(rq, 'users'),
        start: String(start),
        requestedCount: String(requested),
        returnedCount: String(page.length),
        totalCount: String(rows.length),
      },
      page.map((u) =>
        el('user', { uri: `${rq.base}/cucm-uds/user/${encodeURIComponent(u.userName)}` }, [
          t('id', u.id),
          t('userName', u.userName),
          t('firstName', u.firstName),
          t('lastName', u.lastName),
          t('middleName', u.middleName),
          t('nickName', u.nickName),
          f.displayName && t('displayName', u.displayName),
          t('phoneNumber', u.phoneNumber),
          t('homeNumber', u.homeNumber),
          t('mobileNumber', u.mobileNumber),
          t('email', u.email),
          t('directoryUri', u.directoryUri, { exist: 'true' }),
          t('msUri', u.msUri),
          t('department', u.department),
          t('manager', u.manager),
          t('title', u.title),
          t('pager', u.pager),
          f.selfServiceId && t('selfServiceId', u.selfServiceId),
        ]),
      ),
    ),
  )
}

function phoneServiceItem(rq: Rq, id: string, detail: boolean): XmlNode | null {
  const s = rq.ctx.state.phoneServices.find((p) => p.id === id)
  if (!s) return null
  return el(
    'phoneService',
    {
      uri: `${rq.base}/cucm-uds/phoneService/${s.id}`,
      version: detail ? ver(rq, 'phoneServices') : undefined,
    },
    [
      t('id', s.id),
      t('name', s.name),
      t('description', s.description),
      detail && t('urlTemplate', s.urlTemplate),
      detail && t('secureUrlTemplate', s.secureUrlTemplate),
      t('category', s.category),
      detail && t('type', s.type),
      t('vendor', s.vendor),
      t('serviceVersion', s.serviceVersion),
      t('enabled', b(s.enabled)),
      detail &&
        el(
          'parameters',
          null,
          s.parameters.map((p) =>
            el('parameter', null, [
              t('paramId', p.paramId),
              t('displayName', p.displayName),
              t('description', p.description),
              t('defaultValue', p.defaultValue),
              t('isRequired', b(p.isRequired)),
              t('isCredential', 'false'),
            ]),
          ),
        ),
    ],
  )
}

const GROUPS = [
  ['Sales', 'CN=Sales,OU=Groups,DC=example,DC=com'],
  ['Sales Managers', 'CN=Sales Managers,OU=Groups,DC=example,DC=com'],
  ['Engineering', 'CN=Engineering,OU=Groups,DC=example,DC=com'],
  ['Support', 'CN=Support,OU=Groups,DC=example,DC=com'],
  ['Finance', 'CN=Finance,OU=Groups,DC=example,DC=com'],
]

function getGroups(rq: Rq): Response {
  const name = query(rq).get('name') ?? ''
  const rows = GROUPS.filter(([n]) => startsWith(n ?? '', name))
  return xml(
    el(
      'groups',
      { uri: `${rq.base}/cucm-uds/groups`, version: ver(rq, 'groups'), returnedCount: String(rows.length) },
      rows.map(([n, dn]) =>
        el('group', null, [
          t('groupName', n),
          t('distinguishedName', dn),
          t('groupType', 'Active LDAP Synchronized Group'),
        ]),
      ),
    ),
  )
}

// ---------------------------------------------------------------------------------------------
// Route table
// ---------------------------------------------------------------------------------------------

const U = '/cucm-uds/user/([^/]+)'
const ID = '([^/]+)'

function r(pattern: string, methods: Route['methods'], extra: Partial<Route> = {}): Route {
  const user = pattern.startsWith(U)
  return {
    re: new RegExp(`^${pattern}$`),
    api: 'uds',
    auth: user || extra.auth === true,
    userParam: user ? 0 : undefined,
    homeClusterWrites: user,
    methods,
    ...extra,
  }
}

export function udsRoutes(): Route[] {
  const conferencing = (ctx: Ctx) => ctx.feats.conferencing
  return [
    r('/cucm-uds/version', { GET: (rq) => xml(versionXml(rq)) }),
    r('/cucm-uds/servers', {
      GET: (rq) =>
        xml(
          el('servers', { uri: `${rq.base}/cucm-uds/servers`, version: ver(rq, 'servers') }, [
            t('server', hostOf(rq)),
          ]),
        ),
    }),
    r('/cucm-uds/clusterUser', { GET: getClusterUser }),
    r('/cucm-uds/options', { GET: getOptions }),
    r('/cucm-uds/options/userPolicy', { GET: (rq) => xml(userPolicyXml(rq)) }, { auth: true }),
    r(`/cucm-uds/options/${ID}`, { GET: getOptionList }),
    r('/cucm-uds/phoneServices', {
      GET: (rq) =>
        xml(
          el(
            'phoneServices',
            { uri: `${rq.base}/cucm-uds/phoneServices`, version: ver(rq, 'phoneServices') },
            rq.ctx.state.phoneServices.map((s) => phoneServiceItem(rq, s.id, false)),
          ),
        ),
    }),
    r(`/cucm-uds/phoneService/${ID}`, {
      GET: (rq) => {
        const node = phoneServiceItem(rq, rq.params[0] ?? '', true)
        return node ? xml(node) : udsError(404, 'Not Found')
      },
    }),
    r('/cucm-uds/users', { GET: getUsers }),
    r('/cucm-uds/groups', { GET: getGroups }, { enabled: (ctx) => ctx.feats.groups }),
    r(U, { GET: (rq) => xml(userXml(rq)), PUT: putUser }),
    r(
      `${U}/conferencing`,
      { GET: (rq) => xml(conferencingXml(rq)), PUT: putConferencing },
      { enabled: conferencing },
    ),
    r(`${U}/credentials`, {
      GET: (rq) =>
        rq.ctx.feats.credentialsGet
          ? getCredentials(rq)
          : udsError(405, 'Method Not Allowed', { Allow: 'PUT' }),
      PUT: putCredentials,
    }),
    r(`${U}/devices`, { GET: getDevices }),
    r(`${U}/device/${ID}`, {
      GET: (rq) => xml(deviceDetailXml(rq, findDevice(rq, rq.params[1] ?? ''))),
      PUT: putDevice,
    }),
    r(`${U}/device/${ID}/extensions`, {
      GET: (rq) => {
        const d = findDevice(rq, rq.params[1] ?? '')
        const lines = orderedLines(rq.user).filter((l) => d.lineIds.includes(l.id))
        return xml(extensionsXml(rq, lines, userUri(rq, `/device/${d.id}/extensions`), d))
      },
    }),
    r(`${U}/device/${ID}/extension/${ID}`, {
      GET: (rq) => {
        const d = findDevice(rq, rq.params[1] ?? '')
        const l = findLine(rq, rq.params[2] ?? '', d)
        return xml(extensionDetailXml(rq, l, userUri(rq, `/device/${d.id}/extension/${l.id}`)))
      },
      PUT: (rq) => {
        const d = findDevice(rq, rq.params[1] ?? '')
        const l = findLine(rq, rq.params[2] ?? '', d)
        return putExtension(rq, l, userUri(rq, `/device/${d.id}/extension/${l.id}`))
      },
    }),
    r(`${U}/extensions`, {
      GET: (rq) => xml(extensionsXml(rq, orderedLines(rq.user), userUri(rq, '/extensions'))),
    }),
    r(`${U}/extension/${ID}`, {
      GET: (rq) => {
        const l = findLine(rq, rq.params[1] ?? '')
        return xml(extensionDetailXml(rq, l, userUri(rq, `/extension/${l.id}`)))
      },
      PUT: (rq) => {
        const l = findLine(rq, rq.params[1] ?? '')
        return putExtension(rq, l, userUri(rq, `/extension/${l.id}`))
      },
    }),
    r(`${U}/remoteDestinations`, {
      GET: (rq) =>
        xml(
          el(
            'remoteDestinations',
            { version: ver(rq, 'remoteDestinations'), uri: userUri(rq, '/remoteDestinations') },
            rq.user.remoteDestinations.map((x) => remoteDestinationXml(rq, x, false)),
          ),
        ),
    }),
    r(`${U}/remoteDestination`, { POST: postRd }),
    r(`${U}/remoteDestination/${ID}`, {
      GET: (rq) => xml(remoteDestinationXml(rq, findRd(rq, rq.params[1] ?? ''), true)),
      PUT: putRd,
      POST: postRd,
      DELETE: (rq) => {
        const x = findRd(rq, rq.params[1] ?? '')
        rq.user.remoteDestinations = rq.user.remoteDestinations.filter((y) => y !== x)
        return noContent()
      },
    }),
    r(`${U}/speedDials`, {
      GET: (rq) => xml(userSpeedDialsXml(rq)),
      POST: (rq) => postSpeedDials(rq),
      PUT: (rq) => putSpeedDials(rq),
      DELETE: deleteSpeedDial,
    }),
    r(`${U}/device/${ID}/speedDials`, {
      GET: (rq) => xml(deviceSpeedDialsXml(rq, findDevice(rq, rq.params[1] ?? ''))),
      POST: (rq) => postSpeedDials(rq, findDevice(rq, rq.params[1] ?? '').id),
      PUT: (rq) => putSpeedDials(rq, findDevice(rq, rq.params[1] ?? '').id),
    }),
    r(`${U}/device/${ID}/speedDial`, { POST: postDeviceSpeedDial, PUT: putDeviceSpeedDial }),
    r(`${U}/device/${ID}/speedDial/${ID}`, {
      GET: (rq) => {
        const d = findDevice(rq, rq.params[1] ?? '')
        const s = d.speedDials.find((x) => x.id === rq.params[2])
        if (!s) throw new NotFound('speed dial not found')
        return xml({
          ...speedDialXml(rq, d, s),
          attrs: { uri: userUri(rq, `/device/${d.id}/speedDial/${s.id}`), version: ver(rq, 'speedDials') },
        })
      },
    }),
    r(`${U}/subscribedServices`, {
      GET: (rq) => xml(userSubscribedServicesXml(rq)),
      POST: postServices,
      PUT: putServices,
    }),
    r(`${U}/subscribedServices/${ID}`, { DELETE: deleteService }),
  ]
}

export type { Child }
