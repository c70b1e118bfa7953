import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, Outlet, useLocation, useNavigate } from 'react-router'
import { productName } from '../components/page.tsx'
import { useConfig } from '../lib/config-context.ts'
import { useSession } from '../lib/session-hooks.ts'
import { signOut } from '../features/session/sign-out.ts'
import { PasswordOutcomeNotice } from '../features/session/password-outcome-notice.tsx'
import { ReauthDialog } from '../features/session/reauth-dialog.tsx'
import { ForwardingStatus } from '../features/call-forwarding/forwarding-status.tsx'
import { DndNotice } from '../features/do-not-disturb/dnd-notice.tsx'
import { YourChanges } from '../features/changes/your-changes.tsx'
import { HeaderHelpdeskMenu } from '../features/helpdesk/helpdesk-actions.tsx'
import { userQueries } from '../queries/user.ts'
import { PageBoundary } from './page-boundary.tsx'
import { pageQueries } from './route-reads.ts'
import { pages, type PageRoute } from './routes.ts'
import { SiteNav } from './site-nav.tsx'
import './app-shell.css'
import { Trans } from '@lingui/react/macro'
import { isolate, ltr } from '../i18n/format.ts'
import { appMessages } from './messages.ts'
import { shellMessages as m } from './shell-messages.ts'
import { LanguageSwitcher } from '../components/language-switcher.tsx'
import { pageTitle } from './page-names.ts'

function useOnline() {
  const [online, setOnline] = useState(() => navigator.onLine)
  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
    return () => {
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
    }
  }, [])
  return online
}

/**
 * Header, navigation and the current page. The only layout of the signed-in portal: the navigation
 * sits beside the page on wide screens and behind the header's "Menu" button on a phone.
 */
export function AppShell() {
  const config = useConfig()
  const session = useSession()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const online = useOnline()
  const [menuOpen, setMenuOpen] = useState(false)
  // Cached since sign-in; the header shows whom the portal is acting for.
  const { data: user } = useQuery({
    ...userQueries.detail(session.userId ?? ''),
    enabled: Boolean(session.userId),
  })
  const name = user ? user.displayName || [user.firstName, user.lastName].filter(Boolean).join(' ') : ''
  const helpdeskPhone = config.helpdesk ? ltr(config.helpdesk.phone) : null
  const helpdeskHours = config.helpdesk?.hours ? isolate(config.helpdesk.hours) : undefined
  const current = pages.find(
    (p) => location.pathname === p.path || location.pathname.startsWith(`${p.path}/`),
  )

  const prefetch = (page: PageRoute) => {
    void page.load()
    if (session.userId)
      for (const query of pageQueries(page, session.userId)) void queryClient.prefetchQuery(query)
  }

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {m.skipLink}
      </a>
      <header className="header">
        <div className="header-inner header-inner--wide">
          <a href="/profile" className="brand" onClick={(e) => (e.preventDefault(), navigate('/profile'))}>
            <span className="brand-mark" aria-hidden="true" />
            {productName()}
          </a>
          {config.helpdesk && (
            <a className="header-help" href={`tel:${config.helpdesk.phone.replace(/[^\d+]/g, '')}`}>
              {m.helpdeskLink(ltr(config.helpdesk.phone))}
            </a>
          )}
          <div className="header-user">
            {session.userId && <ForwardingStatus userId={session.userId} />}
            {session.userId && <YourChanges userId={session.userId} />}
            <span className="header-user-id">
              <span className="visually-hidden">{m.signedInAs} </span>
              {name && <span className="header-user-name">{name} </span>}
              <span className="header-user-login">({session.userId})</span>
            </span>
            {session.userId && <HeaderHelpdeskMenu userId={session.userId} />}
            <button
              type="button"
              className="button button--header"
              onClick={() => {
                signOut(queryClient)
                navigate('/sign-in', { replace: true })
              }}
            >
              {m.signOut}
            </button>
          </div>
          <LanguageSwitcher />
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {m.menu}
          </button>
        </div>
      </header>
      <div className="shell">
        <SiteNav open={menuOpen} onPrefetch={prefetch} onNavigate={() => setMenuOpen(false)} />
        <div className="shell-content">
          {!online && (
            <div className="strip offline-banner" role="status">
              {m.offline}
            </div>
          )}
          {session.userId && <DndNotice userId={session.userId} />}
          <PasswordOutcomeNotice />
          <main id="main" className="main" tabIndex={-1}>
            <PageBoundary
              key={current?.path ?? location.pathname}
              name={current ? pageTitle(current) : appMessages.thisPage}
            >
              <Outlet />
            </PageBoundary>
          </main>
        </div>
      </div>
      <footer className="footer footer--wide">
        <p>
          {helpdeskPhone ? (
            helpdeskHours ? (
              <Trans>
                Need help? Call the helpdesk on <strong>{helpdeskPhone}</strong> ({helpdeskHours}).
              </Trans>
            ) : (
              <Trans>
                Need help? Call the helpdesk on <strong>{helpdeskPhone}</strong>.
              </Trans>
            )
          ) : (
            m.needHelp
          )}
        </p>
        <p>
          <Trans>
            Something not working? <Link to="/check-connection">Check connection</Link>
          </Trans>
        </p>
      </footer>
      <ReauthDialog />
    </div>
  )
}
