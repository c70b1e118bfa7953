import { loadCatalogPart } from '../i18n/i18n.ts'
import { pages } from './routes.ts'

/**
 * The signed-in layout (shell, navigation, re-sign-in dialog) that every page renders in, with the
 * pages' words in the active language (downloaded alongside, src/i18n/catalogs.ts).
 */
export const loadSignedInLayout = () =>
  Promise.all([import('./signed-in-layout.tsx'), loadCatalogPart('pages')]).then(([layout]) => layout)

/** The public connection check, with the pages' words. */
export const loadCheckConnection = () =>
  Promise.all([import('../pages/check-connection-page.tsx'), loadCatalogPart('pages')]).then(([page]) => page)

/** Every page's queries, by the names the routes table gives them (with the signed-in code). */
export const loadRouteReads = () => import('./route-reads.ts')

/**
 * Starts loading the code for a signed-in URL (the layout, the pages' reads and the page), e.g. while the user types or
 * the sign-in requests are on their way, so the page is not held up by its code afterwards. Settles
 * when both have loaded or failed (a failed download is tried again on navigation).
 */
export function preloadCodeFor(pathname: string): Promise<unknown> {
  const page = pages.find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`))
  return Promise.all(
    [loadSignedInLayout, loadRouteReads, page?.load].map((load) => load?.().catch(() => undefined)),
  )
}
