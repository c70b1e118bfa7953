import { Trans } from '@lingui/react/macro'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useRef, useState, type FormEvent } from 'react'
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { ApiError } from '../../api/api-error.ts'
import type { Line } from '../../api/extensions/extensions.ts'
import type { LineRules, RuleKind } from '../../api/extensions/line-rules.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, fieldProblems } from '../../components/error-summary.tsx'
import { RadioGroup, TextField } from '../../components/fields.tsx'
import { InfoNotice, SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage, shownCode } from '../../components/problem.tsx'
import { UnsavedChangesGuard } from '../../components/unsaved-changes.tsx'
import { clearDraft, draftKey, useFormDraft } from '../../lib/drafts.ts'
import { useUpdateLineRules } from '../../queries/line-rules.ts'
import { ALL_LINES } from './forwarding-rules.ts'
import { forwardingMessages as fm, rulesMessages as m } from './messages.ts'
import {
  desiredRules,
  initialScope,
  QUESTIONS,
  RULE_FIELD_IDS,
  ruleSentences,
  rulesPatch,
  rulesValues,
  targetRules,
  validateRules,
  type RuleField,
  type RulesValues,
} from './rules-model.ts'
import { settingIds } from '../../lib/setting-ids.ts'

const choice = z.enum(['voicemail', 'number', 'default'])

/** A refusal of these elements by the server: the phone system doesn't let end users set them. */
const NOT_ALLOWED = [403, 405, 415]

interface Outcome {
  id: number
  lead: string
  sentences: string[]
}

interface RulesFormProps {
  userId: string
  lines: Line[]
  rules: LineRules[]
}

export function RulesForm({ userId, lines, rules }: RulesFormProps) {
  const update = useUpdateLineRules(userId)
  const schema = useMemo(
    () =>
      z
        .object({
          scope: z.string(),
          split: z.boolean(),
          noAnswerInternal: choice,
          noAnswerInternalNumber: z.string(),
          noAnswerExternal: choice,
          noAnswerExternalNumber: z.string(),
          busyInternal: choice,
          busyInternalNumber: z.string(),
          busyExternal: choice,
          busyExternalNumber: z.string(),
        })
        .superRefine((values, ctx) => {
          for (const [field, message] of Object.entries(validateRules(values, rules, lines)))
            ctx.addIssue({ code: 'custom', path: [field], message })
        }),
    [rules, lines],
  )
  const [initial] = useState(() => rulesValues(rules, initialScope(rules)))
  const form = useForm<RulesValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    shouldFocusError: false,
  })
  const key = draftKey(userId, 'call-forwarding-rules')
  useFormDraft(form, key)
  const values = useWatch({ control: form.control }) as RulesValues
  const { errors, isDirty } = form.formState
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [failure, setFailure] = useState<ApiError | null>(null)
  const [refused, setRefused] = useState<string | null>(null)
  const [working, setWorking] = useState(false)
  const busy = useRef(false)
  const outcomeId = useRef(0)
  const problems = fieldProblems(errors as Partial<Record<RuleField, { message?: string }>>, RULE_FIELD_IDS)

  const save = async (submitted: RulesValues) => {
    setOutcome(null)
    setFailure(null)
    setRefused(null)
    const desired = desiredRules(submitted)
    const items = targetRules(rules, submitted.scope).flatMap((r) => {
      const patch = rulesPatch(r, desired)
      return patch ? [{ lineId: r.lineId, patch }] : []
    })
    outcomeId.current += 1
    if (items.length === 0) {
      clearDraft(key)
      form.reset(submitted)
      setOutcome({ id: outcomeId.current, lead: '', sentences: [m.unchanged] })
      return
    }
    setWorking(true)
    try {
      const saved: LineRules[] = []
      for (const item of items) saved.push((await update.mutateAsync(item)).rules)
      clearDraft(key)
      const after = rules.map((r) => saved.find((s) => s.lineId === r.lineId) ?? r)
      form.reset(rulesValues(after, submitted.scope))
      setOutcome({
        id: outcomeId.current,
        lead: m.saved,
        // What the phone system now holds, from its answers (not what was typed).
        sentences: saved.map((r) => m.lineRulesSaved(r.directoryNumber, ruleSentences(r).join('; '))),
      })
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      if (NOT_ALLOWED.includes(error.status)) setRefused(shownCode(error, 'CR'))
      else setFailure(error)
    } finally {
      setWorking(false)
    }
  }

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    if (busy.current) return
    busy.current = true
    try {
      await form.handleSubmit(save)()
    } finally {
      busy.current = false
    }
  }

  const split = Boolean(values.split)
  return (
    <>
      <ErrorSummary errors={problems} id="rules-error-summary" />
      {outcome && (
        <SuccessBanner key={outcome.id} title={outcome.lead ? fm.success : m.nothingToSave}>
          <p>{[outcome.lead, ...outcome.sentences].filter(Boolean).join(' ')}</p>
        </SuccessBanner>
      )}
      {refused && (
        <div role="alert">
          <InfoNotice title={m.notAllowedTitle}>
            <p>
              {m.notAllowed} ({refused})
            </p>
          </InfoNotice>
        </div>
      )}
      {failure && (
        <ProblemMessage
          error={failure}
          area="CR"
          action="save"
          onRetry={() => void submit()}
          retrying={working}
        />
      )}
      <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-label={m.title}>
        {lines.length > 1 && (
          <RadioGroup
            id={RULE_FIELD_IDS.scope}
            legend={fm.whichLegend}
            error={errors.scope?.message}
            value={undefined}
            registration={form.register('scope', {
              // Show the chosen line's rules (a save sends only what differs from them).
              onChange: (event: { target: { value: string } }) =>
                form.reset(rulesValues(rules, event.target.value)),
            })}
            options={[
              { value: ALL_LINES, label: fm.allLines },
              ...lines.map((line, index) => ({
                value: line.id,
                id: settingIds.rulesLine(line.directoryNumber),
                label: fm.lineName(index + 1, line.directoryNumber),
              })),
            ]}
          />
        )}
        <button
          type="button"
          className="link-button rules-split"
          aria-expanded={split}
          onClick={() => form.setValue('split', !split, { shouldDirty: true })}
        >
          {m.split}
        </button>
        {QUESTIONS.map(({ internal, external }, i) => {
          const legend = i === 0 ? m.noAnswerLegend : m.busyLegend
          return split ? (
            <div key={internal} className="rules-question">
              <h3 className="subsection-title">{legend}</h3>
              <RuleChoice form={form} kind={internal} legend={m.inside} prefix={legend} values={values} />
              <RuleChoice form={form} kind={external} legend={m.outside} prefix={legend} values={values} />
            </div>
          ) : (
            <RuleChoice key={internal} form={form} kind={internal} legend={legend} values={values} />
          )
        })}
        <Button type="submit" pending={working} pendingText={m.saving}>
          {m.save}
        </Button>
        <UnsavedChangesGuard when={isDirty && !working} message={m.unsavedMessage} />
      </form>
    </>
  )
}

function RuleChoice({
  form,
  kind,
  legend,
  prefix,
  values,
}: {
  form: UseFormReturn<RulesValues>
  kind: RuleKind
  legend: string
  /** The question, for screen readers, when the legend is one half of it. */
  prefix?: string
  values: RulesValues
}) {
  const numberField = `${kind}Number` as const
  const error = form.formState.errors[numberField]?.message
  return (
    <RadioGroup
      id={RULE_FIELD_IDS[kind]}
      legend={
        <>
          {prefix ? (
            <Trans comment="The hidden part is the question, read by screen readers before the callers">
              <span className="visually-hidden">{prefix}: </span>
              {legend}
            </Trans>
          ) : (
            legend
          )}
        </>
      }
      value={values[kind]}
      registration={form.register(kind)}
      options={[
        { value: 'voicemail', label: m.voicemail },
        {
          value: 'number',
          label: m.number,
          reveal: (
            <TextField
              id={RULE_FIELD_IDS[numberField]}
              label={
                prefix ? (
                  <Trans context="phone number to send calls to">
                    Number
                    <span className="visually-hidden">
                      {' '}
                      – {prefix}: {legend}
                    </span>
                  </Trans>
                ) : (
                  <Trans context="phone number to send calls to">
                    Number<span className="visually-hidden"> – {legend}</span>
                  </Trans>
                )
              }
              hint={m.numberHint}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              width="phone"
              error={error}
              registration={form.register(numberField)}
            />
          ),
        },
        { value: 'default', label: m.admin, hint: m.adminHint },
      ]}
    />
  )
}
