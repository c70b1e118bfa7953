/**
 * The helpdesk codes shown in this session ("SD-BUSY-503"), with when each was shown, newest last:
 * the helpdesk summary lists the last five. In memory only (gone at reload or sign-out), and never
 * more than a handful, so nothing personal piles up.
 */
export interface ShownProblem {
  code: string
  at: Date
}

const KEEP = 5
let shown: ShownProblem[] = []

/** Records a code shown for a problem that happened `at` (the same problem shown again counts once). */
export function recordProblem(code: string, at = new Date()): void {
  const same = (p: ShownProblem) => p.code === code && p.at.getTime() === at.getTime()
  shown = [...shown.filter((p) => !same(p)), { code, at }].slice(-KEEP)
}

/** The last five codes shown, oldest first. */
export function shownProblems(): readonly ShownProblem[] {
  return shown
}

/** Forgets them (sign-out). */
export function clearProblems(): void {
  shown = []
}
