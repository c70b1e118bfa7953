/**
 * What happens when someone calls, per line, in numbered plain sentences, and the settings that work
 * against each other: one pure function of what the portal already reads (lines with their forwards
 * and busy/no-answer rules, do not disturb and each phone's option, Single Number Reach phones with
 * their schedules, the instant). The order follows how CUCM treats a call (uds-api §5A):
 *
 * 1. Forward all is applied before the call is offered to a phone, so it wins over everything.
 * 2. Do not disturb: "Call Reject" gives the caller the line's busy treatment (Call Forward Busy,
 *    a community answer: "usually"); "Ringer Off" presents the call silently, then no-answer applies.
 * 3. Otherwise the phones ring, with each Single Number Reach phone per its switch and schedule
 *    (evaluated in the schedule's own time zone), then the no-answer and busy rules.
 *
 * Where the behaviour is not documented the sentence says "usually"; README lists each such point.
 */
import type { DndOption } from '../../api/devices/devices.ts'
import type { LineForward } from '../../api/extensions/extensions.ts'
import type { RuleKind } from '../../api/extensions/line-rules.ts'
import type { Schedule } from '../../api/remote-destinations/schedule.ts'
import { formatList } from '../../i18n/format.ts'
import { callsMessages as m } from './messages.ts'
import { localTime, placeName, ringsAt } from './ring-times.ts'
import { dayAndSpan, dayAndTime, timeWords } from './time-words.ts'

export interface PathLine {
  id: string
  directoryNumber: string
  isPrimary: boolean
  callForward: LineForward
  /** null while unknown (the busy and no-answer rules are read per line). */
  rules: Record<RuleKind, LineForward> | null
  voicemailPilot: string
}

export interface PathSnrPhone {
  id: string
  name: string
  number: string
  ring: boolean
  schedule: Schedule | null
  /** The schedule's zone as an IANA id the browser knows (the caller resolves and falls back). */
  zone: string
  /**
   * The directory numbers it rings for (the lines on its Single Number Reach profile); undefined when
   * unknown: then the primary line's (usually; see README).
   */
  lines?: string[]
}

/** One of the user's own phones (desk phone, soft client). */
export interface PathPhone {
  name: string
  /** The directory numbers on it; undefined when unknown (then it is taken to ring for every line). */
  lines?: string[]
}

export interface CallPathInput {
  lines: PathLine[]
  dnd: boolean
  /** Each phone's do not disturb option (the phones' details). */
  dndOptions: DndOption[]
  /** The user's own phones (desk phones, soft clients). */
  phones: PathPhone[]
  snr: PathSnrPhone[]
  at: Date
}

export type WarningId = 'dnd-forward' | 'no-voicemail' | 'snr-unreachable' | 'forward-to-snr'

export interface Warning {
  id: WarningId
  text: string
  link: { to: string; label: string }
}

export interface LinePath {
  id: string
  directoryNumber: string
  steps: string[]
}

export interface CallPath {
  lines: LinePath[]
  warnings: Warning[]
  /** Whether a sentence says "usually" (behaviour that isn't documented): the page explains it. */
  usually: boolean
}

const forwarded = (f: LineForward) => f.toVoicemail || f.destination !== ''
const digits = (n: string) => n.replace(/[^0-9*#]/g, '')

function oneRule(rule: LineForward, pilot: string): string {
  if (rule.toVoicemail) return pilot ? m.ruleVoicemail : m.ruleVoicemailMissing
  if (rule.destination) return m.ruleNumber(rule.destination)
  return m.ruleDefault
}

/** A question's rule in words; inside and outside apart when they differ. */
function ruleWords(line: PathLine, question: 'noAnswer' | 'busy'): string {
  if (!line.rules) return m.ruleUnknown
  const inside = oneRule(line.rules[`${question}Internal`], line.voicemailPilot)
  const outside = oneRule(line.rules[`${question}External`], line.voicemailPilot)
  return inside === outside ? inside : m.ruleSplit(inside, outside)
}

/** How do not disturb treats calls, from every phone's option: all reject, all silent, or unsure. */
function dndMode(options: DndOption[]): 'reject' | 'silent' | 'usually-silent' {
  if (options.length > 0 && options.every((o) => o === 'callReject')) return 'reject'
  if (options.length > 0 && options.every((o) => o === 'ringerOff')) return 'silent'
  return 'usually-silent'
}

/** One Single Number Reach phone's sentence at `at`, and whether it rings then. */
export function snrSentence(p: PathSnrPhone, at: Date, usually: boolean): { text: string; rings: boolean } {
  if (!p.ring) return { text: m.snrOff(p.name), rings: false }
  if (!p.schedule) return { text: m.snrAlways(p.name, usually), rings: true }
  if (p.schedule.days.length === 0) return { text: m.snrNever(p.name), rings: false }
  const now = localTime(at, p.zone)
  const result = ringsAt(p.schedule, now)
  const place = placeName(p.zone)
  if (result.rings) {
    const d = result.day
    const times = dayAndSpan(d.day, timeWords(d.start), timeWords(d.end))
    return { text: m.snrInside(p.name, now.day, now.minutes, place, times, usually), rings: true }
  }
  const next = result.next ? dayAndTime(result.next.day, timeWords(result.next.start)) : ''
  return { text: m.snrOutside(p.name, now.day, now.minutes, place, next), rings: false }
}

/** The line Single Number Reach phones share when their lines are unknown: the primary line (usually; see README). */
function snrLine(lines: PathLine[]): PathLine | undefined {
  return lines.find((l) => l.isPrimary) ?? lines[0]
}

/** The Single Number Reach phones a call to this line reaches. */
function snrFor(line: PathLine, input: CallPathInput): PathSnrPhone[] {
  return input.snr.filter((p) =>
    p.lines ? p.lines.includes(line.directoryNumber) : line === snrLine(input.lines),
  )
}

/** A line's sentences, and whether one of them says "usually". */
function lineSteps(line: PathLine, input: CallPathInput): { steps: string[]; usually: boolean } {
  if (forwarded(line.callForward)) {
    const step = line.callForward.toVoicemail
      ? m.forwardAllVoicemail(line.directoryNumber)
      : m.forwardAll(line.directoryNumber, line.callForward.destination)
    return { steps: [step], usually: false }
  }
  const steps: string[] = []
  const reached = snrFor(line, input).map((p) => snrSentence(p, input.at, input.dnd))
  const snr = reached.map((s) => s.text)
  const phones = input.phones.filter((p) => !p.lines || p.lines.includes(line.directoryNumber))
  if (input.dnd) {
    const mode = dndMode(input.dndOptions)
    if (mode === 'reject') steps.push(m.dndReject(ruleWords(line, 'busy')))
    else if (mode === 'silent') steps.push(m.dndSilent(ruleWords(line, 'noAnswer')))
    else steps.push(m.dndUsually(ruleWords(line, 'noAnswer')))
    // A Single Number Reach phone that rings while do not disturb is on "usually" does.
    return { steps: [...steps, ...snr], usually: mode === 'usually-silent' || reached.some((s) => s.rings) }
  }
  steps.push(
    phones.length
      ? m.phonesRing(
          formatList(
            phones.map((p) => p.name),
            'unit',
          ),
        )
      : m.noPhones,
  )
  steps.push(...snr)
  steps.push(m.noAnswer(ruleWords(line, 'noAnswer')), m.busy(ruleWords(line, 'busy')))
  return { steps, usually: false }
}

/** The rules form's control for a rule's question (the first choice of its "inside" group). */
const ruleAnchor = (rule: RuleKind) =>
  rule.startsWith('busy') ? 'rules-busy-internal' : 'rules-no-answer-internal'

function warnings(input: CallPathInput): Warning[] {
  const out: Warning[] = []
  const { lines } = input
  if (input.dnd) {
    for (const line of lines.filter((l) => forwarded(l.callForward)))
      out.push({
        id: 'dnd-forward',
        text: m.warnDndForward(line.directoryNumber),
        link: { to: '/call-forwarding#forward-where', label: m.warnDndForwardLink },
      })
  }
  for (const line of lines.filter((l) => !l.voicemailPilot)) {
    const viaForwardAll = line.callForward.toVoicemail
    const rule = line.rules
      ? (['noAnswerInternal', 'noAnswerExternal', 'busyInternal', 'busyExternal'] as const).find(
          (k) => line.rules![k].toVoicemail,
        )
      : undefined
    if (!viaForwardAll && !rule) continue
    out.push({
      id: 'no-voicemail',
      text: m.warnNoVoicemail(line.directoryNumber),
      link: viaForwardAll
        ? { to: '/call-forwarding#forward-where', label: m.warnNoVoicemailAllLink }
        : {
            to: `/call-forwarding#${ruleAnchor(rule!)}`,
            label: m.warnNoVoicemailLink,
          },
    })
  }
  // Every Single Number Reach phone off or outside its times, on a line calls still reach them through.
  const reachable = input.snr.some((p) => snrSentence(p, input.at, false).rings)
  const snrLines = lines.filter((l) => snrFor(l, input).length > 0)
  if (input.snr.length > 0 && !reachable && !input.dnd && snrLines.some((l) => !forwarded(l.callForward)))
    out.push({
      id: 'snr-unreachable',
      text: m.warnSnrUnreachable,
      link: { to: '/single-number-reach', label: m.warnSnrUnreachableLink },
    })
  for (const line of lines) {
    const same = (f: LineForward) => (p: PathSnrPhone) =>
      !f.toVoicemail && f.destination !== '' && digits(f.destination) === digits(p.number)
    const rule = line.rules
      ? (Object.keys(line.rules) as RuleKind[]).find((k) => input.snr.some(same(line.rules![k])))
      : undefined
    const phone =
      input.snr.find(same(line.callForward)) ?? (rule ? input.snr.find(same(line.rules![rule])) : undefined)
    if (phone)
      out.push({
        id: 'forward-to-snr',
        text: m.warnForwardToSnr(line.directoryNumber, phone.name),
        link: input.snr.some(same(line.callForward))
          ? { to: '/call-forwarding#forward-where', label: m.warnForwardToSnrLink }
          : { to: `/call-forwarding#${ruleAnchor(rule!)}`, label: m.warnNoVoicemailLink },
      })
  }
  return out
}

export function callPath(input: CallPathInput): CallPath {
  const paths = input.lines.map((line) => ({ line, ...lineSteps(line, input) }))
  return {
    lines: paths.map(({ line, steps }) => ({
      id: line.id,
      directoryNumber: line.directoryNumber,
      steps,
    })),
    warnings: warnings(input),
    usually: paths.some((p) => p.usually),
  }
}
