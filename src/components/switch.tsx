import { useId, type ReactNode } from 'react'
import './spinner.css'
import './fields.css'
import './switch.css'
import { uiMessages } from './messages.ts'

interface SwitchProps {
  /** Names the setting, not its state ("Do not disturb"). */
  label: ReactNode
  /** Accessible name when it must include more than the visible label ("Ring this phone: Mobile"). */
  ariaLabel?: string
  checked: boolean
  /** While saving: the switch keeps its old state and shows `pendingText` ("Turning on…"). */
  pending?: boolean
  pendingText?: string
  description?: ReactNode
  error?: ReactNode
  onToggle: (next: boolean) => void
  id?: string
  readOnly?: boolean
}

/**
 * A switch that saves at once (Primer, Momentum): a native checkbox with role="switch", visible
 * On/Off text, and no flip until the server agrees (the parent passes the server's state).
 */
export function Switch({
  label,
  ariaLabel,
  checked,
  pending = false,
  pendingText,
  description,
  error,
  onToggle,
  id,
  readOnly = false,
}: SwitchProps) {
  const autoId = useId()
  const inputId = id ?? autoId
  const described = [
    description ? `${inputId}-desc` : '',
    error ? `${inputId}-error` : '',
    `${inputId}-state`,
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`switch-row${pending ? ' switch-row--pending' : ''}`}>
      <div className="switch-control">
        <input
          id={inputId}
          type="checkbox"
          role="switch"
          className="switch-input"
          checked={checked}
          aria-label={ariaLabel}
          aria-busy={pending || undefined}
          aria-readonly={readOnly || undefined}
          aria-describedby={described}
          onChange={(event) => {
            if (pending || readOnly) {
              event.preventDefault()
              return
            }
            onToggle(event.target.checked)
          }}
        />
        <label htmlFor={inputId} className="switch-label">
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          <span className="switch-text">{label}</span>
        </label>
        <span id={`${inputId}-state`} className="switch-state" aria-hidden={pending ? undefined : true}>
          {pending ? (
            <>
              <span className="spinner" aria-hidden="true" /> {pendingText}
            </>
          ) : checked ? (
            uiMessages.on
          ) : (
            uiMessages.off
          )}
        </span>
      </div>
      {description && (
        <p id={`${inputId}-desc`} className="field-hint">
          {description}
        </p>
      )}
      {error && (
        <div id={`${inputId}-error`} className="field-error">
          {error}
        </div>
      )}
    </div>
  )
}
