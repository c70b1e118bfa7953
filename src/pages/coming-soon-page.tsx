import { useLocation } from 'react-router'
import { Page } from '../components/page.tsx'
import { pages } from '../app/routes.ts'

/** A page that is not built yet says what is coming, instead of a dead link. */
export function Component() {
  const location = useLocation()
  const page = pages.find((p) => location.pathname.startsWith(p.path))
  const name = page?.name ?? 'This page'
  return (
    <Page title={name}>
      <p>You'll soon be able to change this setting here.</p>
      <p>Until then, your helpdesk can change it for you.</p>
    </Page>
  )
}
