import { describe, expect, it } from 'vitest'
import {
  duplicates,
  getsAfterPut,
  lateReads,
  lineDetailsAfterList,
  markPreflights,
  roundTrips,
  splitSignIn,
  type ObservedRequest,
} from './requests.ts'

const req = (
  method: string,
  path: string,
  start: number,
  end: number | null,
  extra: Partial<ObservedRequest> = {},
) => ({ method, path, start, end, ...extra }) satisfies ObservedRequest

describe('duplicates', () => {
  it('flags the same method and URL twice, not preflights or other methods', () => {
    expect(
      duplicates([
        { method: 'GET', path: '/u' },
        { method: 'OPTIONS', path: '/u', preflight: true },
        { method: 'OPTIONS', path: '/u', preflight: true },
        { method: 'PUT', path: '/u' },
        { method: 'GET', path: '/u?x=1' },
        { method: 'GET', path: '/u' },
      ]),
    ).toEqual(['GET /u ×2'])
    expect(duplicates([])).toEqual([])
  })
})

describe('getsAfterPut', () => {
  it('flags a GET of a resource a PUT already returned (200), not after a 204 PUT', () => {
    expect(
      getsAfterPut([
        { method: 'GET', path: '/user/demo', status: 200 },
        { method: 'PUT', path: '/user/demo', status: 200 },
        { method: 'GET', path: '/user/demo/devices', status: 200 },
        { method: 'GET', path: '/user/demo', status: 200 },
        { method: 'PUT', path: '/user/demo/speedDials', status: 204 },
        { method: 'GET', path: '/user/demo/speedDials', status: 200 },
      ]),
    ).toEqual(['GET /user/demo'])
  })
  it('ignores a PUT that failed', () => {
    expect(
      getsAfterPut([
        { method: 'PUT', path: '/user/demo', status: 503 },
        { method: 'GET', path: '/user/demo', status: 200 },
      ]),
    ).toEqual([])
  })
})

describe('markPreflights', () => {
  it('pairs the logged preflights with the browser requests for the same URL, in order', () => {
    const marked = markPreflights(
      [req('GET', '/a', 1, 4), req('GET', '/a', 6, 7), req('GET', '/b', 2, 5), req('GET', '/c', 3, 8)],
      [
        { method: 'OPTIONS', path: '/a', status: 204, preflight: true },
        { method: 'OPTIONS', path: '/c', status: 204, preflight: true },
        { method: 'GET', path: '/a', status: 200 },
      ],
    )
    expect(marked.map((r) => `${r.path}@${r.start}:${r.preflighted}`)).toEqual([
      '/a@1:true',
      '/b@2:false',
      '/c@3:true',
      '/a@6:false',
    ])
  })
})

describe('roundTrips', () => {
  it('counts a chain: version, then two in parallel, one of them preflighted', () => {
    const { depths, total } = roundTrips([
      req('GET', '/version', 0, 1),
      req('GET', '/clusterUser', 2, 4),
      req('GET', '/user', 3, 5, { preflighted: true }),
    ])
    expect(depths).toEqual([1, 2, 3])
    expect(total).toBe(3)
  })
  it('counts requests that overlap as one round trip, and one started after another finished as two', () => {
    expect(roundTrips([req('GET', '/a', 0, 3), req('GET', '/b', 1, 2)]).total).toBe(1)
    expect(roundTrips([req('GET', '/a', 0, 1), req('GET', '/b', 2, 3)]).total).toBe(2)
    expect(roundTrips([]).total).toBe(0)
  })
  it('treats a request still in flight as never finished', () => {
    expect(roundTrips([req('GET', '/a', 0, null), req('GET', '/b', 1, 2)]).total).toBe(1)
  })
})

describe('lateReads', () => {
  it('passes when every GET started before the first one came back', () => {
    expect(lateReads([req('GET', '/a', 0, 4), req('GET', '/b', 1, 3), req('GET', '/c', 2, 5)])).toEqual([])
  })
  it('names the GETs that waited for another read (a waterfall)', () => {
    expect(lateReads([req('GET', '/a', 0, 1), req('GET', '/b', 2, 3), req('PUT', '/c', 4, 5)])).toEqual([
      'GET /b',
    ])
  })
  it('passes with no reads at all', () => {
    expect(lateReads([])).toEqual([])
  })

  it('excuses a declared dependent read one round trip after the read it needs, and nothing more', () => {
    const after = lineDetailsAfterList('/u')
    const list = req('GET', '/u/extensions', 0, 2)
    const other = req('GET', '/u/devices', 0, 4)
    // The lines' details start once the list is back (before anything else came back): excused.
    const detail = (path: string, start: number) => req('GET', path, start, 6)
    expect(lateReads([list, other, detail('/u/extension/a', 3)], [after])).toEqual([])
    // Without the declaration they are late.
    expect(lateReads([list, other, detail('/u/extension/a', 3)])).toEqual(['GET /u/extension/a'])
    // Sent only after another read sent after the list came back: a chain, not one round trip.
    expect(
      lateReads([list, other, req('GET', '/u/extension/a', 3, 4), detail('/u/extension/b', 5)], [after]),
    ).toEqual(['GET /u/extension/b'])
    // Not the reads it names (another path, or deeper below the line).
    expect(lateReads([list, other, detail('/u/phones', 3)], [after])).toEqual(['GET /u/phones'])
    expect(lateReads([list, other, detail('/u/extension/a/x', 3)], [after])).toEqual(['GET /u/extension/a/x'])
  })
})

describe('splitSignIn', () => {
  it("separates the sign-in's requests from those of the page it lands on", () => {
    const all = [
      req('GET', '/version', 0, 1),
      req('GET', '/clusterUser', 2, 3),
      req('GET', '/user/demo', 2.5, 4),
      req('GET', '/user/demo/devices', 5, 6),
    ]
    const { signIn, landing } = splitSignIn(all, '/user/demo')
    expect(signIn.map((r) => r.path)).toEqual(['/version', '/clusterUser', '/user/demo'])
    expect(landing.map((r) => r.path)).toEqual(['/user/demo/devices'])
  })
})
