import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configureClient } from '../client.ts'
import * as gate from '../session-gate.ts'
import { planSearch } from './directory-query.ts'
import { resetDirectoryAuth, runSearch, searchDirectory } from './users.ts'

const EMPTY = '<users start="0" returnedCount="0" totalCount="0"/>'
const ONE = '<users start="0" returnedCount="1" totalCount="1"><user><userName>a</userName></user></users>'

let calls: Array<{ url: URL; auth: string | null }> = []
function answer(...bodies: Array<string | number>) {
  calls = []
  const queue = [...bodies]
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: URL, init: RequestInit) => {
      calls.push({ url: new URL(url), auth: (init.headers as Record<string, string>).Authorization ?? null })
      const next = queue.shift() ?? EMPTY
      return typeof next === 'number'
        ? new Response('no', { status: next })
        : new Response(next, { status: 200, headers: { 'Content-Type': 'application/xml' } })
    }),
  )
}

beforeEach(() => {
  configureClient({ udsBaseUrl: 'https://cucm.example.com/cucm-uds', cupiBaseUrl: null, timeoutMs: 5000 })
  resetDirectoryAuth()
  vi.spyOn(gate, 'acquire').mockResolvedValue({
    authorization: 'Basic ZGVtbzpkZW1v',
    gate: { name: 'portal' },
    signal: new AbortController().signal,
    probe: false,
  } as never)
  vi.spyOn(gate, 'settle').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('searchDirectory: credentials only when the server asks', () => {
  it('searches without credentials when the directory is public', async () => {
    answer(ONE)
    await searchDirectory({ name: 'a&b <c>', start: 0, max: 20 })
    expect(calls).toHaveLength(1)
    expect(calls[0]!.auth).toBeNull()
    expect(calls[0]!.url.search).toBe('?name=a%26b+%3Cc%3E&start=0&max=20')
  })

  it('a 401 to the anonymous search: once more with the session, and with it from then on', async () => {
    answer(401, ONE, ONE)
    expect((await searchDirectory({ name: 'ab' })).total).toBe(1)
    expect(calls.map((c) => c.auth)).toEqual([null, 'Basic ZGVtbzpkZW1v'])
    await searchDirectory({ name: 'cd' })
    expect(calls.map((c) => c.auth)).toEqual([null, 'Basic ZGVtbzpkZW1v', 'Basic ZGVtbzpkZW1v'])
  })

  it('other failures are not retried with credentials', async () => {
    answer(503)
    await expect(searchDirectory({ name: 'ab' })).rejects.toMatchObject({ kind: 'busy' })
    expect(calls).toHaveLength(1)
  })
})

describe('runSearch: a number nobody starts with is searched at the end of numbers', () => {
  it('falls back to numberlast on zero results', async () => {
    answer(EMPTY, ONE)
    const plan = planSearch('2000')
    if (!('params' in plan)) throw new Error('plan')
    const result = await runSearch(plan, 0, 20)
    expect(result.matched).toBe('numberlast')
    expect(calls.map((c) => c.url.searchParams.toString())).toEqual([
      'number=2000&start=0&max=20',
      'numberlast=2000&start=0&max=20',
    ])
  })

  it('one request when the start matches; names never fall back', async () => {
    answer(ONE)
    const plan = planSearch('dana')
    if (!('params' in plan)) throw new Error('plan')
    expect((await runSearch(plan, 20, 20)).matched).toBe('name')
    expect(calls).toHaveLength(1)
  })
})
