import { useQueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { useLocation, useNavigate, useRouteError } from 'react-router'
import { Page } from '../components/page.tsx'
import { ProblemMessage } from '../components/problem.tsx'
import { shellMessages } from './shell-messages.ts'

/**
 * A page's (or sub-page's) route error boundary: "Sorry, we couldn't load …" with Try again when one
 * of its reads fails (after the automatic retries), never a blank screen. A sub-page's stays inside
 * its page's layout, so a draft held there is kept. Try again starts the failed reads afresh and
 * opens the same URL again (which clears the boundary and runs the route's loaders). It comes with
 * the route's code, so code that could not be downloaded goes on up to the portal's error page, which
 * says to reload.
 */
export function pageErrorBoundary(pageName: () => string): ComponentType {
  return function PageError() {
    const error = useRouteError()
    const queryClient = useQueryClient()
    const navigate = useNavigate()
    const location = useLocation()
    const retry = () => {
      void queryClient
        .resetQueries({ predicate: (q) => q.state.status === 'error' })
        .finally(() => navigate(location, { replace: true, state: location.state }))
    }
    const name = pageName()
    return (
      <Page title={name} heading={name}>
        <ProblemMessage
          error={error}
          area="LD"
          action="load"
          title={shellMessages.loadFailed(name)}
          onRetry={retry}
        />
      </Page>
    )
  }
}
