import { zodResolver } from '@hookform/resolvers/zod'
import type { UseMutationResult } from '@tanstack/react-query'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import type { ApiError } from '../../api/api-error.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, type FieldProblem } from '../../components/error-summary.tsx'
import { PasswordField } from '../../components/fields.tsx'
import { SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { m, pinProblemMessage, pinRuleText, pinText, type PinKind } from './messages.ts'
import { RulesChecklist } from './rules-checklist.tsx'
import { normalisePin, pinChecks, pinProblem, type PinRule } from './rules.ts'
import { useSecretChange } from './use-secret-change.ts'

interface PinValues {
  pin: string
  confirm: string
}
const EMPTY: PinValues = { pin: '', confirm: '' }

function pinSchema(kind: PinKind) {
  return z.object({ pin: z.string(), confirm: z.string() }).superRefine((values, ctx) => {
    const problem = pinProblem(values.pin)
    if (problem) ctx.addIssue({ code: 'custom', path: ['pin'], message: pinProblemMessage(problem, kind) })
    if (normalisePin(values.confirm) === '') {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: pinText[kind].confirmEnter })
    } else if (normalisePin(values.confirm) !== normalisePin(values.pin)) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: m.pinMismatch })
    }
  })
}

const RULE_ORDER: PinRule[] = ['digits', 'length', 'notRepeated', 'notSequence']

interface PinFormProps {
  kind: PinKind
  mutation: UseMutationResult<void, ApiError, string>
  onErrorsChange: (hasErrors: boolean) => void
  onDirtyChange: (dirty: boolean) => void
  /** CUPI refused the portal's credentials: the section asks for the voicemail password. */
  onNeedsVoicemailPassword?: () => void
}

/** "New PIN" + "Confirm new PIN" + one verb button; used for the phone PIN and the voicemail PIN. */
export function PinForm({
  kind,
  mutation,
  onErrorsChange,
  onDirtyChange,
  onNeedsVoicemailPassword,
}: PinFormProps) {
  const t = pinText[kind]
  const ids = { pin: `${kind}Pin`, confirm: `${kind}PinConfirm` }
  const form = useForm<PinValues>({
    resolver: zodResolver(pinSchema(kind)),
    defaultValues: EMPTY,
    shouldFocusError: false,
    // Errors change only on submit: re-checking while typing would move focus to the summary.
    reValidateMode: 'onSubmit',
  })
  const change = useSecretChange({
    form,
    empty: EMPTY,
    mutation,
    failure: {
      notChanged: t.notChanged,
      area: t.area,
      said: kind === 'voicemail' ? m.voicemailSaid : m.serverSaid,
      cupi: kind === 'voicemail',
    },
    onErrorsChange,
    onDirtyChange,
    onVoicemailPassword: onNeedsVoicemailPassword,
  })
  const { errors } = form.formState
  const pinError = errors.pin?.message ?? change.fieldFailure ?? undefined
  const confirmError = errors.confirm?.message

  const problems: FieldProblem[] = []
  if (pinError) problems.push({ id: ids.pin, message: pinError })
  if (confirmError) problems.push({ id: ids.confirm, message: confirmError })

  const pin = useWatch({ control: form.control, name: 'pin' })
  const checks = pinChecks(pin)

  const submit = form.handleSubmit(
    (values) => {
      change.send(normalisePin(values.pin))
    },
    () => change.clearOutcome(),
  )

  return (
    <form noValidate onSubmit={submit} className="form secret-form" aria-labelledby={`${kind}-pin-title`}>
      <ErrorSummary key={change.attempt} errors={problems} id={`${kind}-pin-errors`} />
      {change.succeeded && <SuccessBanner id={`${kind}-pin-success`}>{t.success}</SuccessBanner>}
      {change.failure?.type === 'problem' && (
        <ProblemMessage
          error={change.failure.error}
          area={t.area}
          action="save"
          title={t.notChanged}
          note={m.clearedNote}
          unsure={t.unsure}
          onRetry={() => form.setFocus('pin')}
        />
      )}
      <PasswordField
        id={ids.pin}
        label={t.newLabel}
        noun="PIN"
        width="short"
        numeric
        autoComplete="new-password"
        error={pinError}
        registration={form.register('pin')}
      >
        <RulesChecklist
          fieldId={ids.pin}
          title={m.rulesTitle}
          typed={pin !== ''}
          rules={RULE_ORDER.map((key) => ({ key, label: pinRuleText[key], met: checks[key] }))}
        />
      </PasswordField>
      <PasswordField
        id={ids.confirm}
        label={t.confirmLabel}
        noun="PIN"
        width="short"
        numeric
        autoComplete="new-password"
        error={confirmError}
        registration={form.register('confirm')}
      />
      <Button type="submit" pending={change.pending} pendingText={t.pending}>
        {t.button}
      </Button>
    </form>
  )
}
