import { useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import './fields.css'
import './button.css'

interface FieldBase {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  /** Visually sized for its content (GOV.UK): 'short' for PINs, 'phone' for numbers. */
  width?: 'short' | 'phone' | 'medium' | 'full'
}

function describedBy(id: string, hint?: ReactNode, error?: string, extra?: string) {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined
  )
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={`${id}-hint`} className="field-hint">
      {children}
    </div>
  )
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={`${id}-error`} className="field-error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  )
}

type TextFieldProps = FieldBase & {
  registration: UseFormRegisterReturn
  after?: ReactNode
} & Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'type' | 'inputMode' | 'autoComplete' | 'spellCheck' | 'autoCapitalize' | 'readOnly'
  >

export function TextField({
  id,
  label,
  hint,
  error,
  width = 'medium',
  registration,
  after,
  type = 'text',
  ...input
}: TextFieldProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} message={error} />
      <input
        id={id}
        type={type}
        className={`input input--${width}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        spellCheck={input.spellCheck ?? false}
        {...input}
        {...registration}
      />
      {after}
    </div>
  )
}

type PasswordFieldProps = FieldBase & {
  registration: UseFormRegisterReturn
  autoComplete: 'current-password' | 'new-password'
  numeric?: boolean
  /** What the Show button reveals, for its announcement ("password", "PIN"). */
  noun?: string
  children?: ReactNode
}

/** A masked field with a Show/Hide toggle that is announced ("Your PIN is visible"). */
export function PasswordField({
  id,
  label,
  hint,
  error,
  width = 'medium',
  registration,
  autoComplete,
  numeric,
  noun = 'password',
  children,
}: PasswordFieldProps) {
  const [visible, setVisible] = useState(false)
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      {children}
      <FieldError id={id} message={error} />
      <div className="password-input">
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          className={`input input--${width}`}
          autoComplete={autoComplete}
          inputMode={numeric ? 'numeric' : undefined}
          spellCheck={false}
          autoCapitalize="none"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error, children ? `${id}-rules` : undefined)}
          {...registration}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          aria-controls={id}
          aria-label={`${visible ? 'Hide' : 'Show'} ${typeof label === 'string' ? label.toLowerCase() : noun}`}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
        <span className="visually-hidden" aria-live="polite">
          {visible ? `Your ${noun} is visible` : ''}
        </span>
      </div>
    </div>
  )
}

export interface RadioOption {
  value: string
  label: ReactNode
  hint?: ReactNode
  /** Shown under the option while it is selected (one simple question only). */
  reveal?: ReactNode
}

interface RadioGroupProps {
  /** The id of the first radio, for error summary links. */
  id: string
  legend: ReactNode
  legendAsHeading?: boolean
  hint?: ReactNode
  error?: string
  options: RadioOption[]
  registration: UseFormRegisterReturn
  value: string | undefined
}

export function RadioGroup({
  id,
  legend,
  legendAsHeading,
  hint,
  error,
  options,
  registration,
  value,
}: RadioGroupProps) {
  const groupId = useId()
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(groupId, hint, error)}>
        <legend className={legendAsHeading ? 'fieldset-legend fieldset-legend--heading' : 'fieldset-legend'}>
          {legend}
        </legend>
        {hint && <FieldHint id={groupId}>{hint}</FieldHint>}
        <FieldError id={groupId} message={error} />
        <div className="radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`
            return (
              <div className="radio" key={option.value}>
                <input
                  id={optionId}
                  type="radio"
                  value={option.value}
                  className="radio-input"
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  {...registration}
                />
                <label htmlFor={optionId} className="radio-label">
                  {option.label}
                </label>
                {option.hint && (
                  <div id={`${optionId}-hint`} className="field-hint radio-hint">
                    {option.hint}
                  </div>
                )}
                {option.reveal && value === option.value && (
                  <div className="radio-reveal">{option.reveal}</div>
                )}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

type SelectFieldProps = FieldBase & {
  registration: UseFormRegisterReturn
  children: ReactNode
} & Pick<SelectHTMLAttributes<HTMLSelectElement>, 'disabled'>

export function SelectField({
  id,
  label,
  hint,
  error,
  width = 'medium',
  registration,
  children,
  ...rest
}: SelectFieldProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} message={error} />
      <select
        id={id}
        className={`select input--${width}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
        {...registration}
      >
        {children}
      </select>
    </div>
  )
}
