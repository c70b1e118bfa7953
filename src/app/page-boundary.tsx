import { Suspense, type ReactNode } from 'react'
import { Spinner } from '../components/notices.tsx'
import { shellMessages as m } from './shell-messages.ts'

/**
 * Around each page: a loading state while its reads are in flight. A read that fails is the page's
 * route error boundary's to show (app/page-error.tsx), so a sub-page's failure stays inside its page.
 */
export function PageBoundary({ name, children }: { name: string; children: ReactNode }) {
  return <Suspense fallback={<Spinner label={m.loading(name)} />}>{children}</Suspense>
}
