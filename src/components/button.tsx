import type { ButtonHTMLAttributes, ReactNode } from 'react'
import './spinner.css'
import './button.css'

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  variant?: 'primary' | 'secondary' | 'warning' | 'link'
  size?: 'normal' | 'small'
  /** While true the button says `pendingText`, stays focusable (aria-disabled) and ignores clicks. */
  pending?: boolean
  pendingText?: ReactNode
}

/** Never disabled (GOV.UK, Primer): repeat clicks while saving are ignored instead. */
export function Button({
  variant = 'primary',
  size = 'normal',
  pending = false,
  pendingText,
  type = 'button',
  onClick,
  children,
  className,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={['button', `button--${variant}`, size === 'small' ? 'button--small' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-disabled={pending || undefined}
      data-pending={pending || undefined}
      onClick={(event) => {
        if (pending) {
          event.preventDefault()
          return
        }
        onClick?.(event)
      }}
      {...rest}
    >
      {pending && <span className="spinner" aria-hidden="true" />}
      {pending ? (pendingText ?? children) : children}
    </button>
  )
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="button-group">{children}</div>
}

interface ConfirmChoiceProps {
  /** What the user confirms ("Remove", "Stop ringing"), and how it looks. */
  confirm: ReactNode
  variant?: 'primary' | 'warning'
  pending: boolean
  pendingText: ReactNode
  onConfirm: () => void
  cancel: ReactNode
  onCancel: () => void
  /** Why the last attempt failed, in words; shown above the buttons. */
  problem?: ReactNode
}

/** A dialog's closing question: what went wrong last time (if anything), then confirm or cancel. */
export function ConfirmChoice({
  confirm,
  variant = 'warning',
  pending,
  pendingText,
  onConfirm,
  cancel,
  onCancel,
  problem,
}: ConfirmChoiceProps) {
  return (
    <>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <ButtonGroup>
        <Button variant={variant} pending={pending} pendingText={pendingText} onClick={onConfirm}>
          {confirm}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {cancel}
        </Button>
      </ButtonGroup>
    </>
  )
}
