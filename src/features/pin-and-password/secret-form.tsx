import { zodResolver } from '@hookform/resolvers/zod'
import type { UseMutationResult } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import type { ApiError } from '../../api/api-error.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, fieldProblems } from '../../components/error-summary.tsx'
import { PasswordField } from '../../components/fields.tsx'
import { SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { createFlagContext, useRaiseFlag } from '../../lib/flag.ts'
import { m } from './messages.ts'
import { changeFailure, type ChangeFailure } from './outcome.ts'
import { RulesChecklist } from './rules-checklist.tsx'
import type { SecretKind } from './secret-kinds.ts'

/** Raised while any secret form on the page holds typed values (for the page's leave guard). */
export const UnsavedSecrets = createFlagContext()

interface SecretValues {
  value: string
  confirm: string
}
const EMPTY: SecretValues = { value: '', confirm: '' }

function secretSchema(kind: SecretKind) {
  return z.object({ value: z.string(), confirm: z.string() }).superRefine((values, ctx) => {
    const problem = kind.problem(values.value)
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem })
    const confirm = kind.normalise(values.confirm)
    if (confirm === '') {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: kind.text.confirmEnter })
    } else if (confirm !== kind.normalise(values.value)) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: kind.text.mismatch })
    }
  })
}

interface SecretFormProps {
  kind: SecretKind
  mutation: UseMutationResult<void, ApiError, string>
  /** CUPI refused the portal's credentials: the section takes over and asks for the voicemail password. */
  onNeedsVoicemailPassword?: () => void
}

/**
 * "New …" + "Confirm new …" + one verb button, with the rules ticked while typing: the phone PIN, the
 * voicemail PIN and the portal password. Whatever the outcome, the fields are cleared and the value
 * forgotten (the mutation is reset so its variables don't stay in the cache); only the outcome stays.
 */
export function SecretForm({ kind, mutation, onNeedsVoicemailPassword }: SecretFormProps) {
  const { ids, text } = kind
  const form = useForm<SecretValues>({
    resolver: zodResolver(secretSchema(kind)),
    defaultValues: EMPTY,
    shouldFocusError: false,
    // Errors change only on submit: re-checking while typing would move focus to the summary.
    reValidateMode: 'onSubmit',
  })
  const [succeeded, setSucceeded] = useState(false)
  const [failure, setFailure] = useState<ChangeFailure | null>(null)
  // Every submit, valid or not, so the error summary takes focus again even with the same errors.
  const [attempt, setAttempt] = useState(0)
  const { errors, isDirty } = form.formState
  useRaiseFlag(UnsavedSecrets, isDirty)

  const fieldFailure = failure?.type === 'field' ? failure.message : undefined
  const problems = fieldProblems(
    errors,
    ids,
    fieldFailure === undefined ? null : { field: 'value', message: fieldFailure },
  )
  const value = useWatch({ control: form.control, name: 'value' })
  // Both fields take the same kind of value.
  const input = {
    noun: kind.noun,
    width: kind.width,
    numeric: kind.numeric,
    autoComplete: 'new-password',
  } as const

  const clearOutcome = () => {
    setAttempt((n) => n + 1)
    setSucceeded(false)
    setFailure(null)
  }
  const submit = form.handleSubmit((values) => {
    clearOutcome()
    mutation.mutate(kind.normalise(values.value), {
      onSuccess: () => setSucceeded(true),
      onError: (error) => {
        const outcome = changeFailure(error, { ...kind.failure, notChanged: text.notChanged })
        if (outcome.type === 'voicemailPassword' && onNeedsVoicemailPassword) onNeedsVoicemailPassword()
        else setFailure(outcome)
      },
      onSettled: () => {
        form.reset(EMPTY)
        mutation.reset()
      },
    })
  }, clearOutcome)

  return (
    <form noValidate onSubmit={submit} className="form secret-form" aria-labelledby={kind.titleId}>
      <ErrorSummary key={attempt} errors={problems} id={`${kind.name}-errors`} />
      {succeeded && <SuccessBanner id={`${kind.name}-success`}>{text.success}</SuccessBanner>}
      {failure?.type === 'problem' && (
        <ProblemMessage
          error={failure.error}
          area={kind.failure.area}
          action="save"
          title={text.notChanged}
          note={m.clearedNote}
          unsure={text.unsure}
          onRetry={() => form.setFocus('value')}
        />
      )}
      <PasswordField
        id={ids.value}
        label={text.newLabel}
        hint={text.hint}
        {...input}
        error={errors.value?.message ?? fieldFailure}
        registration={form.register('value')}
      >
        <RulesChecklist
          fieldId={ids.value}
          title={text.rulesTitle}
          typed={value !== ''}
          rules={kind.rules(value)}
        />
      </PasswordField>
      <PasswordField
        id={ids.confirm}
        label={text.confirmLabel}
        {...input}
        error={errors.confirm?.message}
        registration={form.register('confirm')}
      />
      <Button type="submit" pending={mutation.isPending} pendingText={text.pending}>
        {text.button}
      </Button>
    </form>
  )
}
