import { describe, expect, it } from 'vitest'
import { DEMO, setup, type X } from './helpers.ts'

const U = '/cucm-uds/user/demo'

describe('subscribed services', () => {
  it('GET with ids, POST, PUT, DELETE', async () => {
    const c = setup()
    const P = `${U}/subscribedServices`
    let r = await c.get(P)
    const ss = r.xml.userSubscribedServices.subscribedServices
    expect(ss['@_appliesToAllDevices']).toBe('true')
    expect(ss.subscribedService[0].id).toBe(DEMO.service)
    const svc = await c.get('/cucm-uds/phoneServices', null)
    const weather = svc.xml.phoneServices.phoneService[1].id
    r = await c.post(
      P,
      `<subscribedServices><subscribedService><name>Weather</name><phoneServiceId>${weather}</phoneServiceId></subscribedService></subscribedServices>`,
    )
    expect(r.status).toBe(201)
    expect(
      (
        await c.post(
          P,
          `<subscribedServices><subscribedService><name>Weather</name><phoneServiceId>${weather}</phoneServiceId></subscribedService></subscribedServices>`,
        )
      ).status,
    ).toBe(409)
    expect(
      (
        await c.post(
          P,
          '<subscribedServices><subscribedService><phoneServiceId>nope</phoneServiceId></subscribedService></subscribedServices>',
        )
      ).status,
    ).toBe(415)
    r = await c.get(P)
    expect(r.xml.userSubscribedServices.subscribedServices.subscribedService).toHaveLength(2)
    expect((await c.del(`${P}/${DEMO.service}`)).status).toBe(204)
    expect((await c.del(`${P}/${DEMO.service}`)).status).toBe(404)
    expect((await c.put(P, '<subscribedServices/>')).status).toBe(204)
    r = await c.get(P)
    expect(r.xml.userSubscribedServices.subscribedServices['@_totalCount']).toBe('0')
  })
})

describe('device subscribed services', () => {
  const D = `${U}/device/${DEMO.desk}/subscribedServices`
  const weatherBody = (name: string) =>
    `<subscribedServices><subscribedService><name>${name}</name><phoneServiceId>9a3f1c20-1b2c-4d3e-8f40-51627384a002</phoneServiceId></subscribedService></subscribedServices>`

  it('GET lists the user’s services until the phone gets its own; POST, PUT and DELETE act on that phone only', async () => {
    const c = setup()
    let r = await c.get(D)
    expect(r.status).toBe(200)
    expect(r.xml.subscribedServices['@_totalCount']).toBe('1')
    expect(r.xml.subscribedServices.subscribedService.name).toBe('Corporate Directory')
    r = await c.post(D, weatherBody('Desk weather'))
    expect(r.status).toBe(201)
    expect(r.headers.get('location')).toMatch(new RegExp(`/device/${DEMO.desk}/subscribedServices$`))
    expect((await c.post(D, weatherBody('Desk weather'))).status).toBe(409)
    const desk = (await c.get(D)).xml.subscribedServices.subscribedService
    expect(desk.map((s: X) => s.name)).toEqual(['Corporate Directory', 'Desk weather'])
    // The soft client and the user-level list are unchanged; the user-level list no longer applies to all.
    const soft = await c.get(`${U}/device/${DEMO.soft}/subscribedServices`)
    expect(soft.xml.subscribedServices['@_totalCount']).toBe('1')
    const user = await c.get(`${U}/subscribedServices`)
    expect(user.xml.userSubscribedServices.subscribedServices['@_appliesToAllDevices']).toBe('false')
    expect(user.xml.userSubscribedServices.subscribedServices['@_totalCount']).toBe('1')
    // DELETE ?id= removes one of the phone's own.
    const weather = desk.find((s: X) => s.name === 'Desk weather')
    expect((await c.del(`${D}?id=${weather.id}`)).status).toBe(204)
    expect((await c.del(`${D}?id=${weather.id}`)).status).toBe(404)
    expect((await c.del(D)).status).toBe(415)
    // PUT replaces the phone's list; a user-level PUT makes every phone follow the user's list again.
    expect((await c.put(D, '<subscribedServices/>')).status).toBe(204)
    expect((await c.get(D)).xml.subscribedServices['@_totalCount']).toBe('0')
    expect((await c.state()).devices[0].subscribedServices).toEqual([])
    expect((await c.put(`${U}/subscribedServices`, weatherBody('Everywhere'))).status).toBe(204)
    expect((await c.get(D)).xml.subscribedServices.subscribedService.name).toBe('Everywhere')
    expect((await c.state()).devices[0].subscribedServices).toBeUndefined()
  })

  it('unknown phone → 404, the remote destination profile has none, bad bodies → 415, another user → 401', async () => {
    const c = setup()
    expect((await c.get(`${U}/device/nope/subscribedServices`)).status).toBe(404)
    expect((await c.get(`${U}/device/${DEMO.rdp}/subscribedServices`)).status).toBe(404)
    expect((await c.post(D, '<subscribedServices><subscribedService/></subscribedServices>')).status).toBe(
      415,
    )
    expect((await c.put(D, '<speedDials/>')).status).toBe(415)
    expect((await c.get(D, 'ldap')).status).toBe(401)
    expect((await c.call('PATCH', D)).status).toBe(405)
  })
})
