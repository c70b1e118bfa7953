import { useRouteError } from 'react-router'
import { ProblemMessage } from '../components/problem.tsx'
import { useDocumentTitle } from '../components/page.tsx'
import { appMessages as m } from '../app/messages.ts'

/** Last resort for a page that failed to render (or its code failed to download): never a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError()
  useDocumentTitle(m.wrongTitle, true)
  const isChunkError =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  return (
    <main id="main" className="main main--narrow">
      <h1 className="page-heading">{m.wrongHeading}</h1>
      {isChunkError ? <p>{m.notDownloaded}</p> : <ProblemMessage error={error} area="APP" action="load" />}
      <p>
        <a href="/profile" className="button button--secondary">
          {m.reload}
        </a>
      </p>
    </main>
  )
}
