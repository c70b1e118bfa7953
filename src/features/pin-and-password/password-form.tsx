import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { useChangePassword } from '../../queries/credentials.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, type FieldProblem } from '../../components/error-summary.tsx'
import { PasswordField } from '../../components/fields.tsx'
import { SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { m, passwordProblemMessage, passwordRuleText } from './messages.ts'
import { RulesChecklist } from './rules-checklist.tsx'
import { passwordChecks, passwordProblem, type PasswordRule } from './rules.ts'
import { useSecretChange } from './use-secret-change.ts'

interface PasswordValues {
  password: string
  confirm: string
}
const EMPTY: PasswordValues = { password: '', confirm: '' }
const IDS = { password: 'newPassword', confirm: 'newPasswordConfirm' }
const RULE_ORDER: PasswordRule[] = ['length', 'notUserId']

function passwordSchema(userId: string) {
  return z.object({ password: z.string(), confirm: z.string() }).superRefine((values, ctx) => {
    const problem = passwordProblem(values.password, userId)
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['password'], message: passwordProblemMessage(problem) })
    if (values.confirm === '') {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: m.password.confirmEnter })
    } else if (values.confirm !== values.password) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: m.passwordMismatch })
    }
  })
}

interface PasswordFormProps {
  userId: string
  onErrorsChange: (hasErrors: boolean) => void
  onDirtyChange: (dirty: boolean) => void
}

/**
 * The portal password. On success the session already uses the new password (see
 * useChangePassword), so the user stays signed in and every later request works.
 */
export function PasswordForm({ userId, onErrorsChange, onDirtyChange }: PasswordFormProps) {
  const mutation = useChangePassword(userId)
  const form = useForm<PasswordValues>({
    resolver: zodResolver(passwordSchema(userId)),
    defaultValues: EMPTY,
    shouldFocusError: false,
    // Errors change only on submit: re-checking while typing would move focus to the summary.
    reValidateMode: 'onSubmit',
  })
  const change = useSecretChange({
    form,
    empty: EMPTY,
    mutation,
    failure: { notChanged: m.password.notChanged, area: m.password.area, said: m.serverSaid },
    onErrorsChange,
    onDirtyChange,
  })
  const { errors } = form.formState
  const passwordError = errors.password?.message ?? change.fieldFailure ?? undefined
  const confirmError = errors.confirm?.message

  const problems: FieldProblem[] = []
  if (passwordError) problems.push({ id: IDS.password, message: passwordError })
  if (confirmError) problems.push({ id: IDS.confirm, message: confirmError })

  const password = useWatch({ control: form.control, name: 'password' })
  const checks = passwordChecks(password, userId)

  const submit = form.handleSubmit(
    (values) => change.send(values.password),
    () => change.clearOutcome(),
  )

  return (
    <form noValidate onSubmit={submit} className="form secret-form" aria-labelledby="password-title">
      <ErrorSummary key={change.attempt} errors={problems} id="password-errors" />
      {change.succeeded && <SuccessBanner id="password-success">{m.password.success}</SuccessBanner>}
      {change.failure?.type === 'problem' && (
        <ProblemMessage
          error={change.failure.error}
          area={m.password.area}
          action="save"
          title={m.password.notChanged}
          note={m.clearedNote}
          unsure={m.password.unsure}
          onRetry={() => form.setFocus('password')}
        />
      )}
      <PasswordField
        id={IDS.password}
        label={m.password.newLabel}
        hint={m.password.hint}
        noun="password"
        autoComplete="new-password"
        error={passwordError}
        registration={form.register('password')}
      >
        <RulesChecklist
          fieldId={IDS.password}
          title={m.passwordRulesTitle}
          typed={password !== ''}
          rules={RULE_ORDER.map((key) => ({ key, label: passwordRuleText[key], met: checks[key] }))}
        />
      </PasswordField>
      <PasswordField
        id={IDS.confirm}
        label={m.password.confirmLabel}
        noun="password"
        autoComplete="new-password"
        error={confirmError}
        registration={form.register('confirm')}
      />
      <Button type="submit" pending={change.pending} pendingText={m.password.pending}>
        {m.password.button}
      </Button>
    </form>
  )
}
