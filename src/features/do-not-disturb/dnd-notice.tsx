import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { userQueries } from '../../queries/user.ts'
import { Button } from '../../components/button.tsx'
import { changeFailedSentence } from '../../components/problem.tsx'
import { dndMessages as m } from './messages.ts'
import { useDndToggle } from './use-dnd-toggle.ts'
import './dnd-notice.css'

/**
 * Shown in the same place on every page while do not disturb is on, with "Turn off". It reads the
 * cached user, which the DND switch and this button update from the server's answer.
 */
export function DndNotice({ userId }: { userId: string }) {
  const { data: user } = useQuery(userQueries.detail(userId))
  const toggle = useDndToggle(userId)
  const location = useLocation()
  const [turnedOffHere, setTurnedOffHere] = useState<string | null>(null)
  const confirmation = useRef<HTMLDivElement>(null)

  // The confirmation belongs to the page where the button was pressed.
  const showConfirmation = turnedOffHere === location.pathname && user?.doNotDisturb === false
  useEffect(() => {
    if (showConfirmation) confirmation.current?.focus()
  }, [showConfirmation])

  if (!user) return null
  if (showConfirmation) {
    return (
      <div className="strip dnd-notice dnd-notice--off" role="status" tabIndex={-1} ref={confirmation}>
        {m.turnedOff}
      </div>
    )
  }
  if (!user.doNotDisturb) return null
  return (
    <div className="strip dnd-notice">
      <span className="dnd-notice-text">{m.notice}</span>
      {user.homeCluster && (
        <Button
          variant="secondary"
          size="small"
          pending={toggle.pending}
          pendingText={m.turningOff}
          onClick={() => toggle.set(false, (on) => !on && setTurnedOffHere(location.pathname))}
        >
          {m.turnOff}
        </Button>
      )}
      {toggle.error && !toggle.pending && (
        <p className="dnd-notice-error" role="alert">
          {changeFailedSentence(toggle.error, m.notTurned(false), m.maybeTurned(false))}
        </p>
      )}
    </div>
  )
}
