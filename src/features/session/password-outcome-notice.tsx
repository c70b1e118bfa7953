import { useState } from 'react'
import { Button } from '../../components/button.tsx'
import { useSession } from '../../lib/session-hooks.ts'
import { sessionMessages as m } from './messages.ts'

/**
 * After a password change whose answer never came, the session finds out which password the phone
 * system accepts (see api/session.ts). This says which, on every page, until the user dismisses it;
 * it changes if the change lands later.
 */
export function PasswordOutcomeNotice() {
  const { passwordOutcome, generation } = useSession()
  const [dismissed, setDismissed] = useState<string | null>(null)
  const key = `${generation}:${passwordOutcome}`
  if (!passwordOutcome || dismissed === key) return null
  return (
    <div className="notice notice--info password-outcome" role="status">
      <p>{passwordOutcome === 'new' ? m.passwordNowNew : m.passwordNowOld}</p>
      <Button variant="secondary" size="small" onClick={() => setDismissed(key)}>
        {m.dismiss}
      </Button>
    </div>
  )
}
