import { DirectoryView } from '../features/directory/directory-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

export function Component() {
  return <DirectoryView userId={useUserId()} />
}
