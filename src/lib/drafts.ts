/**
 * Form drafts kept per tab (sessionStorage), so a reload or a session expiry loses nothing the user
 * typed. Never secrets: PIN and password forms do not use this. Cleared on save and on sign-out.
 */
import { useEffect, useRef } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'

const PREFIX = 'draft:'

function storage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

export function draftKey(userId: string, name: string) {
  return `${PREFIX}${userId}:${name}`
}

export function readDraft<T>(key: string): T | undefined {
  const raw = storage()?.getItem(key)
  if (!raw) return undefined
  try {
    return JSON.parse(raw) as T
  } catch {
    return undefined
  }
}

export function writeDraft(key: string, value: unknown) {
  try {
    storage()?.setItem(key, JSON.stringify(value))
  } catch {
    // Storage full or blocked: the draft still lives in the form.
  }
}

export function clearDraft(key: string) {
  storage()?.removeItem(key)
}

export function clearAllDrafts() {
  const s = storage()
  if (!s) return
  for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key)
}

/**
 * Restores a saved draft into the form once (keeping the server values as defaults, so the form is
 * dirty) and saves every change while the form differs from them.
 */
export function useFormDraft<T extends FieldValues>(form: UseFormReturn<T>, key: string) {
  const restored = useRef(false)
  useEffect(() => {
    if (restored.current) return
    restored.current = true
    const draft = readDraft<T>(key)
    if (draft) form.reset(draft, { keepDefaultValues: true })
  }, [form, key])
  useEffect(
    () =>
      // subscribe() hands over the defaults as they are at this change: during reset() the values are
      // announced before formState.defaultValues catches up, which would save the just-reset values again.
      form.subscribe({
        formState: { values: true },
        callback: ({ values, defaultValues }) => {
          if (JSON.stringify(values) !== JSON.stringify(defaultValues)) writeDraft(key, values)
          else clearDraft(key)
        },
      }),
    [form, key],
  )
}
