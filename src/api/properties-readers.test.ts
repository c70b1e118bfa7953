/**
 * Property tests for every reader of the data path (fast-check, seeded): fed arbitrary bytes or
 * arbitrary well-formed XML through the real client, each gives a value or an ApiError — never another
 * exception; so do error answers with arbitrary bodies. The builders' round trips, and the generic
 * parser fed arbitrary strings, are in properties-builders.test.ts.
 */
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { signedInThroughMock } from '../testing/mock-fixtures.ts'
import { ApiError } from './api-error.ts'
import { getCredentials } from './credentials/credentials.ts'
import { getVoicemailUser } from './cupi/cupi.ts'
import { getDevices } from './devices/devices.ts'
import { getLines } from './extensions/extensions.ts'
import {
  getRemoteDestination,
  getRemoteDestinations,
  getTimeZones,
} from './remote-destinations/remote-destinations.ts'
import { getDeviceSpeedDials, getUserSpeedDials } from './speed-dials/speed-dials.ts'
import { getClusterUser, getInstalledLocales, getUserPolicy, getVersion } from './system/system.ts'
import { getUser } from './user/user.ts'
import { buildXml, type XmlBody } from './xml.ts'

// Each property drives hundreds of requests through the in-process mock: about 3 s on an idle machine,
// several times that on a busy one. The limit is for a hang, not for speed (speed is the bench's job).
vi.setConfig({ testTimeout: 60_000 })

const SEED = 20260302
let restore: () => void

beforeEach(() => {
  ;({ restore } = signedInThroughMock())
})

afterEach(() => {
  restore()
})

// ---- the readers ------------------------------------------------------------------------------

interface Reader {
  name: string
  /** The root element the reader expects. */
  root: string
  /** Element names that mean something to the parser (the structured fuzzer uses them). */
  vocabulary: string[]
  read: () => Promise<unknown>
}

/** Every GET of the data path (pages add theirs here as they land). */
export const READERS: Reader[] = [
  {
    name: 'user',
    root: 'user',
    vocabulary: [
      'id',
      'userName',
      'firstName',
      'lastName',
      'displayName',
      'email',
      'remoteDestinationLimit',
      'mobileConnect',
      'userLocale',
      'accountType',
      'homeCluster',
      'callForwardAllDestination',
      'sendToVoiceMailPilotNumber',
      'destination',
      'enableDoNotDisturb',
    ],
    read: () => getUser('demo'),
  },
  {
    name: 'devices',
    root: 'devices',
    vocabulary: ['device', 'id', 'name', 'description', 'model', 'type', 'doNotDisturbSettings', 'enable'],
    read: () => getDevices('demo'),
  },
  {
    name: 'extensions',
    root: 'extensions',
    vocabulary: ['extension', 'id', 'directoryNumber', 'label', 'primary', 'callForwardAllDestination'],
    read: () => getLines('demo'),
  },
  {
    name: 'version',
    root: 'versionInformation',
    vocabulary: ['version', 'capabilities', 'capability'],
    read: () => getVersion(),
  },
  {
    name: 'clusterUser',
    root: 'clusterUser',
    vocabulary: ['result', 'homeCluster', 'userName'],
    read: () => getClusterUser('demo'),
  },
  {
    name: 'installedLocales',
    root: 'installedLocales',
    vocabulary: ['option', 'value', 'name'],
    read: () => getInstalledLocales(),
  },
  {
    name: 'userPolicy',
    root: 'userPolicy',
    vocabulary: ['policy', 'name', 'value'],
    read: () => getUserPolicy(),
  },
  {
    name: 'speedDials (user)',
    root: 'userSpeedDials',
    vocabulary: [
      'speedDials',
      'speedDial',
      'devices',
      'device',
      'index',
      'number',
      'label',
      'id',
      '@_appliesToAllDevices',
      '@_uri',
    ],
    read: () => getUserSpeedDials('demo'),
  },
  {
    name: 'speedDials (phone)',
    root: 'speedDials',
    vocabulary: ['speedDial', 'index', 'number', 'label', 'id'],
    read: () => getDeviceSpeedDials('demo', 'd1a00001-3333-4d4e-8f50-000000000001'),
  },
  {
    name: 'remoteDestinations',
    root: 'remoteDestinations',
    vocabulary: [
      'remoteDestination',
      'id',
      'name',
      'destination',
      'destinationNumber',
      'ringWhenExtensionDialed',
      'schedule',
      'days',
      'day',
      'timeOfDayStart',
      'timeOfDayEnd',
      'timeZone',
      'associatedDevice',
    ],
    read: () => getRemoteDestinations('demo'),
  },
  {
    name: 'remoteDestination',
    root: 'remoteDestination',
    vocabulary: [
      'id',
      'name',
      'destination',
      'destinationNumber',
      'ringWhenExtensionDialed',
      'allowTransferToMobile',
      'schedule',
      'days',
      'day',
      'timeOfDayStart',
      'timeOfDayEnd',
      'timeZone',
    ],
    read: () => getRemoteDestination('demo', 'e1a00001-4444-4e5f-9061-000000000001'),
  },
  {
    name: 'timeZones',
    root: 'timeZones',
    vocabulary: ['option', 'value', 'name'],
    read: () => getTimeZones(),
  },
  {
    name: 'credentials',
    root: 'credentials',
    vocabulary: ['lastSuccessfulLogin', 'loginFailures', 'ipAddress', 'time', 'credential', '@_type'],
    read: () => getCredentials('demo'),
  },
  {
    name: 'voicemail user (CUPI)',
    root: 'User',
    vocabulary: ['ObjectId', 'Alias', 'DisplayName', 'UserVoicePinURI'],
    read: () => getVoicemailUser(),
  },
]

function answerWith(body: BodyInit, status = 200) {
  globalThis.fetch = async () =>
    new Response(body, { status, headers: { 'Content-Type': 'application/xml; charset=UTF-8' } })
}

/** Runs a reader and classifies the outcome; anything but a value or an ApiError fails. */
async function outcome(reader: Reader): Promise<'value' | 'apiError'> {
  try {
    await reader.read()
    return 'value'
  } catch (error) {
    if (error instanceof ApiError) return 'apiError'
    throw new Error(`${reader.name} threw ${String(error)}`, { cause: error })
  }
}

const names = (reader: Reader) =>
  fc.constantFrom(...reader.vocabulary, 'x', '__proto__', 'constructor', 'toString', 'option', '#text')

const xmlText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', ' ', 'true', 'false', '-1', '1e999', 'NaN', '0x10', '99999999999999999999', '😀'),
)

/** An arbitrary element body over the reader's vocabulary: nesting, lists, attributes, text. */
function bodyOf(reader: Reader) {
  const { tree } = fc.letrec<{ tree: XmlBody }>((tie) => ({
    tree: fc.dictionary(
      fc.oneof(names(reader), fc.constantFrom('@_value', '@_found', '@_useLdapAuth', '@_type')),
      fc.oneof(
        { depthSize: 'small', maxDepth: 4 },
        xmlText,
        tie('tree'),
        fc.array(fc.oneof(xmlText, tie('tree')), { maxLength: 3 }),
      ),
      { maxKeys: 5 },
    ) as fc.Arbitrary<XmlBody>,
  }))
  return tree
}

describe('readers: arbitrary input gives a value or an ApiError, never another exception', () => {
  for (const reader of READERS) {
    it(`${reader.name}: arbitrary bytes`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 300 }),
            fc.string({ unit: 'binary', maxLength: 300 }),
            fc.string({ maxLength: 300 }).map((s) => `<${reader.root}>${s}</${reader.root}>`),
          ),
          async (bytes) => {
            answerWith(bytes as BodyInit)
            await outcome(reader)
          },
        ),
        { seed: SEED, numRuns: 150 },
      )
    })

    it(`${reader.name}: arbitrary well-formed XML with its root`, async () => {
      let values = 0
      await fc.assert(
        fc.asyncProperty(bodyOf(reader), async (body) => {
          let xml: string
          try {
            xml = buildXml(reader.root, body)
          } catch {
            return // a shape the builder itself refuses is not an answer a server could send
          }
          answerWith(xml)
          if ((await outcome(reader)) === 'value') values++
        }),
        { seed: SEED, numRuns: 150 },
      )
      // Most well-formed answers are read (a parser is lenient about what it doesn't need).
      expect(values).toBeGreaterThan(50)
    })
  }

  it('error answers with arbitrary bodies are ApiErrors with the status kind', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(400, 401, 404, 409, 415, 500, 503),
        fc.string({ unit: 'binary', maxLength: 200 }),
        async (status, body) => {
          answerWith(body, status)
          // Public reads only: a 401 on the user's own reads would expire the session and wait.
          await expect(getVersion()).rejects.toBeInstanceOf(ApiError)
        },
      ),
      { seed: SEED, numRuns: 100 },
    )
  })
})
