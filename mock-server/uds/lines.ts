/**
 * Lines (UDS calls them extensions): forwarding, message-waiting and ring preferences, label and
 * missed-call logging, per device (`/device/{id}/extension/{id}`) or for the user (`/extension/{id}`,
 * an alias of the same line). The user resource reuses the readers and renderers for its primary line.
 */
import type { Rq } from '../http/context.ts'
import { NotFound } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { bool, child, scalar, type XmlObject } from '../http/xml-read.ts'
import { label, MWI_AUDIBLE, MWI_VISUAL, PREF_DEFAULTS, RING, type Options } from '../model/option-lists.ts'
import { limitText } from '../model/rules.ts'
import {
  APPEARANCE_KEYS,
  onDevice,
  sameEverywhere,
  setEverywhere,
  setOnDevice,
  type AppearanceKey,
  type AppearanceSettings,
} from '../model/appearances.ts'
import type { Device, Forward, Line, Persona } from '../model/types.ts'
import { b, body, findDevice, readBool, readPref, userUri, ver, xml } from './common.ts'

/** Forward elements of an extension and the line field each one sets. */
const FORWARD_KEYS: [string, keyof Line][] = [
  ['callForwardAllDestination', 'callForwardAll'],
  ['forwardBusyExternalCallDestination', 'forwardBusyExternal'],
  ['forwardNoAnswerExternalCallDestination', 'forwardNoAnswerExternal'],
  ['forwardBusyInternalCallDestination', 'forwardBusyInternal'],
  ['forwardNoAnswerInternalCallDestination', 'forwardNoAnswerInternal'],
]

export function sameForward(a: Forward, c: Forward): boolean {
  return a.voicemail === c.voicemail && a.destination === c.destination
}

/** Read a forward block; undefined when absent, an empty element turns forwarding off. */
export function readForward(parent: XmlObject, key: string, destKey: string): Partial<Forward> | undefined {
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

export function applyForward(target: Forward, change: Partial<Forward>): void {
  if (change.voicemail !== undefined) target.voicemail = change.voicemail
  if (change.destination !== undefined) target.destination = change.destination
}

export interface LineChange {
  forwards: [keyof Line, Partial<Forward>][]
  mwiVisualPref?: string
  mwiAudiblePref?: string
  onACallRingPref?: string
  notOnACallRingPref?: string
  label?: string
  logMissedCalls?: boolean
}

/** Read a line's changes (validated, not applied); `allForwards` false reads forward-all only. */
export function readLineChange(node: XmlObject, destKey: string, allForwards: boolean): LineChange {
  const change: LineChange = { forwards: [] }
  for (const [name, key] of allForwards ? FORWARD_KEYS : FORWARD_KEYS.slice(0, 1)) {
    const f = readForward(node, name, destKey)
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

/**
 * Apply a line's changes: forwarding belongs to the line; the appearance settings change on `device`'s
 * appearance only when written through a phone, else on every phone with the line (model/appearances.ts).
 */
export function applyLineChange(u: Persona, l: Line, c: LineChange, device?: Device): void {
  for (const [key, f] of c.forwards) applyForward(l[key] as Forward, f)
  const settings: Partial<AppearanceSettings> = {}
  for (const key of APPEARANCE_KEYS) {
    if (c[key] !== undefined) (settings as Record<AppearanceKey, unknown>)[key] = c[key]
  }
  if (Object.keys(settings).length === 0) return
  if (device) setOnDevice(u, l, device, settings)
  else setEverywhere(u, l, settings)
}

export function forwardXml(
  name: string,
  f: Forward,
  destKey: string,
  attrs?: Record<string, string>,
): XmlNode {
  return el(name, attrs ?? null, [t('sendToVoiceMailPilotNumber', b(f.voicemail)), t(destKey, f.destination)])
}

function prefXml(name: string, value: string, opts: Options, empty: string, appliesToAll?: boolean): XmlNode {
  return t(name, label(opts, value, empty), {
    appliesToAllLineAppearances: appliesToAll === undefined ? undefined : b(appliesToAll),
    value,
  })
}

/**
 * The four preference elements of a line in list form; with the user `u` (the user-level shapes), each
 * says whether every phone with the line has the same value (`appliesToAllLineAppearances`).
 */
export function prefsXml(l: Line, u?: Persona): XmlNode[] {
  const all = (key: AppearanceKey) => (u ? sameEverywhere(u, l, key) : undefined)
  return [
    prefXml(
      'messageWaitingVisualAlertPreference',
      l.mwiVisualPref,
      MWI_VISUAL,
      PREF_DEFAULTS.mwiVisual,
      all('mwiVisualPref'),
    ),
    prefXml(
      'messageWaitingAudibleAlertPreference',
      l.mwiAudiblePref,
      MWI_AUDIBLE,
      PREF_DEFAULTS.mwiAudible,
      all('mwiAudiblePref'),
    ),
    prefXml('onACallRingPreference', l.onACallRingPref, RING, PREF_DEFAULTS.ring, all('onACallRingPref')),
    prefXml(
      'notOnACallRingPreference',
      l.notOnACallRingPref,
      RING,
      PREF_DEFAULTS.ring,
      all('notOnACallRingPref'),
    ),
  ]
}

/** `label` and `logMissedCalls` in list form, with `appliesToAllLineAppearances` when the user `u` is given. */
export function labelAndLoggingXml(l: Line, u?: Persona): XmlNode[] {
  const all = (key: AppearanceKey) => (u ? b(sameEverywhere(u, l, key)) : undefined)
  return [
    t('label', l.label, { appliesToAllLineAppearances: all('label') }),
    t('logMissedCalls', b(l.logMissedCalls), { appliesToAllLineAppearances: all('logMissedCalls') }),
  ]
}

function prefDetailXml(name: string, value: string, opts: Options): XmlNode {
  return el(
    name,
    { value },
    opts.map(([v, n]) => t('option', n, { value: v })),
  )
}

function extensionItemXml(u: Persona, l: Line, userLevel: boolean, uri: string): XmlNode {
  return el('extension', { isPrimary: b(l.primary), uri }, [
    t('id', l.id),
    t('directoryNumber', l.directoryNumber),
    t('voiceMailPilotNumber', l.voiceMailPilotNumber),
    forwardXml('callForwardAllDestination', l.callForwardAll, 'sendToCustomDestination'),
    t('messageWaitingVisualAlert', b(l.messageWaitingVisualAlert)),
    ...prefsXml(l, userLevel ? u : undefined),
    ...labelAndLoggingXml(l, userLevel ? u : undefined),
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

/** The primary line first. */
function orderedLines(u: Persona): Line[] {
  return [...u.lines].sort((a, c) => Number(c.primary) - Number(a.primary))
}

function findLine(rq: Rq, id: string, device?: Device): Line {
  const l = rq.user.lines.find((x) => x.id === id)
  if (!l || (device && !device.lineIds.includes(id))) throw new NotFound('extension not found')
  return l
}

function extensionsXml(rq: Rq, lines: Line[], uri: string, device?: Device): XmlNode {
  const lineUri = (l: Line) =>
    userUri(rq, device ? `/device/${device.id}/extension/${l.id}` : `/extension/${l.id}`)
  return el(
    'extensions',
    { version: ver(rq, 'extensions'), uri },
    lines.map((l) => extensionItemXml(rq.user, device ? onDevice(l, device) : l, !device, lineUri(l))),
  )
}

/** A line addressed through a device (`:device`) or for the user, with the URI it has there. */
function target(rq: Rq): { line: Line; device: Device | undefined; uri: string } {
  const id = rq.param('device')
  const device = id ? findDevice(rq, id) : undefined
  const line = findLine(rq, rq.param('line'), device)
  const uri = userUri(rq, device ? `/device/${device.id}/extension/${line.id}` : `/extension/${line.id}`)
  return { line, device, uri }
}

/** The line as this address sees it: its appearance on the device, else the shared values. */
const shown = ({ line, device }: { line: Line; device: Device | undefined }) =>
  device ? onDevice(line, device) : line

const lineMethods = {
  GET: (rq: Rq) => {
    const at = target(rq)
    return xml(extensionDetailXml(rq, shown(at), at.uri))
  },
  PUT: async (rq: Rq) => {
    const at = target(rq)
    const change = readLineChange(await body(rq, 'extension'), 'sendToCustomDestination', true)
    applyLineChange(rq.user, at.line, change, at.device)
    return xml(extensionDetailXml(rq, shown(at), at.uri))
  },
}

export function lineRoutes(r: ApiRouter): void {
  r.own('/device/:device/extensions', {
    GET: (rq) => {
      const d = findDevice(rq, rq.param('device'))
      const lines = orderedLines(rq.user).filter((l) => d.lineIds.includes(l.id))
      return xml(extensionsXml(rq, lines, userUri(rq, `/device/${d.id}/extensions`), d))
    },
  })
  r.own('/device/:device/extension/:line', lineMethods)
  r.own('/extensions', {
    GET: (rq) => xml(extensionsXml(rq, orderedLines(rq.user), userUri(rq, '/extensions'))),
  })
  r.own('/extension/:line', lineMethods)
}
