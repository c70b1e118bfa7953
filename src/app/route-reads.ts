/**
 * The reads the routes table (app/routes.ts) names, as queries to start: a page's (its loader and
 * pointing at its link), those started only when it opens, and a sub-page's own. Loaded with the
 * signed-in code, not with the first page: it brings every page's queries and their XML parsers.
 */
import { PAGE_READS, SUB_READS, type AnyQuery, type PageReads } from '../queries/page-reads.ts'
import type { RouteParam } from './route-params.ts'
import type { PageRoute, SubRoute } from './routes.ts'

/** What the loader, and pointing at the page's link, start: the main and side reads. */
export function pageQueries(page: Pick<PageRoute, 'reads'>, userId: string): AnyQuery[] {
  const { main, side }: PageReads = PAGE_READS[page.reads]
  return [...main(userId), ...(side?.(userId) ?? [])]
}

/** Reads started when the page is first opened, never on hover or focus of its link. */
export function openQueries(page: Pick<PageRoute, 'reads' | 'opens'>, userId: string): AnyQuery[] {
  const { onOpen }: PageReads = PAGE_READS[page.reads]
  return onOpen && (page.opens?.() ?? true) ? [...onOpen(userId)] : []
}

/** A sub-page's reads beyond its page's, given the URL's params. */
export function subQueries(
  sub: Pick<SubRoute, 'reads'>,
  userId: string,
  params: Partial<Record<RouteParam, string>>,
): AnyQuery[] {
  return sub.reads ? [...SUB_READS[sub.reads](userId, params)] : []
}
