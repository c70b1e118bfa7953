/**
 * The remote-destination requests against the in-process mock: what the portal builds is what the
 * server stores and answers, read back by the portal's parsers. (Parsers against the documented
 * examples, and the request bodies: remote-destinations.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { parseOptions } from '../system/system.ts'
import { parseXml } from '../xml-parser.ts'
import {
  idFromLocation,
  parseRemoteDestination,
  parseRemoteDestinations,
  toNewRemoteDestinationXml,
  toRemoteDestinationPatchXml,
} from './remote-destinations.ts'

const HOSTILE = "<b>&amp;\"]]> 'x' 📱"

describe('against the mock', () => {
  const auth = (user = 'demo') => ({ Authorization: 'Basic ' + btoa(`${user}:demo`) })
  const base = (user = 'demo') => `http://127.0.0.1:8443/cucm-uds/user/${user}`
  const send = (mock: ReturnType<typeof createMockApp>, method: string, path: string, body?: string) =>
    mock.fetch(
      new Request(`${base()}${path}`, {
        method,
        headers: body ? { ...auth(), 'Content-Type': 'application/xml' } : auth(),
        body,
      }),
    )
  const list = async (mock: ReturnType<typeof createMockApp>) =>
    parseRemoteDestinations(
      parseXml(await (await send(mock, 'GET', '/remoteDestinations')).text(), 'remoteDestinations'),
    )

  it("reads demo's one phone with its profile and schedule", async () => {
    const [mobile, ...rest] = await list(createMockApp())
    expect(rest).toEqual([])
    expect(mobile).toMatchObject({
      name: 'Mobile',
      number: '+13125550177',
      ringWhenExtensionDialed: true,
      device: { name: 'RDPDEMO', model: 'Remote Destination Profile', usage: '0' },
    })
    expect(mobile?.schedule?.days).toHaveLength(5)
  })

  it("reads nosnr's empty list", async () => {
    const mock = createMockApp()
    const res = await mock.fetch(
      new Request(`${base('nosnr')}/remoteDestinations`, { headers: auth('nosnr') }),
    )
    expect(res.status).toBe(200)
    expect(parseRemoteDestinations(parseXml(await res.text(), 'remoteDestinations'))).toEqual([])
  })

  it('POST answers 201 with a Location; GET of that id answers what we sent (hostile name included)', async () => {
    const mock = createMockApp()
    const res = await send(
      mock,
      'POST',
      '/remoteDestination',
      toNewRemoteDestinationXml({
        name: HOSTILE,
        number: '+447700900123',
        ringWhenExtensionDialed: true,
        allowTransferToMobile: false,
        allowControlFromApplication: true,
        deviceName: 'RDPDEMO',
        schedule: { timeZone: 'Europe/London', days: [{ day: 6, start: '09:00', end: '12:00' }] },
      }),
    )
    expect(res.status).toBe(201)
    const id = idFromLocation(res.headers.get('Location'))
    expect(id).not.toBe('')
    const detail = parseRemoteDestination(
      parseXml(await (await send(mock, 'GET', `/remoteDestination/${id}`)).text(), 'remoteDestination'),
    )
    expect(detail).toMatchObject({
      id,
      name: HOSTILE,
      number: '+447700900123',
      allowTransferToMobile: false,
      allowControlFromApplication: true,
      schedule: { timeZone: 'Europe/London', days: [{ day: 6, start: '09:00', end: '12:00' }] },
    })
    expect((await list(mock)).map((r) => r.id)).toContain(id)
  })

  it('PUT with destinationNumber (the documented PUT example) changes the number and answers the resource', async () => {
    const mock = createMockApp()
    const [mobile] = await list(mock)
    const res = await send(
      mock,
      'PUT',
      `/remoteDestination/${mobile!.id}`,
      toRemoteDestinationPatchXml({ number: '+13125550999', ringWhenExtensionDialed: false }),
    )
    expect(res.status).toBe(200)
    const next = parseRemoteDestination(parseXml(await res.text(), 'remoteDestination'))
    expect(next).toMatchObject({ number: '+13125550999', ringWhenExtensionDialed: false, name: 'Mobile' })
    expect(next.schedule).toEqual(mobile!.schedule)
  })

  it('POST of a number the user already has is a 409; DELETE answers 204', async () => {
    const mock = createMockApp()
    const [mobile] = await list(mock)
    const dup = await send(
      mock,
      'POST',
      '/remoteDestination',
      toNewRemoteDestinationXml({
        name: 'Again',
        number: '+13125550177',
        ringWhenExtensionDialed: true,
        allowTransferToMobile: true,
        allowControlFromApplication: false,
        deviceName: '',
        schedule: null,
      }),
    )
    expect(dup.status).toBe(409)
    expect((await send(mock, 'DELETE', `/remoteDestination/${mobile!.id}`)).status).toBe(204)
    expect(await list(mock)).toEqual([])
  })

  it('serves options/timeZones without credentials', async () => {
    const mock = createMockApp()
    const res = await mock.fetch(new Request('http://127.0.0.1:8443/cucm-uds/options/timeZones'))
    expect(res.status).toBe(200)
    const zones = parseOptions(parseXml(await res.text(), 'timeZones'))
    expect(zones).toContainEqual({ value: '12', name: '(GMT-06:00) America/Chicago' })
  })
})
