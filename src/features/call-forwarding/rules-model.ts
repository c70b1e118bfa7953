/**
 * The pure rules of the "When you don't answer or are busy" form: its values from the server's rules,
 * what the user may type, and what a save sends per line (only the rules that differ).
 */
import type { Line, LineForward } from '../../api/extensions/extensions.ts'
import type { LineRules, RuleKind, RulesPatch } from '../../api/extensions/line-rules.ts'
import { ltr } from '../../i18n/format.ts'
import { charCount, hasControlCharacters } from '../../lib/read-back.ts'
import { ALL_LINES, normaliseNumber } from './forwarding-rules.ts'
import { forwardingMessages as fm, rulesMessages as m } from './messages.ts'

/** Voicemail, another number, or the line's default (neither: the administrator's setting). */
export type RuleChoice = 'voicemail' | 'number' | 'default'

export interface RulesValues {
  /** ALL_LINES or one line's id. */
  scope: string
  /** Callers inside and outside the organisation get different rules. */
  split: boolean
  noAnswerInternal: RuleChoice
  noAnswerInternalNumber: string
  noAnswerExternal: RuleChoice
  noAnswerExternalNumber: string
  busyInternal: RuleChoice
  busyInternalNumber: string
  busyExternal: RuleChoice
  busyExternalNumber: string
}

export type RuleField = RuleKind | `${RuleKind}Number` | 'scope'

/** The questions: the internal field stands for both while the rules are not split. */
export const QUESTIONS = [
  { internal: 'noAnswerInternal', external: 'noAnswerExternal' },
  { internal: 'busyInternal', external: 'busyExternal' },
] as const

/** Field ids, also the targets of the error summary's links (in the form's order). */
export const RULE_FIELD_IDS: Record<RuleField, string> = {
  scope: 'rules-scope',
  noAnswerInternal: 'rules-no-answer-internal',
  noAnswerInternalNumber: 'rules-no-answer-internal-number',
  noAnswerExternal: 'rules-no-answer-external',
  noAnswerExternalNumber: 'rules-no-answer-external-number',
  busyInternal: 'rules-busy-internal',
  busyInternalNumber: 'rules-busy-internal-number',
  busyExternal: 'rules-busy-external',
  busyExternalNumber: 'rules-busy-external-number',
}

export function choiceOf(rule: LineForward): RuleChoice {
  if (rule.toVoicemail) return 'voicemail'
  if (rule.destination) return 'number'
  return 'default'
}

export function sameRule(a: LineForward, b: LineForward): boolean {
  return choiceOf(a) === choiceOf(b) && (choiceOf(a) !== 'number' || a.destination === b.destination)
}

const KINDS: RuleKind[] = ['noAnswerInternal', 'noAnswerExternal', 'busyInternal', 'busyExternal']

/** Whether callers inside and outside get different treatment on any of these lines. */
export function isSplit(rules: LineRules[]): boolean {
  return rules.some(
    (r) =>
      !sameRule(r.rules.noAnswerInternal, r.rules.noAnswerExternal) ||
      !sameRule(r.rules.busyInternal, r.rules.busyExternal),
  )
}

/** The form's values for a scope: that line's rules, or for all lines the first line's. */
export function rulesValues(all: LineRules[], scope: string): RulesValues {
  const shown = all.find((r) => r.lineId === scope) ?? all[0]
  const values = { scope, split: isSplit(shown ? [shown] : []) } as RulesValues
  for (const kind of KINDS) {
    const rule = shown?.rules[kind] ?? { toVoicemail: false, destination: '' }
    values[kind] = choiceOf(rule)
    values[`${kind}Number`] = choiceOf(rule) === 'number' ? rule.destination : ''
  }
  return values
}

/** The scope the form starts with: all lines when they agree, else the first line. */
export function initialScope(all: LineRules[]): string {
  const first = all[0]
  if (!first || all.length === 1) return ALL_LINES
  const agree = all.every((r) => KINDS.every((k) => sameRule(r.rules[k], first.rules[k])))
  return agree ? ALL_LINES : first.lineId
}

/** What the user asked for, per rule (a split-off rule follows its internal twin while not split). */
export function desiredRules(values: RulesValues): Record<RuleKind, LineForward> {
  const out = {} as Record<RuleKind, LineForward>
  for (const { internal, external } of QUESTIONS) {
    for (const kind of [internal, external]) {
      const from = values.split ? kind : internal
      const choice = values[from]
      out[kind] = {
        toVoicemail: choice === 'voicemail',
        destination: choice === 'number' ? normaliseNumber(values[`${from}Number`]) : '',
      }
    }
  }
  return out
}

/** The rules of `current` that differ from `desired` (null when none). */
export function rulesPatch(current: LineRules, desired: Record<RuleKind, LineForward>): RulesPatch | null {
  const patch: RulesPatch = {}
  for (const kind of KINDS) if (!sameRule(current.rules[kind], desired[kind])) patch[kind] = desired[kind]
  return Object.keys(patch).length ? patch : null
}

export function targetRules(all: LineRules[], scope: string): LineRules[] {
  if (scope === ALL_LINES || all.length <= 1) return all
  return all.filter((r) => r.lineId === scope)
}

function numberProblem(raw: string, targets: LineRules[], lines: Line[]): string | undefined {
  const number = normaliseNumber(raw)
  if (number === '' || number === '+') return m.enterNumber
  if (hasControlCharacters(raw) || /[^0-9+*#]/.test(number)) return fm.numberCharacters
  if (number.slice(1).includes('+')) return fm.plusAtStart
  if (charCount(number) > 50) return fm.numberTooLong
  const plain = (s: string) => s.replace(/^\\?\+/, '')
  const own = targets.find((t) => plain(t.directoryNumber) === plain(number))
  if (own) return m.toItself(own.directoryNumber)
  const other = lines.find((l) => plain(l.directoryNumber) === plain(number))
  if (other && targets[0]) return fm.toOwnLine(targets[0].directoryNumber, other.directoryNumber)
  return undefined
}

/** Validation on submit: a number where "Another number" is chosen, never the line's own. */
export function validateRules(
  values: RulesValues,
  all: LineRules[],
  lines: Line[],
): Partial<Record<RuleField, string>> {
  const problems: Partial<Record<RuleField, string>> = {}
  const scopeKnown = values.scope === ALL_LINES || all.some((r) => r.lineId === values.scope)
  if (all.length > 1 && !scopeKnown) problems.scope = fm.selectLines
  const targets = scopeKnown ? targetRules(all, values.scope) : all
  const asked = values.split ? KINDS : QUESTIONS.map((q) => q.internal)
  for (const kind of asked) {
    if (values[kind] !== 'number') continue
    const problem = numberProblem(values[`${kind}Number`], targets, lines)
    if (problem) problems[`${kind}Number`] = problem
  }
  return problems
}

/** One rule in words: "voicemail", "07700 900123", "your administrator's setting". */
export function ruleWords(rule: LineForward): string {
  if (rule.toVoicemail) return m.toVoicemail
  if (rule.destination) return ltr(rule.destination)
  return m.adminSetting
}

/** "If you don't answer: voicemail" / split: "… callers inside: …; outside: …". */
export function ruleSentences(r: LineRules): string[] {
  return QUESTIONS.map(({ internal, external }, i) => {
    const inside = r.rules[internal]
    const outside = r.rules[external]
    if (sameRule(inside, outside)) {
      const rule = ruleWords(inside)
      return i === 0 ? m.noAnswerRule(rule) : m.busyRule(rule)
    }
    const insideWords = ruleWords(inside)
    const outsideWords = ruleWords(outside)
    return i === 0 ? m.noAnswerSplit(insideWords, outsideWords) : m.busySplit(insideWords, outsideWords)
  })
}
