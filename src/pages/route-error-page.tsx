import { useRouteError } from 'react-router'
import { ProblemMessage } from '../components/problem.tsx'
import { useDocumentTitle } from '../components/page.tsx'

/** Last resort for a page that failed to render (or its code failed to download): never a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError()
  useDocumentTitle('Something went wrong', true)
  const isChunkError =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  return (
    <main id="main" className="main main--narrow">
      <h1 className="page-heading">Sorry, something went wrong</h1>
      {isChunkError ? (
        <p>
          This page could not be downloaded. Check your connection, then reload the page. Your saved settings
          are not affected.
        </p>
      ) : (
        <ProblemMessage error={error} area="APP" action="load" what="this page" />
      )}
      <p>
        <a href="/profile" className="button button--secondary">
          Reload the portal
        </a>
      </p>
    </main>
  )
}
