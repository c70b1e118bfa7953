import { HelpdeskActions } from '../features/helpdesk/helpdesk-actions.tsx'
import { ProfileView } from '../features/profile/profile-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

export function Component() {
  const userId = useUserId()
  return <ProfileView userId={userId} helpdesk={<HelpdeskActions userId={userId} />} />
}
