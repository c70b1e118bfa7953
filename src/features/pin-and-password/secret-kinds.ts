/**
 * What differs between the three secrets the page changes (the phone PIN, the voicemail PIN and the
 * portal password): their words, ids, rules and checks. One form (SecretForm) serves all three.
 */
import {
  m,
  passwordProblemMessage,
  passwordRuleText,
  pinProblemMessage,
  pinRuleText,
  pinText,
  type PinKind,
} from './messages.ts'
import type { RuleState } from './rules-checklist.tsx'
import {
  normalisePin,
  passwordChecks,
  passwordProblem,
  pinChecks,
  pinProblem,
  type PasswordRule,
  type PinRule,
} from './rules.ts'

export interface SecretKind {
  /** The id of the heading that names the form. */
  titleId: string
  /** The new value's and the confirmation's input ids. */
  ids: { value: string; confirm: string }
  /** Prefix of the error summary's and success banner's ids. */
  name: string
  text: {
    newLabel: string
    confirmLabel: string
    hint?: string
    button: string
    pending: string
    success: string
    notChanged: string
    unsure: { title: string; note: string; retry?: boolean }
    rulesTitle: string
    confirmEnter: string
    mismatch: string
  }
  /** What the Show button reveals. */
  noun: 'PIN' | 'password'
  numeric: boolean
  width: 'short' | 'medium'
  /** What is checked, compared and sent (a PIN loses its spaces). */
  normalise: (value: string) => string
  /** The first rule the typed value breaks, worded for the field; null when it can be sent. */
  problem: (value: string) => string | null
  /** Every rule, ticked or not, for the checklist beside the field. */
  rules: (value: string) => RuleState[]
  failure: {
    /** Helpdesk area code: PIN, PW, VM. */
    area: string
    /** The server's message quoted, saying whose words they are ("The phone system said: “…”"). */
    said: (reason: string) => string
    /** The request goes to CUPI, which handles its own 401s. */
    cupi?: boolean
  }
}

const PIN_RULES: PinRule[] = ['digits', 'length', 'notRepeated', 'notSequence']
const PASSWORD_RULES: PasswordRule[] = ['length', 'notUserId']

export function pinKind(kind: PinKind): SecretKind {
  const words = pinText[kind]
  return {
    titleId: `${kind}-pin-title`,
    ids: { value: `${kind}Pin`, confirm: `${kind}PinConfirm` },
    name: `${kind}-pin`,
    text: { ...words, rulesTitle: m.rulesTitle, mismatch: m.pinMismatch },
    noun: 'PIN',
    numeric: true,
    width: 'short',
    normalise: normalisePin,
    problem: (value) => {
      const problem = pinProblem(value)
      return problem && pinProblemMessage(problem, kind)
    },
    rules: (value) => {
      const checks = pinChecks(value)
      return PIN_RULES.map((key) => ({ key, label: pinRuleText[key], met: checks[key] }))
    },
    failure: {
      area: words.area,
      said: kind === 'voicemail' ? m.voicemailSaid : m.serverSaid,
      cupi: kind === 'voicemail',
    },
  }
}

export function passwordKind(userId: string): SecretKind {
  const words = m.password
  return {
    titleId: 'password-title',
    ids: { value: 'newPassword', confirm: 'newPasswordConfirm' },
    name: 'password',
    text: { ...words, rulesTitle: m.passwordRulesTitle, mismatch: m.passwordMismatch },
    noun: 'password',
    numeric: false,
    width: 'medium',
    normalise: (value) => value,
    problem: (value) => {
      const problem = passwordProblem(value, userId)
      return problem && passwordProblemMessage(problem)
    },
    rules: (value) => {
      const checks = passwordChecks(value, userId)
      return PASSWORD_RULES.map((key) => ({ key, label: passwordRuleText[key], met: checks[key] }))
    },
    failure: { area: words.area, said: m.serverSaid },
  }
}
