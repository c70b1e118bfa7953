/** The portal's URLs that serve the app: sign-in and every page of the routes table (their sub-pages below them). */
import { pages } from '../../src/app/routes.ts'

export const PORTAL_ROUTES: readonly string[] = ['/sign-in', ...pages.map((page) => page.path)]
