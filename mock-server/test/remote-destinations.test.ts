import { describe, expect, it } from 'vitest'
import { DEMO, setup, pad } from './helpers.ts'

const U = '/cucm-uds/user/demo'

describe('remote destinations', () => {
  const RD = `${U}/remoteDestination`
  const body = (name: string, dest: string, extra = '') =>
    `<remoteDestination><name>${name}</name><destination>${dest}</destination>${extra}</remoteDestination>`

  it('list carries the schedule; detail has advanced settings', async () => {
    const c = setup()
    let r = await c.get(`${U}/remoteDestinations`)
    const rd = r.xml.remoteDestinations.remoteDestination[0]
    expect(rd.id).toBe(DEMO.rd)
    expect(rd.associatedDevices.associatedDevice.model).toBe('Remote Destination Profile')
    expect(rd.associatedDevices.associatedDevice.usage['@_value']).toBe('0')
    expect(rd.schedule.timeZone['@_value']).toBe('America/Chicago')
    expect(rd.schedule.days.day).toHaveLength(5)
    expect(rd.schedule.days.day[0]).toMatchObject({
      '@_value': '1',
      timeOfDayStart: '08:00',
      timeOfDayEnd: '18:00',
    })
    r = await c.get(`${RD}/${DEMO.rd}`)
    expect(r.xml.remoteDestination.advancedSettings.delayBeforeRingTimer).toBe('4.0')
    expect(r.xml.remoteDestination.schedule.days.day).toHaveLength(5)
  })

  it('POST (with and without trailing id), PUT, DELETE, limit, duplicates', async () => {
    const c = setup()
    let r = await c.post(RD, body('Home', '+13125550900'))
    expect(r.status).toBe(201)
    const loc = r.headers.get('location') ?? ''
    expect(loc).toMatch(/\/cucm-uds\/user\/demo\/remoteDestination\/.+/)
    r = await c.get(new URL(loc).pathname)
    expect(r.xml.remoteDestination.name).toBe('Home')
    expect(r.xml.remoteDestination.schedule).toBeUndefined()
    expect((await c.post(`${RD}/ignored-id`, body('Office', '13125550901'))).status).toBe(201)
    expect((await c.post(RD, body('Dup', '13125550900'))).status).toBe(409)
    expect((await c.post(RD, body('Fourth', '13125550902'))).status).toBe(201)
    expect((await c.post(RD, body('Fifth', '13125550903'))).status).toBe(409)
    // PUT with destinationNumber alias and schedule
    const id = new URL(loc).pathname.split('/').pop()
    r = await c.put(
      `${RD}/${id}`,
      '<remoteDestination><destinationNumber>+4930123456</destinationNumber><schedule><timeZone value="Europe/Berlin"/><days><day value="0"><timeOfDayStart>00:00</timeOfDayStart><timeOfDayEnd>24:00</timeOfDayEnd></day></days></schedule></remoteDestination>',
    )
    expect(r.status).toBe(200)
    expect(r.xml.remoteDestination.destination).toBe('+4930123456')
    expect(r.xml.remoteDestination.name).toBe('Home')
    expect(r.xml.remoteDestination.schedule.days.day[0].timeOfDayEnd).toBe('24:00')
    r = await c.put(`${RD}/${id}`, '<remoteDestination><schedule/></remoteDestination>')
    expect(r.xml.remoteDestination.schedule).toBeUndefined()
    expect(
      (
        await c.put(
          `${RD}/${id}`,
          '<remoteDestination><destination>13125550901</destination></remoteDestination>',
        )
      ).status,
    ).toBe(409)
    expect((await c.del(`${RD}/${id}`)).status).toBe(204)
    expect((await c.get(`${RD}/${id}`)).status).toBe(404)
    expect((await c.del(`${RD}/${id}`)).status).toBe(404)
  })

  it('validation: required fields, limits, schedule rules', async () => {
    const c = setup()
    const sched = (days: string) =>
      `<schedule><timeZone value="America/Chicago"/><days>${days}</days></schedule>`
    const day = (v: string, s: string, e: string) =>
      `<day value="${v}"><timeOfDayStart>${s}</timeOfDayStart><timeOfDayEnd>${e}</timeOfDayEnd></day>`
    const bad = [
      '<remoteDestination><name>x</name></remoteDestination>',
      '<remoteDestination><destination>123</destination></remoteDestination>',
      body('x'.repeat(51), '123'),
      body('x', '1'.repeat(25)),
      body('x', '12ab'),
      body('x', '123', sched(day('7', '08:00', '09:00'))),
      body('x', '123', sched(day('1', '08:10', '09:00'))),
      body('x', '123', sched(day('1', '09:00', '09:00'))),
      body('x', '123', sched(day('1', '10:00', '09:00'))),
      body('x', '123', sched(day('1', '24:00', '24:00'))),
      body('x', '123', sched(day('1', '8:00', '09:00'))),
      body('x', '123', sched(day('1', '08:00', '09:00') + day('1', '10:00', '11:00'))),
      body(
        'x',
        '123',
        '<associatedDevices><associatedDevice><name>SEP0A1B2C3DA001</name></associatedDevice></associatedDevices>',
      ),
    ]
    for (const b of bad) expect((await c.post(RD, b)).status, b).toBe(415)
    const name = pad(`<&"'> ]]> 😀`, 50)
    expect([...name].length).toBe(50)
    const esc = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const ok = await c.post(RD, body(esc, `+${'1'.repeat(23)}`, sched(day('6', '00:00', '24:00'))))
    expect(ok.status).toBe(201)
    const r = await c.get(new URL(ok.headers.get('location') ?? '').pathname)
    expect(r.xml.remoteDestination.name).toBe(name)
    expect(r.text).not.toContain('CDATA')
  })

  it('nosnr: empty list, POST refused with 415', async () => {
    const c = setup()
    const r = await c.get('/cucm-uds/user/nosnr/remoteDestinations', 'nosnr')
    expect(r.status).toBe(200)
    expect(r.xml.remoteDestinations.remoteDestination).toBeUndefined()
    expect(
      (await c.post('/cucm-uds/user/nosnr/remoteDestination', body('Home', '123'), 'nosnr')).status,
    ).toBe(415)
  })
})
