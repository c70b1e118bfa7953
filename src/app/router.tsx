import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router'
import { getSnapshot } from '../api/session.ts'
import { NotFoundPage } from '../pages/not-found-page.tsx'
import { RouteErrorPage } from '../pages/route-error-page.tsx'
import { SignInPage } from '../pages/sign-in-page.tsx'
import { pageErrorBoundary } from './page-error.tsx'
import { loadCheckConnection, loadRouteReads, loadSignedInLayout } from './preload.ts'
import { DOCUMENT_PATHS, pages, PUBLIC_PATHS, type PageRoute, type SubRoute } from './routes.ts'
import { signInPath } from './sign-in-path.ts'
import { localized } from '../i18n/localized.tsx'
import { shellMessages } from './shell-messages.ts'
import { pageTitle } from './page-names.ts'

/**
 * Pages need a session; without one, sign in first and come back here (deep links survive). Checked
 * before the signed-in layout's code arrives; the layout checks again when a session ends.
 */
function requireSession({ request }: LoaderFunctionArgs) {
  if (getSnapshot().status !== 'signedOut') return null
  const url = new URL(request.url)
  // A request's URL may leave out the fragment; a link opened in a new tab has it in the address bar.
  if (!url.hash && window.location.pathname === url.pathname) url.hash = window.location.hash
  return redirect(signInPath(url))
}

const LocalizedRouteError = localized(RouteErrorPage)

type LazyModule = Record<string, React.ComponentType | undefined>

/** Resolves at once when the browser is online, otherwise when it comes back online. */
function whenOnline(): Promise<void> {
  if (navigator.onLine) return Promise.resolve()
  return new Promise((resolve) => window.addEventListener('online', () => resolve(), { once: true }))
}

/**
 * One export of a module (a page's, or the signed-in layout's), with the route's error boundary once
 * the code is there (code that could not be downloaded is the portal's error page's to explain).
 * Offline, the download waits for the connection (the shell's banner says so) instead of failing into
 * the error page, whose only way out is a reload that signs the user out.
 */
export function lazyView(load: () => Promise<unknown>, view: string, ErrorBoundary?: React.ComponentType) {
  return async () => {
    await whenOnline()
    let module: unknown
    try {
      module = await load()
    } catch (error) {
      if (navigator.onLine) throw error
      await whenOnline()
      module = await load()
    }
    const View = (module as LazyModule)[view]
    if (!View) throw new Error(`The module has no ${view}`)
    // Each route's screen follows the language (src/i18n/localized.tsx).
    const Component = localized(View)
    return ErrorBoundary ? { Component, ErrorBoundary: localized(ErrorBoundary) } : { Component }
  }
}

/**
 * The signed-in pages as routes: each page and each of its sub-pages (app/routes.ts) is a route with
 * its loader (starting the page's reads) and its error boundary; a sub-page renders in its parent's
 * `<Outlet>`, so what the parent holds (a draft) survives moving between them.
 */
export function pageRoutes(queryClient: QueryClient): RouteObject[] {
  /**
   * Starts a page's reads while its code loads (no waterfall), when someone is signed in, without
   * holding the navigation up (the queries' own code arrives with the signed-in code). A sub-page
   * starts its page's reads too (each is a no-op while its read is fresh or already on its way).
   */
  const prefetch =
    (page: PageRoute, sub?: SubRoute) =>
    ({ params }: LoaderFunctionArgs) => {
      const { userId, status } = getSnapshot()
      if (!userId || status !== 'active') return null
      void loadRouteReads().then((r) => {
        for (const query of [
          ...r.pageQueries(page, userId),
          ...(sub ? r.subQueries(sub, userId, params) : []),
        ])
          void queryClient.prefetchQuery(query)
        // Only when never read yet: after that the page decides (e.g. never repeating a refused check).
        for (const query of r.openQueries(page, userId))
          if (!queryClient.getQueryState(query.queryKey)) void queryClient.prefetchQuery(query)
      })
      return null
    }
  return pages.map((page) => {
    const ErrorBoundary = pageErrorBoundary(() => pageTitle(page))
    const subRoute = (sub: SubRoute): RouteObject => {
      const route = { loader: prefetch(page, sub), lazy: lazyView(page.load, sub.view, ErrorBoundary) }
      return sub.path === undefined
        ? { index: true, ...route }
        : { path: sub.path, ...route, children: sub.children?.map(subRoute) }
    }
    return {
      path: page.path.slice(1),
      loader: prefetch(page),
      lazy: lazyView(page.load, 'Component', ErrorBoundary),
      children: page.children?.map(subRoute),
    }
  })
}

export function createRouter(queryClient: QueryClient) {
  const children: RouteObject[] = [
    { index: true, loader: () => redirect('/profile') },
    ...pageRoutes(queryClient),
    {
      // The settings as one printable document (its reads are the helpdesk summary's own).
      path: DOCUMENT_PATHS.printSettings.slice(1),
      lazy: lazyView(
        () => import('../pages/print-settings-page.tsx'),
        'Component',
        pageErrorBoundary(() => shellMessages.printSettings),
      ),
    },
    { path: '*', Component: localized(NotFoundPage) },
  ]

  return createBrowserRouter([
    { path: PUBLIC_PATHS.signIn, Component: localized(SignInPage), ErrorBoundary: LocalizedRouteError },
    {
      // Open to anyone: what to check when signing in or a page can't reach the phone system.
      path: PUBLIC_PATHS.checkConnection,
      lazy: lazyView(loadCheckConnection, 'Component'),
      ErrorBoundary: LocalizedRouteError,
    },
    {
      path: '/',
      loader: requireSession,
      lazy: lazyView(loadSignedInLayout, 'Component'),
      ErrorBoundary: LocalizedRouteError,
      children,
    },
  ])
}
