import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, Navigate, redirect, useLocation, type RouteObject } from 'react-router'
import { getSnapshot } from '../api/session.ts'
import { useSession } from '../lib/session-hooks.ts'
import { NotFoundPage } from '../pages/not-found-page.tsx'
import { RouteErrorPage } from '../pages/route-error-page.tsx'
import { SignInPage } from '../pages/sign-in-page.tsx'
import { AppShell } from './app-shell.tsx'
import { pages, type PageRoute } from './routes.ts'

/** Pages need a session; without one, sign in first and come back here (deep links survive). */
function SignedInLayout() {
  const session = useSession()
  const location = useLocation()
  if (session.status === 'signedOut') {
    const next = location.pathname + location.search
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />
  }
  return <AppShell />
}

type LazyModule = { Component: React.ComponentType }

export function createRouter(queryClient: QueryClient) {
  /** Starts a page's reads while its code loads (no waterfall), when someone is signed in. */
  const prefetch = (page: Pick<PageRoute, 'queries'>) => () => {
    const { userId, status } = getSnapshot()
    if (userId && status === 'active')
      for (const query of page.queries(userId)) void queryClient.prefetchQuery(query)
    return null
  }
  const lazyPage = (load: () => Promise<unknown>) => async () => ({
    Component: ((await load()) as LazyModule).Component,
  })

  const children: RouteObject[] = [
    { index: true, loader: () => redirect('/profile') },
    ...pages.map((page) => ({
      path: `${page.path.slice(1)}/*`,
      loader: prefetch(page),
      lazy: lazyPage(page.load),
    })),
    { path: '*', Component: NotFoundPage },
  ]

  return createBrowserRouter([
    { path: '/sign-in', Component: SignInPage, ErrorBoundary: RouteErrorPage },
    { path: '/', Component: SignedInLayout, ErrorBoundary: RouteErrorPage, children },
  ])
}
