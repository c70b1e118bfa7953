import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { isApiError } from '../../api/api-error.ts'
import { signInToVoicemail } from '../../api/cupi/cupi.ts'
import { cupiQueries, useChangeVoicemailPin } from '../../queries/cupi.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, fieldProblems } from '../../components/error-summary.tsx'
import { PasswordField } from '../../components/fields.tsx'
import { Spinner, StatusMessage } from '../../components/notices.tsx'
import { useConfig } from '../../lib/config-context.ts'
import { m, pinText } from './messages.ts'
import { pinKind } from './secret-kinds.ts'
import { SecretForm } from './secret-form.tsx'
import { SettingHeading } from '../../components/setting-heading.tsx'

/**
 * The voicemail PIN lives on Unity Connection (CUPI), which may be absent, down, or want its own
 * password. A light read of the voicemail user tells which, before the user types anything; none of
 * it can make the rest of the page fail.
 */
export function VoicemailSection({ userId }: { userId: string }) {
  const config = useConfig()
  const configured = config.cupiBaseUrl !== null
  const queryClient = useQueryClient()
  const mutation = useChangeVoicemailPin(userId)
  const check = useQuery({ ...cupiQueries.user(userId), enabled: configured, retryOnMount: false })
  // Set when a PIN change was refused for credentials (the read had worked with the portal's).
  const [askedAfterChange, setAskedAfterChange] = useState(false)
  const [accepted, setAccepted] = useState(false)

  const checkError = check.error
  const authRefused = askedAfterChange || (isApiError(checkError) && checkError.kind === 'auth')
  const { refetch } = check
  // A failed check is not repeated on mount for a refused password (Unity Connection locks
  // accounts), only for an outage.
  useEffect(() => {
    if (checkError && !(isApiError(checkError) && checkError.kind === 'auth')) void refetch()
    // Only when the section opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  let body: React.ReactNode
  if (!configured) {
    body = <p>{m.voicemail.notConfigured}</p>
  } else if (authRefused) {
    body = (
      <VoicemailPasswordForm
        userId={userId}
        afterChange={askedAfterChange}
        onAccepted={(user) => {
          queryClient.setQueryData(cupiQueries.user(userId).queryKey, user)
          setAskedAfterChange(false)
          setAccepted(true)
        }}
      />
    )
  } else if (check.isPending) {
    body = <Spinner label={m.voicemail.checking} />
  } else if (checkError) {
    const outage = isApiError(checkError) && (checkError.kind === 'network' || checkError.kind === 'timeout')
    body = (
      <div className="voicemail-unavailable">
        <p>{outage ? m.voicemail.unreachable : m.voicemail.busy}</p>
        <Button
          variant="secondary"
          onClick={() => void refetch()}
          pending={check.isFetching}
          pendingText={m.voicemail.checkingAgain}
        >
          {m.voicemail.retryCheck}
        </Button>
      </div>
    )
  } else {
    body = (
      <>
        {accepted && <VoicemailAccepted />}
        <SecretForm
          kind={pinKind('voicemail')}
          mutation={mutation}
          onNeedsVoicemailPassword={() => {
            setAccepted(false)
            setAskedAfterChange(true)
          }}
        />
      </>
    )
  }

  return (
    <section className="card secret-section" aria-labelledby="voicemail-pin-title" id="voicemail-pin">
      <SettingHeading id="voicemail-pin" headingId="voicemail-pin-title" title={pinText.voicemail.title} />
      <p className="section-lede">{pinText.voicemail.lede}</p>
      {body}
    </section>
  )
}

/** Says the voicemail password worked and moves focus to the new PIN. */
function VoicemailAccepted() {
  useEffect(() => {
    document.getElementById('voicemailPin')?.focus()
  }, [])
  return <StatusMessage message={m.voicemail.passwordAccepted} visible />
}

function VoicemailPasswordForm({
  userId,
  afterChange,
  onAccepted,
}: {
  userId: string
  afterChange: boolean
  onAccepted: (user: Awaited<ReturnType<typeof signInToVoicemail>>) => void
}) {
  const form = useForm<{ password: string }>({
    defaultValues: { password: '' },
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  })
  const [failures, setFailures] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const intro = useRef<HTMLParagraphElement>(null)
  const { errors } = form.formState
  const error = errors.password?.message

  useEffect(() => {
    // After a refused change, say why where the user is (the form they used just went away).
    if (afterChange) intro.current?.focus()
  }, [afterChange])

  const submit = form.handleSubmit(async ({ password }) => {
    if (checking) return
    if (password === '') {
      form.setError('password', { message: m.voicemail.passwordEnter })
      return
    }
    setProblem(null)
    setChecking(true)
    try {
      const user = await signInToVoicemail(userId, password)
      form.reset({ password: '' })
      onAccepted(user)
    } catch (err) {
      form.reset({ password: '' })
      if (isApiError(err) && err.kind === 'auth') {
        setFailures((n) => n + 1)
        form.setError('password', { message: m.voicemail.passwordWrong })
      } else {
        setProblem(m.voicemail.passwordProblem)
      }
    } finally {
      setChecking(false)
    }
  })

  return (
    <form
      noValidate
      onSubmit={submit}
      className="form secret-form"
      aria-labelledby="voicemail-password-title"
    >
      <ErrorSummary
        errors={fieldProblems(errors, { password: 'voicemailPassword' })}
        id="voicemail-password-errors"
      />
      <h3 id="voicemail-password-title" className="subsection-title">
        {m.voicemail.passwordTitle}
      </h3>
      {afterChange ? (
        <p className="notice notice--warning" ref={intro} tabIndex={-1}>
          {m.voicemail.askAgainAfterPut}
        </p>
      ) : (
        <p>{m.voicemail.passwordWhy}</p>
      )}
      <p>{m.voicemail.passwordIntro}</p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <PasswordField
        id="voicemailPassword"
        label={m.voicemail.passwordLabel}
        autoComplete="current-password"
        error={error}
        registration={form.register('password')}
      />
      {failures >= 2 && <p className="notice notice--warning">{m.voicemail.passwordLockWarning}</p>}
      <Button type="submit" pending={checking} pendingText={m.voicemail.passwordPending}>
        {m.voicemail.passwordButton}
      </Button>
    </form>
  )
}
