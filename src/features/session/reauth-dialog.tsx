import { Trans } from '@lingui/react/macro'
import { sessionMessages as m } from './messages.ts'
import { useIsMutating, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { ApiError } from '../../api/api-error.ts'
import { basicHeader, currentGeneration, resumeSession } from '../../api/session.ts'
import { getUser } from '../../api/user/user.ts'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { Dialog } from '../../components/dialog.tsx'
import { PasswordField } from '../../components/fields.tsx'
import { StatusMessage } from '../../components/notices.tsx'
import { useSession } from '../../lib/session-hooks.ts'
import { signOut } from './sign-out.ts'

/**
 * Opens over the current page when the phone system stops accepting the session's credentials.
 * Every request waits meanwhile; after sign-in the interrupted one is sent once more, and the page
 * (with its unsaved input) never unmounts.
 */
export function ReauthDialog() {
  const session = useSession()
  const queryClient = useQueryClient()
  const saving = useIsMutating()
  const [announcement, setAnnouncement] = useState('')
  const [failures, setFailures] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const form = useForm<{ password: string }>({ defaultValues: { password: '' }, shouldFocusError: true })
  const open = session.status === 'expired'
  const userId = session.userId ?? ''

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setProblem(null)
    const authorization = basicHeader(userId, password)
    const generation = currentGeneration()
    try {
      await getUser(userId, undefined, authorization)
    } catch (error) {
      form.setValue('password', '')
      if (error instanceof ApiError && error.kind === 'auth') {
        setFailures((n) => n + 1)
        form.setError('password', { message: m.incorrect })
        form.setFocus('password')
      } else {
        setProblem(m.unreachable)
      }
      return
    }
    form.reset({ password: '' })
    setFailures(0)
    setAnnouncement(saving > 0 ? m.signedInSaving : m.signedIn)
    resumeSession(generation, authorization)
  })

  return (
    <>
      <StatusMessage message={announcement} />
      <Dialog open={open} title={m.title} initialFocusId="reauth-password">
        {session.expiry === 'passwordUncertain' ? <p>{m.passwordUncertain}</p> : <p>{m.needPassword}</p>}
        <p>{m.lockWarning}</p>
        <p>
          <Trans>
            Signed in as <strong>{userId}</strong>.
          </Trans>{' '}
          <button type="button" className="link-button" onClick={() => signOut(queryClient, 'cancelled')}>
            {m.notYou}
          </button>
        </p>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <form noValidate onSubmit={onSubmit} className="form" aria-label={m.formLabel}>
          <PasswordField
            id="reauth-password"
            label={m.password}
            autoComplete="current-password"
            error={form.formState.errors.password?.message}
            registration={form.register('password', { validate: (v) => v !== '' || m.enterPassword })}
          />
          {failures >= 1 && <p className="notice notice--warning">{m.notSure}</p>}
          <ButtonGroup>
            <Button type="submit" pending={form.formState.isSubmitting} pendingText={m.signingIn}>
              {m.signIn}
            </Button>
            <Button variant="secondary" onClick={() => signOut(queryClient, 'cancelled')}>
              {m.cancel}
            </Button>
          </ButtonGroup>
        </form>
      </Dialog>
    </>
  )
}
