import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { helpdeskCode } from '../../components/problem.tsx'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, type FieldProblem } from '../../components/error-summary.tsx'
import { PasswordField, TextField } from '../../components/fields.tsx'
import { Page } from '../../components/page.tsx'
import { useConfig } from '../../lib/config-context.ts'
import { signIn, type SignInOutcome } from './sign-in.ts'
import { signInMessages as m } from './messages.ts'

// Sign-in validation is two "enter" checks: plain react-hook-form rules keep zod out of the first page.
interface SignInValues {
  userId: string
  password: string
}

interface SignInFormProps {
  /** The user ID to prefill (remembered after a reload, never the password). */
  initialUserId?: string
  notice?: string
  onSignedIn: () => void
}

export function SignInForm({ initialUserId = '', notice, onSignedIn }: SignInFormProps) {
  const queryClient = useQueryClient()
  const config = useConfig()
  const [failures, setFailures] = useState(0)
  const [outcome, setOutcome] = useState<SignInOutcome | null>(null)
  const form = useForm<SignInValues>({
    defaultValues: { userId: initialUserId, password: '' },
    shouldFocusError: false,
    // Errors change only on submit, so typing never moves focus to the error summary.
    reValidateMode: 'onSubmit',
  })
  const { errors, isSubmitting } = form.formState

  const onSubmit = form.handleSubmit(async ({ userId, password }) => {
    setOutcome(null)
    const result = await signIn(queryClient, userId.trim(), password)
    setOutcome(result)
    if (result.ok) {
      onSignedIn()
      return
    }
    if (result.reason === 'credentials') {
      setFailures((n) => n + 1)
      form.setValue('password', '')
      form.setFocus('password')
    }
  })

  const fieldErrors: FieldProblem[] = [
    errors.userId && { id: 'userId', message: errors.userId.message ?? m.enterUserId },
    errors.password && { id: 'password', message: errors.password.message ?? m.enterPassword },
  ].filter((e): e is FieldProblem => Boolean(e))
  const credentialsWrong = outcome && !outcome.ok && outcome.reason === 'credentials'
  const summary: FieldProblem[] = credentialsWrong ? [{ id: 'userId', message: m.incorrect }] : fieldErrors

  return (
    <Page
      title="Sign in"
      heading={m.heading}
      lede={m.lede}
      hasErrors={summary.length > 0}
      above={
        <>
          {notice && summary.length === 0 && (
            <div className="notice notice--info" role="status">
              {notice}
            </div>
          )}
          <ErrorSummary errors={summary} />
          {credentialsWrong && failures >= 2 && (
            <p className="notice notice--warning" id="lockout-hint">
              {m.lockoutHint}
            </p>
          )}
          {outcome && !outcome.ok && outcome.reason !== 'credentials' && <ServerProblem outcome={outcome} />}
        </>
      }
    >
      <form method="post" noValidate onSubmit={onSubmit} className="form form--narrow" aria-label="Sign in">
        <TextField
          id="userId"
          label={m.userIdLabel}
          hint={m.userIdHint}
          autoComplete="username"
          autoCapitalize="none"
          error={errors.userId?.message}
          registration={form.register('userId', { validate: (v) => v.trim() !== '' || m.enterUserId })}
        />
        <PasswordField
          id="password"
          label={m.passwordLabel}
          autoComplete="current-password"
          error={errors.password?.message ?? (credentialsWrong ? m.incorrect : undefined)}
          registration={form.register('password', { validate: (v) => v !== '' || m.enterPassword })}
        />
        <Button type="submit" pending={isSubmitting} pendingText={m.pending}>
          {m.button}
        </Button>
      </form>
      {config.helpdesk && (
        <p className="help-text">
          Forgotten your password? Call the helpdesk on {config.helpdesk.phone}
          {config.helpdesk.hours ? ` (${config.helpdesk.hours})` : ''}.
        </p>
      )}
    </Page>
  )
}

function ServerProblem({ outcome }: { outcome: Extract<SignInOutcome, { ok: false }> }) {
  const origin = window.location.origin
  const code = outcome.error ? helpdeskCode(outcome.error, 'SI') : 'SI-NET-000'
  const text =
    outcome.reason === 'cors'
      ? m.cors
      : outcome.reason === 'busy'
        ? m.busy
        : outcome.reason === 'server'
          ? m.server
          : m.unreachable
  return (
    <div className="problem" role="alert" aria-labelledby="sign-in-problem">
      <h2 className="problem-title" id="sign-in-problem">
        {m.unreachableTitle}
      </h2>
      <p>{text}</p>
      {outcome.reason === 'cors' && <p>{m.corsAdmin(origin)}</p>}
      <details className="details">
        <summary>Details for your helpdesk</summary>
        <dl className="details-list">
          <dt>Code</dt>
          <dd>{outcome.reason === 'cors' ? 'SI-CORS-000' : code}</dd>
          <dt>What happened</dt>
          <dd>
            {outcome.reason === 'cors'
              ? 'The phone system answered, but its CORS allow-list does not include this portal.'
              : outcome.reason === 'unreachable'
                ? 'No answer from the phone system.'
                : `The phone system answered ${outcome.error?.status ?? ''}.`}
          </dd>
          <dt>Portal origin to allow</dt>
          <dd>{origin}</dd>
        </dl>
      </details>
    </div>
  )
}
