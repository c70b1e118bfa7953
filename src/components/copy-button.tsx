import { useState, type ReactNode } from 'react'
import { Button } from './button.tsx'
import { copyMessages as m } from './copy-messages.ts'
import { StatusMessage } from './notices.tsx'
import './copy-button.css'

interface CopyButtonProps {
  /** What to copy, or how to get it (read when clicked: the helpdesk summary may read settings first). */
  text: string | (() => Promise<string>)
  children: ReactNode
  /** Said when copied ("Summary copied"). */
  copied: string
  /** Said when the browser refused (what to do instead). */
  refused: string
  /** Says the outcome elsewhere (one status line for a list); without it, the button's own line. */
  onStatus?: (message: string, copied: boolean) => void
  /** Shown while `text` is being read. */
  pendingText?: string
  variant?: 'secondary' | 'link'
  size?: 'normal' | 'small'
}

/**
 * The portal's one "Copy …" button: copies to the clipboard and says what happened in a polite live
 * region ("Link copied"); when the browser refuses, it says so plainly with what to do instead.
 */
export function CopyButton({
  text,
  children,
  copied,
  refused,
  onStatus,
  pendingText,
  variant = 'secondary',
  size = 'normal',
}: CopyButtonProps) {
  const [status, setStatus] = useState<{ message: string; copied: boolean }>({ message: '', copied: true })
  const [pending, setPending] = useState(false)
  const say = (message: string, ok: boolean) =>
    onStatus ? onStatus(message, ok) : setStatus({ message, copied: ok })
  const copy = async () => {
    setPending(true)
    say('', true)
    try {
      await navigator.clipboard.writeText(typeof text === 'string' ? text : await text())
      say(copied, true)
    } catch {
      say(refused, false)
    } finally {
      setPending(false)
    }
  }
  return (
    <span className="copy-button">
      <Button
        variant={variant}
        size={size}
        pending={pending}
        pendingText={pendingText}
        onClick={() => void copy()}
      >
        {children}
      </Button>
      {!onStatus && (
        <span className={status.copied ? 'copy-status' : 'copy-status copy-status--refused'}>
          <StatusMessage message={status.message} visible />
        </span>
      )}
    </span>
  )
}

/** The address of one setting on this page: the page's URL with the setting's id as its fragment. */
export function settingUrl(id: string): string {
  const { origin, pathname, search } = window.location
  return `${origin}${pathname}${search}#${encodeURIComponent(id)}`
}

/** "Link to this setting": copies the URL that opens this page at the setting `id` names. */
export function LinkToSetting({ id, what }: { id: string; what: string }) {
  return (
    <span className="link-to-setting">
      <CopyButton
        text={() => Promise.resolve(settingUrl(id))}
        copied={m.linkCopied}
        refused={m.linkRefused(settingUrl(id))}
        variant="link"
        size="small"
      >
        {m.linkTo}
        <span className="visually-hidden">{m.linkToWhat(what)}</span>
      </CopyButton>
    </span>
  )
}
