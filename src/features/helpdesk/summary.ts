/**
 * The helpdesk summary: everything the portal reads about the user, as sections of "Label: value"
 * rows, and as plain text that reads well pasted into a ticket (a heading line, then each section).
 * Pure: the caller gathers the facts (a part that could not be read is `null` and says so). Only
 * named fields are picked from each resource, so a secret never reaches the text (summary.test.ts
 * puts random secrets in every object and checks).
 */
import type { Device, DeviceDnd } from '../../api/devices/devices.ts'
import type { Line } from '../../api/extensions/extensions.ts'
import type { LineRules } from '../../api/extensions/line-rules.ts'
import type { SignInHistory } from '../../api/credentials/credentials.ts'
import type { RemoteDestination } from '../../api/remote-destinations/remote-destinations.ts'
import type { UserSpeedDials } from '../../api/speed-dials/speed-dials.ts'
import type { HomeCluster, ServerVersion, UserPolicy } from '../../api/system/system.ts'
import type { User } from '../../api/user/user.ts'
import type { ShownProblem } from '../../lib/problem-log.ts'
import { scheduleSentence } from '../../lib/schedule-words.ts'
import { formatList, formatNumber } from '../../i18n/format.ts'
import { summaryMessages as m, type SummaryPart } from './summary-messages.ts'

/** A part the portal reads: its value, or null when it could not be read. */
type Part<T> = T | null

export interface SummaryFacts {
  at: Date
  userId: string
  user: Part<User>
  cluster: Part<HomeCluster>
  version: Part<ServerVersion>
  lines: Part<Line[]>
  /** 'hidden': the policy offers forward-all only (the rules are not read). */
  rules: Part<LineRules[]> | 'hidden'
  devices: Part<Device[]>
  dnd: Part<DeviceDnd[]>
  /** 'off': Single Number Reach is not set up for the user (nothing is read). */
  remoteDestinations: Part<RemoteDestination[]> | 'off'
  speedDials: Part<UserSpeedDials>
  policy: Part<UserPolicy>
  /** 'unsupported': the server's release has no sign-in history. */
  signIns: Part<SignInHistory> | 'unsupported'
  portal: { version: string; builtAt: string }
  /** The browser's user agent (put in words as the summary is built: browserSummary). */
  browser: string
  problems: readonly ShownProblem[]
}

export type Row = readonly [label: string, value: string]

export interface Section {
  id: string
  title: string
  rows: Row[]
}

/** "2026-11-30 14:05 UTC": unambiguous wherever the ticket is read. */
export function timeText(at: Date): string {
  if (Number.isNaN(at.getTime())) return ''
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

const failed = (part: SummaryPart): Row[] => [[m.couldNotRead(part), '']]

function whoRows(f: SummaryFacts): Row[] {
  const rows: Row[] = [[m.userId, f.userId]]
  if (f.user) {
    const name = [f.user.firstName, f.user.lastName].filter(Boolean).join(' ')
    if (name) rows.push([m.name, name])
    if (f.user.displayName !== undefined) rows.push([m.displayName, f.user.displayName || '—'])
  } else rows.push(...failed('user'))
  if (f.cluster && f.user) {
    const here = f.user.homeCluster
    rows.push([m.homeSystem, here ? m.homeHere(f.cluster.host) : m.homeElsewhere(f.cluster.host)])
  } else if (!f.cluster) rows.push(...failed('cluster'))
  rows.push(f.version ? [m.udsVersion, f.version.release || '—'] : failed('version')[0]!)
  return rows
}

function lineRows(f: SummaryFacts): Row[] {
  if (!f.lines) return failed('lines')
  if (f.lines.length === 0) return [[m.noLines, '']]
  const rows: Row[] = []
  f.lines.forEach((line, i) => {
    const n = i + 1
    rows.push([m.line(n), m.lineWhat(line.directoryNumber, line.isPrimary, line.label)])
    rows.push([m.forwardAll(n), m.forwardTo(line.callForward)])
    if (f.rules === 'hidden' || f.rules === null) return
    const r = f.rules.find((x) => x.lineId === line.id)?.rules
    if (!r) return
    rows.push([m.busy(n), m.insideOutside(m.rule(r.busyInternal), m.rule(r.busyExternal))])
    rows.push([m.noAnswer(n), m.insideOutside(m.rule(r.noAnswerInternal), m.rule(r.noAnswerExternal))])
  })
  if (f.rules === 'hidden') rows.push([m.rulesHidden, m.rulesHiddenValue])
  else if (f.rules === null) rows.push(...failed('rules'))
  return rows
}

const deviceName = (d: Pick<Device, 'description' | 'name'>) => d.description || d.name

function dndRows(f: SummaryFacts): Row[] {
  const rows: Row[] = f.user ? [[m.dndAll, m.onOff(f.user.doNotDisturb)]] : []
  if (!f.dnd) return [...rows, ...failed('dnd')]
  for (const d of f.dnd) {
    const device = f.devices?.find((x) => x.id === d.deviceId)
    rows.push([m.dndPhone(device ? deviceName(device) : d.deviceId), m.dndOption(d.enabled, d.option)])
  }
  return rows
}

function phoneRows(f: SummaryFacts): Row[] {
  if (!f.devices) return failed('devices')
  if (f.devices.length === 0) return [[m.noPhones, '']]
  return f.devices.map((d, i) => [m.phone(i + 1), m.phoneWhat(deviceName(d), d.model, d.name)])
}

function snrRows(f: SummaryFacts): Row[] {
  if (f.remoteDestinations === 'off') return [[m.snrStatus, m.snrNotSetUp]]
  if (!f.remoteDestinations) return failed('snr')
  if (f.remoteDestinations.length === 0) return [[m.snrStatus, m.noSnrPhones]]
  return f.remoteDestinations.map((rd) => [
    rd.name || rd.number,
    m.snrWhat(rd.number, rd.ringWhenExtensionDialed, scheduleSentence(rd.schedule)),
  ])
}

function policyRows(f: SummaryFacts): Row[] {
  if (!f.policy) return failed('policy')
  const hidden = Object.entries(f.policy.raw)
    .filter(([name, value]) =>
      name === 'ShowCallForward' ? value === '2' || value === '3' : value.toLowerCase() === 'false',
    )
    .filter(([name]) => name.startsWith('Show'))
    .map(([name, value]) => m.policyWords(name, value))
  return [[m.policyHidden, hidden.length ? formatList(hidden, 'unit') : m.nothingHidden]]
}

function signInRows(f: SummaryFacts): Row[] {
  if (f.signIns === 'unsupported') return [[m.lastSignIn, m.signInsUnsupported]]
  if (!f.signIns) return failed('signIns')
  const at = f.signIns.lastSignIn
  const when = at ? timeText(new Date(at)) || at : m.never
  return [
    [m.lastSignIn, at && f.signIns.lastSignInIp ? m.signedInFrom(when, f.signIns.lastSignInIp) : when],
    [m.failures, formatNumber(f.signIns.failures)],
  ]
}

/** The summary as sections of rows, in the order a helpdesk asks. */
export function summarySections(f: SummaryFacts): Section[] {
  const s = m.sections
  return [
    { id: 'who', title: s.who, rows: whoRows(f) },
    { id: 'lines', title: s.lines, rows: lineRows(f) },
    { id: 'dnd', title: s.dnd, rows: dndRows(f) },
    { id: 'phones', title: s.phones, rows: phoneRows(f) },
    { id: 'snr', title: s.snr, rows: snrRows(f) },
    {
      id: 'speed-dials',
      title: s.speedDials,
      rows: f.speedDials
        ? [[m.speedDialCount, m.speedDialValue(f.speedDials.speedDials.length, f.speedDials.unified)]]
        : failed('speedDials'),
    },
    { id: 'policy', title: s.policy, rows: policyRows(f) },
    { id: 'sign-in', title: s.signIn, rows: signInRows(f) },
    {
      id: 'portal',
      title: s.portal,
      rows: [
        [m.portalVersion, f.portal.version],
        [m.buildDate, f.portal.builtAt],
        [m.browser, browserSummary(f.browser)],
      ],
    },
    {
      id: 'problems',
      title: s.problems,
      rows: f.problems.length
        ? f.problems.map((p) => [p.code, timeText(p.at)] as const)
        : [[m.noProblems, '']],
    },
  ]
}

/** One line of text: no line breaks or control characters from data can break the layout. */
function flat(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').trim()
}

/** The plain text for a ticket: the heading, when, then each section's title and its rows. */
export function summaryText(f: SummaryFacts): string {
  const out = [m.heading, m.labelled(m.checked, timeText(f.at))]
  for (const section of summarySections(f)) {
    out.push('', section.title, '-'.repeat(section.title.length))
    for (const [label, value] of section.rows)
      out.push(value ? m.labelled(flat(label), flat(value)) : flat(label))
  }
  return out.join('\n')
}

/** "Chrome 131 on Windows": the browser and system from a user agent, or the agent itself. */
export function browserSummary(ua: string): string {
  const browser =
    match(ua, /Edg\/(\d+)/, 'Edge') ??
    match(ua, /OPR\/(\d+)/, 'Opera') ??
    match(ua, /Firefox\/(\d+)/, 'Firefox') ??
    match(ua, /(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/, 'Chrome') ??
    match(ua, /Version\/(\d+)[\d.]* .*Safari\//, 'Safari')
  const system = /Windows/.test(ua)
    ? 'Windows'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Android/.test(ua)
        ? 'Android'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : ''
  if (!browser) return flat(ua).slice(0, 120) || m.unknownBrowser
  return system ? m.browserOn(browser, system) : browser
}

function match(ua: string, pattern: RegExp, name: string): string | undefined {
  const found = pattern.exec(ua)
  return found ? `${name} ${found[1]}` : undefined
}
