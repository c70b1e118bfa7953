import { ProfileView } from '../features/profile/profile-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

export function Component() {
  return <ProfileView userId={useUserId()} />
}
