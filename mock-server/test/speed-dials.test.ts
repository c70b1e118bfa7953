import { describe, expect, it } from 'vitest'
import { DEMO, setup, pad } from './helpers.ts'

const U = '/cucm-uds/user/demo'

describe('speed dials', () => {
  const SD = `${U}/speedDials`
  const list = (...items: [number | string, string, string?][]) =>
    `<speedDials>${items.map(([i, n, l]) => `<speedDial><index>${i}</index><number>${n}</number>${l === undefined ? '' : `<label>${l}</label>`}</speedDial>`).join('')}</speedDials>`

  it('unified list, POST/PUT/DELETE, 409s and 404s', async () => {
    const c = setup()
    let r = await c.get(SD)
    expect(r.xml.userSpeedDials.speedDials['@_appliesToAllDevices']).toBe('true')
    expect(r.xml.userSpeedDials.speedDials.speedDial).toHaveLength(3)
    expect(r.xml.userSpeedDials.devices.device).toHaveLength(2)
    expect((await c.post(SD, list([4, '*67#1001', 'Four']))).status).toBe(201)
    expect((await c.post(SD, list([4, '1', 'dup']))).status).toBe(409)
    expect((await c.del(`${SD}?index=4`)).status).toBe(204)
    expect((await c.del(`${SD}?index=4`)).status).toBe(404)
    expect((await c.del(`${SD}?index=abc`)).status).toBe(415)
    expect((await c.put(SD, list([1, '1'], [1, '2']))).status).toBe(415)
    expect((await c.put(SD, list([99, '1'.repeat(50), 'x'.repeat(30)]))).status).toBe(204)
    for (const b of [
      list([100, '1']),
      list([0, '1']),
      list([1, '1'.repeat(51)]),
      list([1, '1', 'x'.repeat(31)]),
      list([1, 'abc']),
      list(['', '1']),
    ]) {
      expect((await c.put(SD, b)).status, b).toBe(415)
    }
    r = await c.get(SD)
    expect(r.xml.userSpeedDials.speedDials.speedDial).toHaveLength(1)
    expect(r.xml.userSpeedDials.speedDials.speedDial[0].index).toBe('99')
  })

  it('per-device edits break unified mode; split persona is not unified', async () => {
    const c = setup()
    const dev = `${U}/device/${DEMO.desk}/speedDials`
    expect((await c.post(dev, list([5, '1005', 'Desk only']))).status).toBe(201)
    let r = await c.get(SD)
    expect(r.xml.userSpeedDials.speedDials['@_appliesToAllDevices']).toBe('false')
    expect(r.xml.userSpeedDials.speedDials['@_totalCount']).toBe('0')
    r = await c.get(dev)
    expect(r.xml.speedDials.speedDial).toHaveLength(4)
    const sd = r.xml.speedDials.speedDial[0]
    expect((await c.get(`${U}/device/${DEMO.desk}/speedDial/${sd.id}`)).xml.speedDial.index).toBe('1')
    r = await c.get('/cucm-uds/user/split/speedDials', 'split')
    expect(r.xml.userSpeedDials.speedDials['@_appliesToAllDevices']).toBe('false')
    expect((await c.put(dev, list([1, '1']))).status).toBe(204)
  })

  it('hostile labels round-trip', async () => {
    const c = setup()
    const label = pad(`<&"'>]]>😀 `, 30)
    expect([...label].length).toBe(30)
    const esc = label
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
    expect(await c.put(SD, list([1, '+1#*,9', esc]))).toMatchObject({ status: 204 })
    const r = await c.get(SD)
    expect(r.xml.userSpeedDials.speedDials.speedDial[0].label).toBe(label)
    expect(r.text).not.toContain('CDATA')
    expect((await c.state()).devices[0].speedDials[0].label).toBe(label)
  })
})
