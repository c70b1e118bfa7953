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
