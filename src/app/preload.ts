import { pages } from './routes.ts'

/** The signed-in layout (shell, navigation, re-sign-in dialog) that every page renders in. */
export const loadSignedInLayout = () => import('./signed-in-layout.tsx')

/**
 * Starts loading the code for a signed-in URL (the layout and the page) without waiting for it, e.g.
 * while the sign-in requests are on their way, so the page is not held up by its code afterwards.
 */
export function preloadCodeFor(pathname: string) {
  const page = pages.find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`))
  for (const load of [loadSignedInLayout, page?.load]) load?.().catch(() => undefined)
}
