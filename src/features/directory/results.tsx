/** One page of a directory search, and every state it can be in (searching, slow, failed, none, too many). */
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import type { UserPolicy } from '../../api/system/system.ts'
import { planSearch } from '../../api/users/directory-query.ts'
import { InfoNotice, Spinner, StatusMessage } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { directoryPageSize, directoryQueries } from '../../queries/directory.ts'
import { describePage } from './describe.ts'
import { directoryMessages as m } from './messages.ts'
import { PersonCard } from './person-card.tsx'

/** True once `active` has lasted `ms` (a search that is slower than usual says so). */
function useLasting(active: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false)
  useEffect(() => {
    if (!active) return
    const timer = setTimeout(() => setLasting(true), ms)
    return () => {
      clearTimeout(timer)
      setLasting(false)
    }
  }, [active, ms])
  return active && lasting
}

const href = (query: string, page: number) =>
  `?${new URLSearchParams(page > 1 ? { q: query, page: String(page) } : { q: query }).toString()}`

export function Results({ query, page, policy }: { query: string; page: number; policy: UserPolicy }) {
  const size = directoryPageSize(policy.userSearchLimit)
  const search = useQuery(directoryQueries.search(query, page, size))
  const slow = useLasting(search.isFetching, 4000)
  const [copied, setCopied] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)
  useEffect(() => {
    // A new page of results (Next, Previous): start reading there, not at the top of the page.
    if (first.current) first.current = false
    else heading.current?.focus()
  }, [query, page])

  const plan = planSearch(query)
  if (plan.kind === 'empty' || plan.kind === 'tooShort')
    return <p className="directory-empty">{m.tooShort}</p>

  const result = search.data
  const view = result ? describePage(result, page, size, policy.userSearchLimit) : null
  return (
    <section className="directory-results" aria-labelledby="directory-results-title">
      <h2 id="directory-results-title" ref={heading} tabIndex={-1} className="section-title">
        {m.searched(result?.matched ?? plan.kind, plan.text)}
      </h2>
      {search.isPending ? (
        <>
          <Spinner label={m.searching} />
          {slow && <p className="directory-slow">{m.slow}</p>}
        </>
      ) : search.isError ? (
        <ProblemMessage
          error={search.error}
          area="DIR"
          action="load"
          title={m.loadFailedTitle}
          onRetry={() => void search.refetch()}
          retrying={search.isFetching}
        />
      ) : !result || !view ? null : view.kind === 'none' ? (
        <InfoNotice title={m.noneTitle}>
          <p>{m.none(plan.kind)}</p>
        </InfoNotice>
      ) : view.kind === 'pastEnd' ? (
        <p>
          {m.pastEnd} <Link to={href(query, 1)}>{m.firstPage}</Link>
        </p>
      ) : (
        <>
          <p className="directory-count" role="status">
            {m.showing(view.from, view.to, result.total)}
          </p>
          {view.tooMany && <p className="directory-too-many">{m.tooMany(policy.userSearchLimit)}</p>}
          <ul className="directory-list" aria-label={m.resultsLabel}>
            {result.entries.map((entry) => (
              <li key={entry.userId || `${entry.firstName} ${entry.lastName}`}>
                <PersonCard
                  entry={entry}
                  canAddSpeedDial={policy.showSpeedDials}
                  canForward={policy.showCallForward !== 2}
                  onCopied={setCopied}
                />
              </li>
            ))}
          </ul>
          <StatusMessage message={copied} />
          {view.pages > 1 && (
            <nav className="directory-pages" aria-label={m.pagesLabel}>
              {page > 1 && (
                <Link to={href(query, page - 1)} className="button button--secondary">
                  {m.previous}
                </Link>
              )}
              <span className="directory-page-of">{m.pageOf(page, view.pages)}</span>
              {page < view.pages && (
                <Link to={href(query, page + 1)} className="button button--secondary">
                  {m.next}
                </Link>
              )}
            </nav>
          )}
          {search.isFetching && slow && <p className="directory-slow">{m.slow}</p>}
        </>
      )}
    </section>
  )
}
