/**
 * The portal's URLs that serve the app: the public ones (sign-in, check connection), the documents (print settings) and every page of
 * the routes table (their sub-pages below them).
 */
import { DOCUMENT_PATHS, pages, PUBLIC_PATHS } from '../../src/app/routes.ts'

export const PORTAL_ROUTES: readonly string[] = [
  ...Object.values(PUBLIC_PATHS),
  ...Object.values(DOCUMENT_PATHS),
  ...pages.map((page) => page.path),
]
