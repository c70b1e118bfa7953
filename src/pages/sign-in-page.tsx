import { useEffect } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
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

  // Signing in reads XML: the parser downloads once the page has painted, before anyone has typed.
  useEffect(() => {
    const load = () => void loadXmlParser().catch(() => undefined)
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 1000 })
      return () => cancelIdleCallback(id)
    }
    const timer = setTimeout(load, 100)
    return () => clearTimeout(timer)
  }, [])

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
    <div className="app app--signed-out">
      <header className="header">
        <div className="header-inner">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Phone settings
          </span>
        </div>
      </header>
      <main id="main" className="main main--narrow main--sign-in" tabIndex={-1}>
        <SignInForm
          initialUserId={remembered}
          notice={notice}
          onSubmitting={() => preloadCodeFor(next)}
          onSignedIn={() => {
            const userId = (document.getElementById('userId') as HTMLInputElement | null)?.value.trim()
            if (userId) rememberUserId(userId)
          }}
        />
      </main>
    </div>
  )
}
