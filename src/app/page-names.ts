/** The pages' names on screen (navigation, headings of their error pages), in the active language. */
import { t } from '@lingui/core/macro'
import type { PageRoute } from './routes.ts'

export function pageTitle(page: Pick<PageRoute, 'path' | 'name'>): string {
  switch (page.path) {
    case '/profile':
      return t`Profile`
    case '/call-forwarding':
      return t`Call forwarding`
    case '/do-not-disturb':
      return t`Do not disturb`
    case '/phones':
      return t`Phones`
    case '/speed-dials':
      return t`Speed dials`
    case '/single-number-reach':
      return t`Single Number Reach`
    case '/when-someone-calls':
      return t`When someone calls you`
    case '/pin-and-password':
      return t`PIN and password`
    case '/directory':
      return t`Directory`
    case '/conference-now':
      return t`Conference Now`
    default:
      return page.name
  }
}
