import type { ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import '../../components/fields.css'
import './single-number-reach.css'

/** One checkbox with its label and hint (a choice that waits for Save, unlike a switch). */
export function CheckboxField({
  id,
  label,
  hint,
  registration,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  registration: UseFormRegisterReturn
}) {
  return (
    <div className="snr-checkbox">
      <input
        id={id}
        type="checkbox"
        className="snr-checkbox-input"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...registration}
      />
      <label htmlFor={id} className="snr-checkbox-label">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="field-hint snr-checkbox-hint">
          {hint}
        </div>
      )}
    </div>
  )
}
