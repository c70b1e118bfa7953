/** What one page of directory results amounts to (pure): none, past the end, or rows from–to of pages. */
import type { DirectoryPage } from '../../api/users/users.ts'

export type PageView =
  | { kind: 'none' }
  | { kind: 'pastEnd' }
  | { kind: 'rows'; from: number; to: number; pages: number; tooMany: boolean }

export function describePage(result: DirectoryPage, page: number, size: number, limit: number): PageView {
  if (result.total === 0) return { kind: 'none' }
  if (result.entries.length === 0) return { kind: 'pastEnd' }
  const from = result.start + 1
  return {
    kind: 'rows',
    from,
    to: result.start + result.entries.length,
    pages: Math.max(page, Math.ceil(result.total / size)),
    tooMany: result.total > limit,
  }
}
