import { useRef, useState } from 'react'
import type { ApiError } from '../../api/api-error.ts'
import { useUpdateUser } from '../../queries/user.ts'

/**
 * Turns do not disturb on or off at once (a user-level PUT). The state shown stays the server's: the
 * caller renders `user.doNotDisturb`, which only changes when the answer arrives. A failure is kept
 * until the next attempt; nothing is retried automatically.
 */
export function useDndToggle(userId: string) {
  const update = useUpdateUser(userId)
  const [target, setTarget] = useState<boolean | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [confirmed, setConfirmed] = useState<boolean | null>(null)
  // Set synchronously: a second click before React re-renders the pending state sends nothing.
  const busy = useRef(false)

  const set = (on: boolean, onDone?: (on: boolean) => void) => {
    if (busy.current) return
    busy.current = true
    setTarget(on)
    setError(null)
    setConfirmed(null)
    update.mutate(
      { doNotDisturb: on },
      {
        onSuccess: (user) => {
          setConfirmed(user.doNotDisturb)
          onDone?.(user.doNotDisturb)
        },
        onError: (e) => setError(e),
        onSettled: () => {
          busy.current = false
        },
      },
    )
  }

  return {
    set,
    pending: update.isPending,
    /** What the running (or last failed) request asked for. */
    target,
    error,
    /** The server's answer to the last successful request. */
    confirmed,
  }
}
