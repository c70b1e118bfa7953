/**
 * The mock's worst case for hostile input: each write route gets each of the nastiest 64 KB body
 * shapes (mock-server/test/hostile-bodies.ts); reports the slowest answer in CPU milliseconds (best of
 * three after a warm-up, so a busy machine does not inflate it). The mock's own test holds it under 50 ms.
 */
import { createMockApp } from '../mock-server/app.ts'
import { createState } from '../mock-server/fixtures/personas.ts'
import { hostileBodies, rootOf, writeRoutes } from '../mock-server/test/hostile-bodies.ts'
import { fill, ownedIds, slots } from '../mock-server/test/routes.ts'

export interface MockInputReport {
  /** Slowest route and body shape, CPU ms. */
  worstMs: number
  worst: string
  /** Requests measured (routes × shapes). */
  cases: number
}

export async function measureMockInput(): Promise<MockInputReport> {
  const mock = createMockApp()
  const demo = createState().users.find((u) => u.userName === 'demo')!
  const ids = ownedIds(demo)
  const auth = `Basic ${Buffer.from('demo:demo').toString('base64')}`
  const report: MockInputReport = { worstMs: 0, worst: '', cases: 0 }
  for (const { route, method } of writeRoutes()) {
    const path = fill(
      route,
      slots(route).map((s) => ids[s]?.[0] ?? 'x'),
    )
    for (const [shape, body] of Object.entries(hostileBodies(rootOf(route.path)))) {
      let best = Infinity
      for (let run = 0; run < 4; run++) {
        const before = process.cpuUsage()
        const res = await mock.fetch(
          new Request(`http://127.0.0.1:8443${path}`, {
            method,
            headers: { Authorization: auth, 'Content-Type': 'application/xml' },
            body,
          }),
        )
        await res.arrayBuffer()
        const used = process.cpuUsage(before)
        if (run > 0) best = Math.min(best, (used.user + used.system) / 1000)
      }
      report.cases++
      if (best > report.worstMs)
        Object.assign(report, { worstMs: best, worst: `${method} ${route.path}: ${shape}` })
    }
  }
  report.worstMs = Math.round(report.worstMs * 10) / 10
  return report
}
