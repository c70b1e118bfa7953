import { useEffect, useState } from 'react'
import { StatusMessage } from '../../components/notices.tsx'
import { m } from './messages.ts'

export interface RuleState {
  key: string
  label: string
  met: boolean
}

/**
 * The rules, listed before the user types and ticked as they type: a neutral checklist, not an
 * error (errors come only on submit). Rendered inside PasswordField, whose input is described by
 * `${fieldId}-rules`. Changes are announced politely once typing pauses, never the value itself.
 */
export function RulesChecklist({
  fieldId,
  title,
  rules,
  typed,
}: {
  fieldId: string
  title: string
  rules: RuleState[]
  /** Whether anything has been typed (nothing is announced for an empty field). */
  typed: boolean
}) {
  const unmet = rules.filter((r) => !r.met).map((r) => r.label)
  const summary = !typed ? '' : unmet.length === 0 ? m.allRulesMet : m.rulesStillNeeded(unmet)
  const [announced, setAnnounced] = useState('')
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(summary), 1000)
    return () => window.clearTimeout(timer)
  }, [summary])

  return (
    <>
      <div id={`${fieldId}-rules`} className="rules">
        <p className="rules-title">{title}</p>
        <ul className="rules-list">
          {rules.map((rule) => (
            <li key={rule.key} className={rule.met ? 'rule rule--met' : 'rule'}>
              <span className="rule-mark" aria-hidden="true">
                {rule.met ? '✓' : ''}
              </span>
              <span>
                {rule.label}
                <span className="visually-hidden"> ({rule.met ? m.ruleMet : m.ruleNotMet})</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <StatusMessage message={announced} />
    </>
  )
}
