import { Link } from 'react-router'
import { Page } from '../components/page.tsx'
import { Trans } from '@lingui/react/macro'
import { appMessages as m } from '../app/messages.ts'

export function NotFoundPage() {
  return (
    <Page title={m.notFoundTitle}>
      <p>{m.notFound}</p>
      <p>
        <Trans>
          <Link to="/profile">Go to your profile</Link> to see all your phone settings.
        </Trans>
      </p>
    </Page>
  )
}
