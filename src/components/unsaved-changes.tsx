import { useEffect } from 'react'
import { useBlocker } from 'react-router'
import { Button, ButtonGroup } from './button.tsx'
import { Dialog } from './dialog.tsx'
import { uiMessages } from './messages.ts'

interface GuardProps {
  when: boolean
  /** The whole sentence the dialog says ("You haven't saved your profile changes. If you leave …"). */
  message?: string
  /** A path whose sub-pages share the draft (a form and its schedule step): moving among them is not leaving. */
  within?: string
  /** Runs when the user chooses to leave (e.g. to forget a stored draft). */
  onLeave?: () => void
}

/**
 * Guards unsaved work: in-app navigation asks in a dialog; reload or close uses the browser's own
 * prompt. `when` is true while the draft differs from the server. `within` (a path such as
 * "/speed-dials") keeps moves between a page's own sub-pages (list ⇄ add/edit) from asking: only
 * leaving that path does. `onLeave` runs when the user chooses to leave (e.g. to forget a stored draft).
 *
 * The router keeps one navigation blocker (the last one registered wins), and a page may hold two
 * forms (Call forwarding: forward-all and the busy rules): a guard only registers its blocker while
 * its form is dirty, so a clean form's guard can never cancel a dirty one's.
 */
export function UnsavedChangesGuard(props: GuardProps) {
  return props.when ? <DirtyGuard {...props} /> : null
}

function DirtyGuard({ message = uiMessages.notSaved, within, onLeave }: GuardProps) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname &&
      !(within && (nextLocation.pathname === within || nextLocation.pathname.startsWith(`${within}/`))),
  )
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [])
  const open = blocker.state === 'blocked'
  return (
    <Dialog open={open} title={uiMessages.leaveTitle} onCancel={() => blocker.reset?.()} role="alertdialog">
      <p>{message}</p>
      <ButtonGroup>
        <Button variant="primary" onClick={() => blocker.reset?.()}>
          {uiMessages.stay}
        </Button>
        <Button
          variant="warning"
          onClick={() => {
            onLeave?.()
            blocker.proceed?.()
          }}
        >
          {uiMessages.leave}
        </Button>
      </ButtonGroup>
    </Dialog>
  )
}
