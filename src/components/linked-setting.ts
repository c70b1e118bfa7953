import { useEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'

/** How long a setting that renders only after its data arrives is waited for. */
const WAIT_MS = 15_000

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false

/**
 * Shows the setting a link named: scrolls to it, focuses it (a section or a row gets tabindex -1)
 * and highlights it briefly (page.css: an animation, or a still outline with reduced motion).
 */
export function showSetting(target: HTMLElement): void {
  target.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' })
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus({ preventScroll: true })
  target.classList.remove('setting-linked')
  // Restarts the animation when the same setting is linked again.
  void target.offsetWidth
  target.classList.add('setting-linked')
  const done = () => target.classList.remove('setting-linked')
  target.addEventListener('animationend', done, { once: true })
  target.addEventListener('blur', done, { once: true })
}

/**
 * A page opening (or its URL's fragment changing): focus the setting the fragment names
 * (`/call-forwarding#line-1002`), or else the page's heading. A setting that renders only once its
 * data arrives (a side read) is shown when it appears, unless the user has moved on meanwhile.
 */
export function useLinkedSetting(
  body: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
) {
  const { hash } = useLocation()
  const opened = useRef(false)
  useEffect(() => {
    const first = !opened.current
    opened.current = true
    let id = ''
    try {
      id = decodeURIComponent(hash.slice(1))
    } catch {
      id = ''
    }
    const find = () => {
      const target = id ? document.getElementById(id) : null
      return target && body.current?.contains(target) ? target : null
    }
    const target = find()
    if (target) return showSetting(target)
    if (first) heading.current?.focus()
    if (!id || !body.current) return
    const untouched = () =>
      document.activeElement === heading.current ||
      document.activeElement === document.body ||
      document.activeElement === null
    const observer = new MutationObserver(() => {
      const late = find()
      if (!late) return
      stop()
      if (untouched()) showSetting(late)
    })
    observer.observe(body.current, { childList: true, subtree: true })
    const timer = window.setTimeout(() => stop(), WAIT_MS)
    function stop() {
      observer.disconnect()
      window.clearTimeout(timer)
    }
    return stop
  }, [hash, body, heading])
}
