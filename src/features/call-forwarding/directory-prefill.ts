import { useEffect, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { useSearchParams } from 'react-router'
import type { ForwardingValues } from './forwarding-rules.ts'

/**
 * `?to=&name=`: a number chosen in the directory ("Forward my calls here"), filled in as a change the
 * user still has to save (so leaving asks first). Read once, when the form opens; only the characters
 * a number may hold are kept.
 */
export function useDirectoryPrefill(form: UseFormReturn<ForwardingValues>) {
  const [params] = useSearchParams()
  const [prefill] = useState(() => ({
    to: (params.get('to') ?? '').replace(/[^\d+*#]/g, '').slice(0, 50),
    name: (params.get('name') ?? '').slice(0, 100),
  }))
  useEffect(() => {
    if (!prefill.to) return
    form.setValue('where', 'number', { shouldDirty: true })
    form.setValue('number', prefill.to, { shouldDirty: true })
  }, [form, prefill])
  return prefill
}
