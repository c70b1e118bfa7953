import type { UseMutationResult } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import type { ApiError } from '../../api/api-error.ts'
import { changeFailure, type ChangeFailure } from './outcome.ts'

interface Options<T extends FieldValues> {
  form: UseFormReturn<T>
  empty: T
  mutation: UseMutationResult<void, ApiError, string>
  failure: Parameters<typeof changeFailure>[1]
  onErrorsChange: (hasErrors: boolean) => void
  onDirtyChange: (dirty: boolean) => void
  /** CUPI refused the portal's credentials: the section takes over and asks for the voicemail password. */
  onVoicemailPassword?: () => void
}

/**
 * The life of one secret change: send it, then — success or failure — clear the fields and forget
 * the value (the mutation is reset so its variables don't stay in the cache), keeping only the
 * outcome to show.
 */
export function useSecretChange<T extends FieldValues>({
  form,
  empty,
  mutation,
  failure: failureContext,
  onErrorsChange,
  onDirtyChange,
  onVoicemailPassword,
}: Options<T>) {
  const [succeeded, setSucceeded] = useState(false)
  const [failure, setFailure] = useState<ChangeFailure | null>(null)
  // Every submit, valid or not, so the error summary takes focus again even with the same errors.
  const [attempt, setAttempt] = useState(0)
  const { isDirty, errors } = form.formState
  const clientErrors = Object.keys(errors).length > 0
  const fieldFailure = failure?.type === 'field' ? failure.message : null

  // Reported to the page (title prefix, leave guard); a form that goes away has neither.
  useEffect(() => {
    onDirtyChange(isDirty)
    return () => onDirtyChange(false)
  }, [isDirty, onDirtyChange])
  const hasErrors = clientErrors || fieldFailure !== null
  useEffect(() => {
    onErrorsChange(hasErrors)
    return () => onErrorsChange(false)
  }, [hasErrors, onErrorsChange])

  const send = (value: string) => {
    setAttempt((n) => n + 1)
    setSucceeded(false)
    setFailure(null)
    mutation.mutate(value, {
      onSuccess: () => setSucceeded(true),
      onError: (error) => {
        const outcome = changeFailure(error, failureContext)
        if (outcome.type === 'voicemailPassword' && onVoicemailPassword) onVoicemailPassword()
        else setFailure(outcome)
      },
      onSettled: () => {
        form.reset(empty)
        mutation.reset()
      },
    })
  }

  /** Forgets the last outcome (a new submit that failed the browser's checks). */
  const clearOutcome = () => {
    setAttempt((n) => n + 1)
    setSucceeded(false)
    setFailure(null)
  }

  return { send, succeeded, failure, fieldFailure, clearOutcome, attempt, pending: mutation.isPending }
}
