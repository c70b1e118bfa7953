import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { helpdeskCode, useShownCode } from '../../components/problem.tsx'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, fieldProblems, type FieldProblem } from '../../components/error-summary.tsx'
import { PasswordField, TextField } from '../../components/fields.tsx'
import { Page } from '../../components/page.tsx'
import { Ltr } from '../../components/ltr.tsx'
import { useConfig } from '../../lib/config-context.ts'
import { signIn, type SignInOutcome } from './sign-in.ts'
import { signInMessages as m } from './messages.ts'

// Sign-in is the first page, so it carries no form library: two "enter" checks and the server's
// answer, all on submit only (so typing never moves focus to the error summary). The fields take the
// same registration shape the react-hook-form forms give them; the values live in the DOM.
type Field = 'userId' | 'password'
type FieldErrors = Partial<Record<Field, { message: string }>>

function valuesOf(form: HTMLFormElement | null): Record<Field, string> {
  const data = form ? new FormData(form) : null
  return { userId: String(data?.get('userId') ?? ''), password: String(data?.get('password') ?? '') }
}

function validate(values: Record<Field, string>): FieldErrors {
  const errors: FieldErrors = {}
  if (values.userId.trim() === '') errors.userId = { message: m.enterUserId }
  if (values.password === '') errors.password = { message: m.enterPassword }
  return errors
}

/** Inputs already given their initial value (so a re-render never overwrites what was typed). */
const prefilled = new WeakSet<HTMLInputElement>()

interface SignInFormProps {
  /** The user ID to prefill (remembered after a reload, never the password). */
  initialUserId?: string
  notice?: string
  onSignedIn: () => void
  /** Called as a valid sign-in goes to the server (to fetch the next page's code meanwhile). */
  onSubmitting?: () => void
}

export function SignInForm({ initialUserId = '', notice, onSignedIn, onSubmitting }: SignInFormProps) {
  const queryClient = useQueryClient()
  const config = useConfig()
  const [failures, setFailures] = useState(0)
  const [outcome, setOutcome] = useState<SignInOutcome | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [isSubmitting, setSubmitting] = useState(false)

  const register = (name: Field): UseFormRegisterReturn<Field> => ({
    name,
    ref: (input: HTMLInputElement | null) => {
      if (!input || prefilled.has(input)) return
      prefilled.add(input)
      if (name === 'userId' && initialUserId && input.value === '') input.value = initialUserId
    },
    onChange: async () => {},
    onBlur: async () => {},
  })

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isSubmitting) return
    const form = event.currentTarget
    const { userId, password } = valuesOf(form)
    const found = validate({ userId, password })
    setErrors(found)
    if (found.userId || found.password) return
    setSubmitting(true)
    setOutcome(null)
    onSubmitting?.()
    let result: SignInOutcome
    try {
      result = await signIn(queryClient, userId.trim(), password)
    } finally {
      setSubmitting(false)
    }
    setOutcome(result)
    if (result.ok) {
      onSignedIn()
      return
    }
    if (result.reason === 'credentials') {
      setFailures((n) => n + 1)
      const passwordInput = form.elements.namedItem('password')
      if (passwordInput instanceof HTMLInputElement) {
        passwordInput.value = ''
        passwordInput.focus()
      }
    }
  }

  const fieldErrors = fieldProblems(errors, { userId: 'userId', password: 'password' })
  const credentialsWrong = outcome && !outcome.ok && outcome.reason === 'credentials'
  const summary: FieldProblem[] = credentialsWrong ? [{ id: 'userId', message: m.incorrect }] : fieldErrors

  return (
    <Page
      title={m.button}
      heading={m.heading}
      lede={m.lede}
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
      <form
        method="post"
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        className="form form--narrow"
        aria-label={m.button}
      >
        <TextField
          id="userId"
          label={m.userIdLabel}
          hint={m.userIdHint}
          autoComplete="username"
          autoCapitalize="none"
          error={errors.userId?.message}
          registration={register('userId')}
        />
        <PasswordField
          id="password"
          label={m.passwordLabel}
          autoComplete="current-password"
          error={errors.password?.message ?? (credentialsWrong ? m.incorrect : undefined)}
          registration={register('password')}
        />
        <Button type="submit" pending={isSubmitting} pendingText={m.pending}>
          {m.button}
        </Button>
      </form>
      {config.helpdesk && (
        <p className="help-text">{m.forgotten(config.helpdesk.phone, config.helpdesk.hours)}</p>
      )}
    </Page>
  )
}

function ServerProblem({ outcome }: { outcome: Extract<SignInOutcome, { ok: false }> }) {
  const origin = window.location.origin
  const code = outcome.error ? helpdeskCode(outcome.error, 'SI') : 'SI-NET-000'
  useShownCode(code, outcome.error?.at)
  const text =
    outcome.reason === 'cors'
      ? m.cors
      : outcome.reason === 'busy'
        ? outcome.error?.status === 429
          ? m.tooMany
          : m.busy
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
      <p>
        <Trans>
          <Link to="/check-connection">Check the connection</Link> to see which part is not working.
        </Trans>
      </p>
      <details className="details">
        <summary>{m.detailsTitle}</summary>
        <dl className="details-list">
          <dt>{m.detailsCode}</dt>
          <dd>{outcome.reason === 'cors' ? 'SI-CORS-000' : code}</dd>
          <dt>{m.detailsWhat}</dt>
          <dd>
            {outcome.reason === 'cors'
              ? m.whatCors
              : outcome.reason === 'unreachable'
                ? m.whatUnreachable
                : m.whatAnswered(String(outcome.error?.status ?? ''))}
          </dd>
          <dt>{m.detailsOrigin}</dt>
          <dd>
            <Ltr>{origin}</Ltr>
          </dd>
        </dl>
      </details>
    </div>
  )
}
