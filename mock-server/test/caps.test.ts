/** The request log and the fault list keep at most `listLimit` entries (default 10 000), oldest dropped. */
import { describe, expect, it } from 'vitest'
import { createMockApp } from '../app.ts'
import { BASE } from './helpers.ts'

describe('caps', () => {
  it('the request log keeps the newest entries and says how many it dropped; still a plain array', async () => {
    const mock = createMockApp({ listLimit: 5 })
    for (let i = 0; i < 7; i++) await mock.fetch(new Request(`${BASE}/cucm-uds/version?n=${i}`))
    const res = await mock.fetch(new Request(`${BASE}/__mock/requests`))
    expect(res.headers.get('x-mock-limit')).toBe('5')
    expect(res.headers.get('x-mock-dropped')).toBe('2')
    const log = (await res.json()) as { path: string }[]
    expect(Array.isArray(log)).toBe(true)
    expect(log.map((e) => e.path)).toEqual([2, 3, 4, 5, 6].map((i) => `/cucm-uds/version?n=${i}`))
    await mock.fetch(new Request(`${BASE}/__mock/requests`, { method: 'DELETE' }))
    const cleared = await mock.fetch(new Request(`${BASE}/__mock/requests`))
    expect(cleared.headers.get('x-mock-dropped')).toBe('0')
    expect(await cleared.json()).toEqual([])
  })

  it('arming more faults than the cap drops the oldest', async () => {
    const mock = createMockApp({ listLimit: 3 })
    for (const path of ['/a', '/b', '/c', '/d', '/e'])
      await mock.fetch(
        new Request(`${BASE}/__mock/faults`, { method: 'POST', body: JSON.stringify({ path, status: 500 }) }),
      )
    const res = await mock.fetch(new Request(`${BASE}/__mock/faults`))
    expect(res.headers.get('x-mock-limit')).toBe('3')
    expect(res.headers.get('x-mock-dropped')).toBe('2')
    expect(((await res.json()) as { path: string }[]).map((f) => f.path)).toEqual(['/c', '/d', '/e'])
  })

  it('defaults to 10 000', async () => {
    const mock = createMockApp()
    for (const path of ['/__mock/requests', '/__mock/faults']) {
      const res = await mock.fetch(new Request(BASE + path))
      expect(res.headers.get('x-mock-limit'), path).toBe('10000')
    }
  })
})
