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
        form.setError('password', { message: 'Your password is incorrect' })
        form.setFocus('password')
      } else {
        setProblem("We couldn't reach the phone system. Try again in a minute.")
      }
      return
    }
    form.reset({ password: '' })
    setFailures(0)
    setAnnouncement(saving > 0 ? 'Signed in. Saving your changes…' : 'Signed in.')
    resumeSession(generation, authorization)
  })

  return (
    <>
      <StatusMessage message={announcement} />
      <Dialog open={open} title="Sign in again to save your changes" initialFocusId="reauth-password">
        {session.expiry === 'passwordUncertain' ? (
          <p>
            We couldn’t find out whether your password change went through: the phone system accepts neither
            password right now. Your password is either your old one or the new one you chose. Your changes on
            this page are kept.
          </p>
        ) : (
          <p>
            For your security, the phone system needs your password again – it may have been changed somewhere
            else, such as in Jabber. Your changes on this page are kept.
          </p>
        )}
        <p>Several wrong passwords lock your account, so if you’re not sure of it, call the helpdesk.</p>
        <p>
          Signed in as <strong>{userId}</strong>.{' '}
          <button type="button" className="link-button" onClick={() => signOut(queryClient, 'cancelled')}>
            Not you? Sign out
          </button>
        </p>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <form noValidate onSubmit={onSubmit} className="form" aria-label="Sign in again">
          <PasswordField
            id="reauth-password"
            label="Password"
            autoComplete="current-password"
            error={form.formState.errors.password?.message}
            registration={form.register('password', { validate: (v) => v !== '' || 'Enter your password' })}
          />
          {failures >= 1 && (
            <p className="notice notice--warning">
              If you’re not sure of your password, stop here and call the helpdesk: another wrong one could
              lock your account.
            </p>
          )}
          <ButtonGroup>
            <Button type="submit" pending={form.formState.isSubmitting} pendingText="Signing in…">
              Sign in
            </Button>
            <Button variant="secondary" onClick={() => signOut(queryClient, 'cancelled')}>
              Cancel and sign out
            </Button>
          </ButtonGroup>
        </form>
      </Dialog>
    </>
  )
}
