import { describe, expect, it } from 'vitest'
import { DEMO, setup } from './helpers.ts'

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
