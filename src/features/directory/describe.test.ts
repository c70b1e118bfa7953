import { describe, expect, it } from 'vitest'
import type { DirectoryPage } from '../../api/users/users.ts'
import { describePage } from './describe.ts'
import { pageFromUrl } from './directory-view.tsx'

const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ userId: `u${i}` })) as DirectoryPage['entries']

describe('describePage: what a page of results amounts to', () => {
  it('none, rows, the last short page, and past the end', () => {
    expect(describePage({ entries: [], start: 0, total: 0 }, 1, 20, 64)).toEqual({ kind: 'none' })
    expect(describePage({ entries: people(20), start: 20, total: 57 }, 2, 20, 64)).toEqual({
      kind: 'rows',
      from: 21,
      to: 40,
      pages: 3,
      tooMany: false,
    })
    expect(describePage({ entries: people(17), start: 40, total: 57 }, 3, 20, 64)).toMatchObject({
      from: 41,
      to: 57,
      pages: 3,
    })
    expect(describePage({ entries: [], start: 80, total: 57 }, 5, 20, 64)).toEqual({ kind: 'pastEnd' })
  })

  it('more matches than the server returns in one search: said, and paging still reaches them', () => {
    expect(describePage({ entries: people(20), start: 0, total: 130 }, 1, 20, 64)).toMatchObject({
      pages: 7,
      tooMany: true,
    })
  })

  it('reads the page from the URL: whole numbers from 1, anything else is page 1', () => {
    expect(['2', '1', '0', '-1', '1.5', 'x', '', null, '999999'].map((v) => pageFromUrl(v))).toEqual([
      2, 1, 1, 1, 1, 1, 1, 1, 1,
    ])
  })
})
