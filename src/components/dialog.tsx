import { useEffect, useId, useRef, type ReactNode } from 'react'
import './dialog.css'

interface DialogProps {
  open: boolean
  title: ReactNode
  children: ReactNode
  /** Escape or the browser closing the dialog; omit to make it impossible to dismiss. */
  onCancel?: () => void
  /** alertdialog for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog'
  /** Focus this element id on open (default: the heading). */
  initialFocusId?: string
  /** The heading's id, for a dialog that moves focus back to it (default: a unique one). */
  titleId?: string
}

/** A modal over the page (native <dialog>: focus is trapped and the page behind is inert). */
export function Dialog({
  open,
  title,
  children,
  onCancel,
  role = 'dialog',
  initialFocusId,
  titleId: givenTitleId,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  // Unique per dialog: two can be open at once (a confirmation, then the re-sign-in over it).
  const ownTitleId = useId()
  const titleId = givenTitleId ?? ownTitleId
  const returnFocus = useRef<Element | null>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement
      dialog.showModal()
      const target = (initialFocusId && document.getElementById(initialFocusId)) || dialog.querySelector('h2')
      ;(target as HTMLElement | null)?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
      if (returnFocus.current instanceof HTMLElement && returnFocus.current.isConnected)
        returnFocus.current.focus()
    }
  }, [open, initialFocusId])
  return (
    <dialog
      ref={ref}
      className="dialog"
      role={role}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault()
        onCancel?.()
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog-title" tabIndex={-1}>
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  )
}
