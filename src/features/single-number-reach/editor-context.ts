import { createContext, useContext, useEffect, type ReactNode } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { useLocation, useNavigate } from 'react-router'
import type { RemoteDestination } from '../../api/remote-destinations/remote-destinations.ts'
import { focusField, type FieldProblem } from '../../components/error-summary.tsx'
import type { PhoneFormValues } from './phone-model.ts'
import type { SnrData } from './use-snr-data.ts'

export type Step = 'details' | 'schedule'

/** What both steps of the phone editor (details, schedule) work on: one form, one draft. */
export interface EditorContextValue {
  form: UseFormReturn<PhoneFormValues>
  data: SnrData
  phone: RemoteDestination | undefined
  /** `/single-number-reach/add` or `/single-number-reach/{id}`. */
  base: string
  submit: () => void
  saving: boolean
  /** The error summary's entries (links to fields on the other step navigate there). */
  problems: (step: Step) => FieldProblem[]
  /** A field-level refusal by the server (shown on the number field). */
  serverNumberError: string | null
  /** Save failures the user can't fix in a field, and the "nothing changed" note. */
  feedback: ReactNode
}

export const EditorContext = createContext<EditorContextValue | null>(null)

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext)
  if (!value) throw new Error('useEditor outside the phone editor')
  return value
}

/** On arriving from an error link on the other step: focus that field (after the page's h1). */
export function useFocusFromState() {
  const location = useLocation()
  const navigate = useNavigate()
  useEffect(() => {
    const target = (location.state as { focus?: string } | null)?.focus
    if (!target) return
    const timer = window.setTimeout(() => {
      focusField(target)
      navigate(location.pathname, { replace: true, state: null })
    }, 0)
    return () => window.clearTimeout(timer)
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
