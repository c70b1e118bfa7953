import { useEffect } from 'react'
import { useBlocker } from 'react-router'
import { Button, ButtonGroup } from './button.tsx'
import { Dialog } from './dialog.tsx'

/**
 * Guards unsaved work: in-app navigation asks in a dialog; reload or close uses the browser's own
 * prompt. `when` is true while the draft differs from the server. `within` (a path such as
 * "/speed-dials") keeps moves between a page's own sub-pages (list ⇄ add/edit) from asking: only
 * leaving that path does. `onLeave` runs when the user chooses to leave (e.g. to forget a stored draft).
 */
export function UnsavedChangesGuard({
  when,
  what = 'your changes',
  within,
  onLeave,
}: {
  when: boolean
  what?: string
  /** A path whose sub-pages share the draft (a form and its schedule step): moving among them is not leaving. */
  within?: string
  /** Runs when the user chooses to leave (e.g. to forget a stored draft). */
  onLeave?: () => void
}) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when &&
      currentLocation.pathname !== nextLocation.pathname &&
      !(within && (nextLocation.pathname === within || nextLocation.pathname.startsWith(`${within}/`))),
  )
  useEffect(() => {
    if (!when) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [when])
  const open = blocker.state === 'blocked'
  return (
    <Dialog open={open} title="Leave without saving?" onCancel={() => blocker.reset?.()} role="alertdialog">
      <p>You haven't saved {what}. If you leave this page, they will be lost.</p>
      <ButtonGroup>
        <Button variant="primary" onClick={() => blocker.reset?.()}>
          Stay on this page
        </Button>
        <Button
          variant="warning"
          onClick={() => {
            onLeave?.()
            blocker.proceed?.()
          }}
        >
          Leave without saving
        </Button>
      </ButtonGroup>
    </Dialog>
  )
}
