import { useCallback, useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { ApiError } from '../../api/api-error.ts'
import { clientConfig, fetchPortalFile, isReachableWithoutCors, request } from '../../api/client.ts'
import { getSnapshot, subscribe } from '../../api/session-store.ts'
import { getClusterUser, getVersion } from '../../api/system/system.ts'
import { getUser } from '../../api/user/user.ts'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { CopyButton } from '../../components/copy-button.tsx'
import { StatusMessage } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import {
  checkList,
  resultsText,
  runChecks,
  type CheckContext,
  type CheckDeps,
  type CheckResult,
} from './checks.ts'
import { checkMessages as m } from './messages.ts'
import './check-connection.css'

/**
 * The session's credentials, once: a refusal while the check waits (the session expires) ends the
 * wait with that refusal instead of waiting for a re-sign-in this page has no dialog for.
 */
function credentialsOnce(userId: string): Promise<unknown> {
  const controller = new AbortController()
  const stop = subscribe(() => {
    if (getSnapshot().status !== 'active')
      controller.abort(new ApiError({ kind: 'auth', status: 401, request: 'GET user' }))
  })
  return getUser(userId, controller.signal).finally(stop)
}

const deps: CheckDeps = {
  async portalSettings() {
    const res = await fetchPortalFile('/config.json')
    if (!res.ok) throw new Error(`config.json: ${res.status}`)
    await res.json()
  },
  version: () => getVersion(),
  reachableWithoutCors: (api) => isReachableWithoutCors(api),
  get voicemailConfigured() {
    return Boolean(clientConfig().cupiBaseUrl)
  },
  voicemail: () =>
    request({ api: 'cupi', path: '/user', auth: false, label: 'GET voicemail user (no credentials)' }),
  clusterUser: (userId) => getClusterUser(userId),
  credentials: credentialsOnce,
  now: () => performance.now(),
}

function currentContext(): CheckContext {
  const session = getSnapshot()
  return {
    origin: window.location.origin,
    userId: session.status === 'signedOut' ? null : session.userId,
    sessionExpired: session.status === 'expired',
  }
}

export function CheckConnectionView() {
  const [context, setContext] = useState(currentContext)
  const [results, setResults] = useState<CheckResult[]>(() => checkList(context))
  const [running, setRunning] = useState(true)
  const [finishedAt, setFinishedAt] = useState<Date | null>(null)
  const [copyStatus, setCopyStatus] = useState('')
  const run = useRef(0)

  const first = useRef(context)

  /** Runs the checks; a later run (or leaving the page) makes an earlier one's answers stale. */
  const launch = useCallback((ctx: CheckContext) => {
    const id = ++run.current
    const current = () => run.current === id
    void runChecks(deps, ctx, (next) => {
      if (current()) setResults(next)
    }).then(() => {
      if (!current()) return
      setRunning(false)
      setFinishedAt(new Date())
    })
  }, [])

  useEffect(() => {
    const runs = run
    launch(first.current)
    return () => void runs.current++
  }, [launch])

  const again = () => {
    const ctx = currentContext()
    setContext(ctx)
    setRunning(true)
    setFinishedAt(null)
    setCopyStatus('')
    launch(ctx)
  }

  const problems = results.filter((r) => r.verdict === 'problem').length
  const signedIn = context.userId !== null
  return (
    <Page title={m.title} lede={signedIn ? m.signedInLede : m.lede}>
      <ol className="checks" aria-busy={running}>
        {results.map((r) => (
          <li key={r.id} className={`check check--${r.verdict ?? (r.running ? 'running' : 'waiting')}`}>
            <span className="check-badge">
              {r.verdict ? m.verdictWord[r.verdict] : r.running ? m.running : m.waiting}
            </span>
            <div className="check-body">
              <h2 className="check-title">{r.title}</h2>
              {r.summary && <p className="check-summary">{r.summary}</p>}
              {(r.ms !== undefined || r.code) && (
                <p className="check-meta">
                  {r.ms !== undefined && <span>{m.duration(r.ms)}</span>}
                  {r.code && (
                    <span>
                      {m.codeLabel}: <code>{r.code}</code>
                    </span>
                  )}
                </p>
              )}
              {r.id === 'credentials' && r.verdict === 'problem' && (
                <p>
                  <Link to="/profile">{m.signInAgain}</Link>
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
      <StatusMessage message={finishedAt ? m.done(problems) : ''} visible />
      <ButtonGroup>
        <Button variant="secondary" pending={running} pendingText={m.running} onClick={again}>
          {m.runAgain}
        </Button>
        {finishedAt && (
          <CopyButton
            text={resultsText(results, context, finishedAt)}
            copied={m.copied}
            refused={m.copyRefused}
            onStatus={setCopyStatus}
          >
            {m.copy}
          </CopyButton>
        )}
      </ButtonGroup>
      <StatusMessage message={copyStatus} visible />
      <p className="check-next">
        {signedIn ? <Link to="/profile">{m.back}</Link> : <Link to="/sign-in">{m.signIn}</Link>}
      </p>
    </Page>
  )
}
