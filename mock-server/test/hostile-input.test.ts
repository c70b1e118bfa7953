/**
 * Every write route answers the nastiest 64 KB bodies quickly (CPU time, so a busy machine does not
 * make it flaky): no regular expression backtracks and the parser never sees a body no client sends.
 */
import { describe, expect, it } from 'vitest'
import { createMockApp } from '../app.ts'
import { createState } from '../fixtures/personas.ts'
import { auth, BASE } from './helpers.ts'
import { hostileBodies, rootOf, writeRoutes } from './hostile-bodies.ts'
import { fill, ownedIds, slots } from './routes.ts'

const LIMIT_MS = 50

const demo = createState().users.find((u) => u.userName === 'demo')!
const ids = ownedIds(demo)

/** CPU milliseconds of one call (best of three, after a warm-up), and its status. */
async function cpuMs(send: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  let status = 0
  let best = Infinity
  for (let run = 0; run < 4; run++) {
    const before = process.cpuUsage()
    const res = await send()
    await res.arrayBuffer()
    const used = process.cpuUsage(before)
    status = res.status
    if (run > 0) best = Math.min(best, (used.user + used.system) / 1000)
  }
  return { ms: best, status }
}

describe('hostile bodies', () => {
  it(`every write route answers each 64 KB worst case in under ${LIMIT_MS} ms of CPU, never with a 5xx`, async () => {
    const mock = createMockApp()
    const results: string[] = []
    let worst = 0
    for (const { route, method } of writeRoutes()) {
      const path = fill(
        route,
        slots(route).map((s) => ids[s]?.[0] ?? 'x'),
      )
      for (const [shape, body] of Object.entries(hostileBodies(rootOf(route.path)))) {
        expect(new TextEncoder().encode(body).length, shape).toBeLessThanOrEqual(65_536)
        const { ms, status } = await cpuMs(() =>
          mock.fetch(
            new Request(BASE + path, {
              method,
              headers: { ...auth('demo'), 'Content-Type': 'application/xml' },
              body,
            }),
          ),
        )
        worst = Math.max(worst, ms)
        if (ms >= LIMIT_MS || status >= 500)
          results.push(`${method} ${route.path} "${shape}": ${status} in ${ms.toFixed(1)} ms`)
      }
    }
    expect(results).toEqual([])
    expect(worst).toBeLessThan(LIMIT_MS)
  }, 120_000)
})
