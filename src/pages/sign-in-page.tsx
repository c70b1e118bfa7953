import { useEffect } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { SignedOutFrame } from '../components/signed-out-frame.tsx'
import { SignInForm } from '../features/sign-in/sign-in-form.tsx'
import { signInMessages } from '../features/sign-in/messages.ts'
import { useSession } from '../lib/session-hooks.ts'
import { loadXmlParser } from '../api/client.ts'
import { preloadCodeFor } from '../app/preload.ts'
import { pages } from '../app/routes.ts'
import { safeNext } from '../app/safe-next.ts'
import { rememberedUserId, rememberUserId } from '../lib/remembered-user.ts'
import './sign-in-page.css'

const PAGE_PATHS = pages.map((page) => page.path)

export function SignInPage() {
  const session = useSession()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'), window.location.origin, PAGE_PATHS)

  useEffect(() => {
    if (session.status === 'active') navigate(next, { replace: true })
  }, [session.status, navigate, next])

  // Signing in reads XML, then opens the next page: once the sign-in page has painted, the parser and
  // then that page's code load in idle time, one at a time, while the user types (not after the click).
  useEffect(() => {
    const steps = [() => loadXmlParser(), () => preloadCodeFor(next)]
    let cancel = () => {}
    const run = () => {
      const step = steps.shift()
      if (!step) return
      void Promise.resolve(step())
        .catch(() => undefined)
        .then(schedule)
    }
    const schedule = () => {
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(run, { timeout: 1000 })
        cancel = () => cancelIdleCallback(id)
      } else {
        const timer = setTimeout(run, 100)
        cancel = () => clearTimeout(timer)
      }
    }
    schedule()
    return () => {
      steps.length = 0
      cancel()
    }
  }, [next])

  const remembered = rememberedUserId()
  const notice =
    session.endReason === 'cancelled'
      ? signInMessages.cancelled
      : session.endReason === 'signedOut'
        ? signInMessages.signedOut
        : remembered && params.get('next')
          ? signInMessages.reloaded
          : undefined

  return (
    <SignedOutFrame className="main--sign-in">
      <SignInForm
        initialUserId={remembered}
        notice={notice}
        onSubmitting={() => preloadCodeFor(next)}
        onSignedIn={() => {
          const userId = (document.getElementById('userId') as HTMLInputElement | null)?.value.trim()
          if (userId) rememberUserId(userId)
        }}
      />
    </SignedOutFrame>
  )
}
