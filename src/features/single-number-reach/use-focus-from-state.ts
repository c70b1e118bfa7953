import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { focusField } from '../../components/error-summary.tsx'

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
