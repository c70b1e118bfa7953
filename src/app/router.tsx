import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router'
import { getSnapshot } from '../api/session.ts'
import { NotFoundPage } from '../pages/not-found-page.tsx'
import { RouteErrorPage } from '../pages/route-error-page.tsx'
import { SignInPage } from '../pages/sign-in-page.tsx'
import { loadSignedInLayout } from './preload.ts'
import { pages, type PageRoute } from './routes.ts'
import { signInPath } from './sign-in-path.ts'

/**
 * Pages need a session; without one, sign in first and come back here (deep links survive). Checked
 * before the signed-in layout's code arrives; the layout checks again when a session ends.
 */
function requireSession({ request }: LoaderFunctionArgs) {
  if (getSnapshot().status !== 'signedOut') return null
  return redirect(signInPath(new URL(request.url)))
}

type LazyModule = { Component: React.ComponentType }

/** Resolves at once when the browser is online, otherwise when it comes back online. */
function whenOnline(): Promise<void> {
  if (navigator.onLine) return Promise.resolve()
  return new Promise((resolve) => window.addEventListener('online', () => resolve(), { once: true }))
}

export function createRouter(queryClient: QueryClient) {
  /** Starts a page's reads while its code loads (no waterfall), when someone is signed in. */
  const prefetch = (page: Pick<PageRoute, 'queries' | 'openQueries'>) => () => {
    const { userId, status } = getSnapshot()
    if (userId && status === 'active') {
      for (const query of page.queries(userId)) void queryClient.prefetchQuery(query)
      // Only when never read yet: after that the page decides (e.g. never repeating a refused check).
      for (const query of page.openQueries?.(userId) ?? [])
        if (!queryClient.getQueryState(query.queryKey)) void queryClient.prefetchQuery(query)
    }
    return null
  }
  /**
   * A page's code. Offline, the download waits for the connection (the shell's banner says so) instead
   * of failing into the error page, whose only way out is a reload that signs the user out.
   */
  const lazyPage = (load: () => Promise<unknown>) => async () => {
    await whenOnline()
    let module: unknown
    try {
      module = await load()
    } catch (error) {
      if (navigator.onLine) throw error
      await whenOnline()
      module = await load()
    }
    return { Component: (module as LazyModule).Component }
  }

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
    {
      path: '/',
      loader: requireSession,
      lazy: lazyPage(loadSignedInLayout),
      ErrorBoundary: RouteErrorPage,
      children,
    },
  ])
}
