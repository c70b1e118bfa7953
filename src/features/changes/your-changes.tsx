import { lazy, Suspense, useState } from 'react'
import { Button } from '../../components/button.tsx'
import { Dialog } from '../../components/dialog.tsx'
import { Spinner } from '../../components/notices.tsx'
import { useChanges } from '../../lib/change-log.ts'
import { changesMessages as m } from './messages.ts'
import './your-changes.css'

const loadList = () => import('./changes-list.tsx')
const ChangesList = lazy(() => loadList().then((module) => ({ default: module.ChangesList })))

/**
 * The header's "Your changes (3)" button (shown once there is a change) and the panel it opens: the
 * session's changes, newest first, each with Undo.
 */
export function YourChanges({ userId }: { userId: string }) {
  const changes = useChanges(userId)
  const [open, setOpen] = useState(false)
  if (changes.length === 0 && !open) return null
  return (
    <>
      <button
        type="button"
        className="button button--header your-changes-button"
        aria-haspopup="dialog"
        onPointerEnter={() => void loadList()}
        onFocus={() => void loadList()}
        onClick={() => setOpen(true)}
      >
        {m.button(changes.length)}
      </button>
      <Dialog open={open} title={m.title} onCancel={() => setOpen(false)}>
        <div className="your-changes">
          <p className="your-changes-lede">{m.lede}</p>
          <Suspense fallback={<Spinner />}>
            <ChangesList userId={userId} changes={changes} />
          </Suspense>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {m.close}
          </Button>
        </div>
      </Dialog>
    </>
  )
}
