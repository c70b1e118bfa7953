/**
 * Every XML response example in Cisco's documentation goes through the portal's reader for it, so a
 * documented shape the portal cannot read fails here (one-item lists, empty lists and all).
 */
import { describe, expect, it } from 'vitest'
import { seedExample, seedExampleNames } from '../testing/mock-fixtures.ts'
import { parseCredentials } from './credentials/credentials.ts'
import { parseDevices } from './devices/devices.ts'
import { parseLines } from './extensions/extensions.ts'
import { parseRemoteDestination, parseRemoteDestinations } from './remote-destinations/remote-destinations.ts'
import { parseUserServices } from './services/services.ts'
import { parseUserSpeedDials } from './speed-dials/speed-dials.ts'
import { parseUser } from './user/user.ts'
import { parseXml } from './xml-parser.ts'

const readers: Record<string, (xml: string) => unknown> = {
  'display-user-information-response': (x) => parseUser(parseXml(x, 'user')),
  'devices-response': (x) => parseDevices(parseXml(x, 'devices')),
  'extensions-response': (x) => parseLines(parseXml(x, 'extensions')),
  'credentials-get-response': (x) => parseCredentials(parseXml(x, 'credentials')),
  'get-remotedestinations-response': (x) => parseRemoteDestinations(parseXml(x, 'remoteDestinations')),
  'get-remotedestination-response': (x) => parseRemoteDestination(parseXml(x, 'remoteDestination')),
  'get-user-s-speeddials-response-appliestoalldevices-true': (x) =>
    parseUserSpeedDials(parseXml(x, 'userSpeedDials')),
  'get-user-s-speeddials-response-appliestoalldevices-false': (x) =>
    parseUserSpeedDials(parseXml(x, 'userSpeedDials')),
  'get-a-user-s-subscribedservices-response': (x) =>
    parseUserServices(parseXml(x, 'userSubscribedServices')).services,
}

describe('documented XML examples', () => {
  const responses = seedExampleNames().filter(
    (name) => name.endsWith('response') || name.includes('-response-'),
  )

  it('has a reader for every documented response', () => {
    expect(responses.filter((name) => !readers[name])).toEqual([])
  })

  it.each(Object.keys(readers))('%s is read without error and yields data', (name) => {
    const result = readers[name]!(seedExample(name))
    expect(result).toBeTruthy()
    if (Array.isArray(result)) expect(result.length).toBeGreaterThan(0)
  })
})
