import { useQueryClient } from '@tanstack/react-query'
import { Component, Suspense, type ReactNode } from 'react'
import { ProblemMessage } from '../components/problem.tsx'
import { Spinner } from '../components/notices.tsx'
import { Page } from '../components/page.tsx'

interface BoundaryState {
  error: unknown
}

class ErrorBoundary extends Component<
  { fallback: (error: unknown, reset: () => void) => ReactNode; children: ReactNode },
  BoundaryState
> {
  override state: BoundaryState = { error: null }
  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error }
  }
  reset = () => this.setState({ error: null })
  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, this.reset)
    return this.props.children
  }
}

/**
 * Around each page: a loading state while its reads are in flight, and "Sorry, we couldn't load …"
 * with Try again when one fails (after the automatic retries), never a blank screen.
 */
export function PageBoundary({ name, children }: { name: string; children: ReactNode }) {
  const queryClient = useQueryClient()
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <Page title={name} heading={name}>
          <ProblemMessage
            error={error}
            area="LD"
            action="load"
            what={`your ${name.toLowerCase()} settings`}
            onRetry={() => {
              void queryClient.resetQueries({ predicate: (q) => q.state.status === 'error' }).finally(reset)
            }}
          />
        </Page>
      )}
    >
      <Suspense fallback={<Spinner label={`Loading ${name.toLowerCase()}…`} />}>{children}</Suspense>
    </ErrorBoundary>
  )
}
