/**
 * In-page instruments for the benchmark, installed before the portal's own scripts run: Chromium's
 * performance observers (LCP, layout shifts, long tasks, soft navigations and their contentful
 * paints) and a watcher that notes the moment a page becomes usable. Plain JavaScript text, so that
 * nothing from the Node side's compiler ends up in the page.
 */
import type { Page } from '@playwright/test'

const PROBES = String.raw`(() => {
  const b = (window.__bench = { clicks: [], lcp: [], shifts: [], longtasks: [], soft: [], icp: [], usable: null })
  addEventListener('click', (e) => b.clicks.push(e.timeStamp), true)
  const observe = (type, into) => {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) into(e)
      }).observe({ type, buffered: true })
    } catch {}
  }
  observe('largest-contentful-paint', (e) => b.lcp.push({ t: e.startTime, size: e.size }))
  observe('layout-shift', (e) => b.shifts.push({ t: e.startTime, value: e.value, recent: e.hadRecentInput }))
  observe('longtask', (e) => b.longtasks.push({ t: e.startTime, d: e.duration }))
  observe('soft-navigation', (e) => b.soft.push({ t: e.startTime, name: e.name, id: e.navigationId }))
  // Contentful paints after an interaction that led to a soft navigation (SPA route change):
  // t is when the largest one so far was presented.
  observe('interaction-contentful-paint', (e) =>
    b.icp.push({
      t: e.largestContentfulPaint ? e.largestContentfulPaint.startTime : e.startTime + e.duration,
      size: e.largestContentfulPaint ? e.largestContentfulPaint.size : 0,
      id: e.navigationId,
    }),
  )
  // Usable: the page's h1 reads as expected and nothing in <main> is loading.
  window.__benchWatch = (name) => {
    b.usable = null
    const check = () => {
      if (b.usable !== null) return
      const h1 = document.querySelector('main h1')
      if (h1 && h1.textContent.trim() === name && !document.querySelector('main .loading')) {
        b.usable = performance.now()
        observer.disconnect()
      }
    }
    const observer = new MutationObserver(check)
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
    check()
  }
})()`

export interface BenchState {
  clicks: number[]
  lcp: Array<{ t: number; size: number }>
  shifts: Array<{ t: number; value: number; recent: boolean }>
  longtasks: Array<{ t: number; d: number }>
  soft: Array<{ t: number; name: string; id: string }>
  icp: Array<{ t: number; size: number; id: string }>
  usable: number | null
}

export async function installProbes(page: Page) {
  await page.addInitScript({ content: PROBES })
}

/** Arms the usable-watcher for a page name; call before the click that leads there. */
export async function watchUsable(page: Page, name: string) {
  await page.evaluate(`window.__benchWatch(${JSON.stringify(name)})`)
}

export async function benchState(page: Page): Promise<BenchState> {
  return (await page.evaluate('window.__bench')) as BenchState
}

export async function waitUntilUsable(page: Page) {
  // A function, not a string: the portal's CSP forbids eval in the page.
  await page.waitForFunction(
    () => (window as unknown as { __bench: BenchState }).__bench.usable !== null,
    undefined,
    {
      timeout: 30_000,
    },
  )
}

/** Waits until the armed watcher saw the page usable; returns ms from the last click to then. */
export async function msFromClickToUsable(page: Page): Promise<number> {
  await waitUntilUsable(page)
  const state = await benchState(page)
  const click = state.clicks.at(-1)
  if (click === undefined || state.usable === null) throw new Error('No click recorded')
  return state.usable - click
}
