import { Link } from 'react-router'
import { Page } from '../components/page.tsx'

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>
        If you typed the web address, check it is correct. If you pasted it, check you copied the whole
        address.
      </p>
      <p>
        <Link to="/profile">Go to your profile</Link> to see all your phone settings.
      </p>
    </Page>
  )
}
