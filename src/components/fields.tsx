import { useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import './fields.css'
import './button.css'
import { uiMessages } from './messages.ts'

interface FieldBase {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  /** Visually sized for its content (GOV.UK): 'short' for PINs, 'phone' for numbers. */
  width?: 'short' | 'phone' | 'medium' | 'full'
}

type FieldProps = Omit<FieldBase, 'width'> & {
  /** Shown between the hint and the error (a rules checklist); its element's id describes the control too. */
  guidance?: ReactNode
  guidanceId?: string
  /** A group of controls (radios, days): a fieldset, described as a whole, with the label as legend. */
  legend?: 'plain' | 'heading'
  /** The control(s), given what describes them (the hint, the error, the guidance). */
  children: ReactNode | ((describedBy: string | undefined) => ReactNode)
}

/**
 * The frame every question shares: the label (or legend), the hint, the error (with the red bar), and
 * the ids that tie them to the control through aria-describedby.
 */
export function Field({ id, label, hint, error, guidance, guidanceId, legend, children }: FieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', guidance ? (guidanceId ?? '') : '']
      .filter(Boolean)
      .join(' ') || undefined
  const body = (
    <>
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      {guidance}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{uiMessages.errorPrefix} </span>
          {error}
        </p>
      )}
      {typeof children === 'function' ? children(legend ? undefined : describedBy) : children}
    </>
  )
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      {legend ? (
        <fieldset className="fieldset" aria-describedby={describedBy}>
          <legend className={`fieldset-legend${legend === 'heading' ? ' fieldset-legend--heading' : ''}`}>
            {label}
          </legend>
          {body}
        </fieldset>
      ) : (
        <>
          <label htmlFor={id} className="field-label">
            {label}
          </label>
          {body}
        </>
      )}
    </div>
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
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <>
          <input
            id={id}
            type={type}
            className={`input input--${width}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            spellCheck={input.spellCheck ?? false}
            {...input}
            {...registration}
          />
          {after}
        </>
      )}
    </Field>
  )
}

type PasswordFieldProps = FieldBase & {
  registration: UseFormRegisterReturn
  autoComplete: 'current-password' | 'new-password'
  numeric?: boolean
  /** What the Show button reveals, for its announcement ("Your PIN is visible"). */
  noun?: 'PIN' | 'password'
  /** The rules (shown above the input, which they describe as `${id}-rules`). */
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
    <Field id={id} label={label} hint={hint} error={error} guidance={children} guidanceId={`${id}-rules`}>
      {(describedBy) => (
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
            aria-describedby={describedBy}
            {...registration}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            aria-controls={id}
            aria-label={(visible ? uiMessages.hide : uiMessages.show)(
              typeof label === 'string' ? label : noun === 'PIN' ? uiMessages.pin : uiMessages.password,
            )}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? uiMessages.hideButton : uiMessages.showButton}
          </button>
          <span className="visually-hidden" aria-live="polite">
            {visible ? (noun === 'PIN' ? uiMessages.pinVisible : uiMessages.passwordVisible) : ''}
          </span>
        </div>
      )}
    </Field>
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
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          className={`select input--${width}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...rest}
          {...registration}
        >
          {children}
        </select>
      )}
    </Field>
  )
}

interface ChoiceProps {
  id: string
  type: 'radio' | 'checkbox'
  label: ReactNode
  hint?: ReactNode
  registration: UseFormRegisterReturn
  value?: string
  /** Under the choice (a radio's follow-up question). */
  children?: ReactNode
}

/** One radio or checkbox: the box, then its label and hint beside it. */
function Choice({ id, type, label, hint, registration, value, children }: ChoiceProps) {
  return (
    <div className={`choice choice--${type}`}>
      <input
        id={id}
        type={type}
        value={value}
        className="choice-input"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...registration}
      />
      <label htmlFor={id} className="choice-label">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="field-hint choice-hint">
          {hint}
        </div>
      )}
      {children}
    </div>
  )
}

/** One checkbox with its label and hint (a choice that waits for Save, unlike a switch). */
export function CheckboxField(props: Omit<ChoiceProps, 'type' | 'value' | 'children'>) {
  return <Choice type="checkbox" {...props} />
}

export interface RadioOption {
  value: string
  label: ReactNode
  hint?: ReactNode
  reveal?: ReactNode // shown under the option while it is selected (one simple question only)
  id?: string // its own id, for links to one setting (not the first option's: that is the group's)
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
    <Field
      id={groupId}
      label={legend}
      legend={legendAsHeading ? 'heading' : 'plain'}
      hint={hint}
      error={error}
    >
      <div className="radios">
        {options.map((option, index) => (
          <Choice
            key={option.value}
            id={index === 0 ? id : (option.id ?? `${id}-${index}`)}
            type="radio"
            value={option.value}
            label={option.label}
            hint={option.hint}
            registration={registration}
          >
            {option.reveal && value === option.value && <div className="radio-reveal">{option.reveal}</div>}
          </Choice>
        ))}
      </div>
    </Field>
  )
}
