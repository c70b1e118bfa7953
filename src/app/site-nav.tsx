import { NavLink } from 'react-router'
import { useNavFacts } from './nav-facts.ts'
import { NAV_GROUPS, pages, type NavFacts, type PageRoute } from './routes.ts'
import './site-nav.css'
import { shellMessages as m } from './shell-messages.ts'
import { pageTitle } from './page-names.ts'

const navGroups = (known: NavFacts) =>
  NAV_GROUPS.map((group) => ({
    group,
    heading: m.navGroup(group),
    id: `nav-${group}`,
    pages: pages.filter((page) => page.group === group && (page.offered?.(known) ?? true)),
  })).filter((group) => group.pages.length > 0)

/**
 * Every page, in plain groups ("Your calls", "Your phones", "Your account"): a side navigation on wide
 * screens with every link visible, and the "Menu" disclosure's content on a phone. The current page
 * has aria-current="page" (NavLink). Pointing at a link or focusing it prefetches that page.
 */
export function SiteNav({
  open,
  onPrefetch,
  onNavigate,
}: {
  open: boolean
  onPrefetch: (page: PageRoute) => void
  onNavigate: () => void
}) {
  const groups = navGroups(useNavFacts())
  return (
    <nav id="site-nav" aria-label={m.navLabel} className={`nav${open ? ' nav--open' : ''}`}>
      {groups.map((group) => (
        <div key={group.group} className="nav-group">
          <p id={group.id} className="nav-heading">
            {group.heading}
          </p>
          <ul className="nav-list" aria-labelledby={group.id}>
            {group.pages.map((page) => (
              <li key={page.path}>
                <NavLink
                  to={page.path}
                  className="nav-link"
                  onMouseEnter={() => onPrefetch(page)}
                  onFocus={() => onPrefetch(page)}
                  onClick={onNavigate}
                >
                  {pageTitle(page)}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  )
}
