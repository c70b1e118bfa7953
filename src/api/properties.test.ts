/**
 * Property tests for every XML builder/parser pair of the data path (fast-check, seeded):
 * - every reader, fed arbitrary bytes or arbitrary well-formed XML through the real client, gives a
 *   value or an ApiError — never another exception;
 * - every builder, given any text the forms accept, round-trips it exactly through the mock UDS
 *   (build → PUT → the server's answer and a fresh GET → parse).
 * Text excluded from round trips: what XML 1.0 cannot carry (C0 controls but tab, U+FFFE/FFFF, lone
 * surrogates), what a one-line input cannot hold (CR, LF), and what the forms' validation rejects
 * (leading/trailing spaces are trimmed before sending, control characters refused, length limits).
 */
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MockApp } from '../../mock-server/app.ts'
import { secretIs, signedInThroughMock } from '../testing/mock-fixtures.ts'
import { hasControlCharacters } from '../lib/read-back.ts'
import { ApiError } from './api-error.ts'
import { getDevices } from './devices/devices.ts'
import { getLines, putLine } from './extensions/extensions.ts'
import * as session from './session.ts'
import { getClusterUser, getInstalledLocales, getUserPolicy, getVersion } from './system/system.ts'
import { getUser, putUser } from './user/user.ts'
import { getDeviceSpeedDials, getUserSpeedDials, postSpeedDials } from './speed-dials/speed-dials.ts'
import {
  getRemoteDestination,
  getRemoteDestinations,
  getTimeZones,
  postRemoteDestination,
  putRemoteDestination,
} from './remote-destinations/remote-destinations.ts'
import { getCredentials, putCredentials } from './credentials/credentials.ts'
import { getVoicemailUser, putVoicemailPin } from './cupi/cupi.ts'
import { buildXml, text, XmlError, type XmlBody } from './xml.ts'
import { parseXml } from './xml-parser.ts'

// Each property drives hundreds of requests through the in-process mock: about 3 s on an idle machine,
// several times that on a busy one. The limit is for a hang, not for speed (speed is the bench's job).
vi.setConfig({ testTimeout: 60_000 })

const SEED = 20260302
let mock: MockApp

let restore: () => void

beforeEach(() => {
  ;({ mock, restore } = signedInThroughMock())
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

  it('the generic parser: arbitrary strings give a result or an XmlError', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('x', 'user'),
        (body, root) => {
          try {
            parseXml(body, root)
          } catch (error) {
            expect(error).toBeInstanceOf(XmlError)
          }
        },
      ),
      { seed: SEED, numRuns: 1000 },
    )
  })
})

// ---- the builders ---------------------------------------------------------------------------

/**
 * Text a one-line form field can hold and XML 1.0 can carry: any Unicode graphemes except C0 controls
 * (tab allowed), CR/LF (an input cannot hold them), U+FFFE/U+FFFF and the C1 range the forms refuse.
 */
export function typeable(maxLength: number) {
  return fc
    .string({ unit: 'grapheme', maxLength })
    .filter((s) => !hasControlCharacters(s) && !/[\r\n\uFFFE\uFFFF]/.test(s))
}

/** What the forms send for a text field: trimmed, non-empty, within the limit in code points. */
export function accepted(maxChars: number) {
  return typeable(maxChars + 4)
    .map((s) => s.trim())
    .filter((s) => s !== '' && [...s].length <= maxChars)
}

const hostileSamples = [
  '<b>&amp;"]]>\'😀',
  '<script>alert(1)</script>',
  '&lt;not markup&gt;',
  '&#60;',
  'tab\tinside',
  'עברית مرحبا',
  'e\u0301 combining',
  '👩‍👩‍👧‍👦',
]

describe('builders: accepted text round-trips exactly through the mock', () => {
  it('user display name (toUserXml → PUT user → answer and GET → parseUser)', async () => {
    const value = fc.oneof(accepted(64), fc.constantFrom(...hostileSamples))
    await fc.assert(
      fc.asyncProperty(value, async (name) => {
        const answer = await putUser('demo', { displayName: name })
        expect(answer.displayName).toBe(name)
        expect((await getUser('demo')).displayName).toBe(name)
      }),
      { seed: SEED, numRuns: 200 },
    )
  })

  it('user language, DND and an empty display name (reset) round-trip', async () => {
    for (const localeId of ['1', '2', '3', '6', '']) {
      expect((await putUser('demo', { localeId })).localeId).toBe(localeId)
    }
    expect((await putUser('demo', { doNotDisturb: true })).doNotDisturb).toBe(true)
    expect((await putUser('demo', { doNotDisturb: false })).doNotDisturb).toBe(false)
    expect((await putUser('demo', { displayName: '' })).displayName).toBe('Dana Morgan')
  })

  it('forwarding: any dial string the form accepts, for all lines (user) and for one line (extension)', async () => {
    const dial = fc.stringMatching(/^\+?[0-9*#]{1,49}$/)
    await fc.assert(
      fc.asyncProperty(dial, fc.boolean(), async (destination, oneLine) => {
        if (oneLine) {
          const [line] = await getLines('demo')
          const answer = await putLine('demo', line!.id, { callForward: { toVoicemail: false, destination } })
          expect(answer.callForward).toEqual({ toVoicemail: false, destination })
        } else {
          const answer = await putUser('demo', { callForward: { toVoicemail: false, destination } })
          expect(answer.callForward).toEqual({ toVoicemail: false, destination })
        }
        expect((await getLines('demo')).some((l) => l.callForward.destination === destination)).toBe(true)
      }),
      { seed: SEED, numRuns: 60 },
    )
  })

  it('speed dials: any name the form accepts (1–30 characters) and any dial string', async () => {
    const number = fc.stringMatching(/^\+?[0-9*#,]{1,49}$/)
    let index = 10
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(accepted(30), fc.constantFrom(...hostileSamples.filter((h) => [...h].length <= 30))),
        number,
        async (label, num) => {
          index = index >= 99 ? 10 : index + 1
          mock.reset()
          await postSpeedDials('demo', [{ index, number: num, label }])
          const saved = (await getUserSpeedDials('demo')).speedDials.find((d) => d.index === index)
          expect(saved).toEqual(expect.objectContaining({ index, number: num, label }))
        },
      ),
      { seed: SEED, numRuns: 100 },
    )
  })

  it('single number reach: any phone name the form accepts (1–50), on change and on add', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(accepted(50), fc.constantFrom(...hostileSamples)), async (name) => {
        mock.reset()
        const changed = await putRemoteDestination('demo', 'e1a00001-4444-4e5f-9061-000000000001', { name })
        expect(changed.name).toBe(name)
        const id = await postRemoteDestination('demo', {
          name,
          number: '+15550001234',
          ringWhenExtensionDialed: true,
          allowTransferToMobile: false,
          allowControlFromApplication: false,
          deviceName: '',
          schedule: null,
        })
        const added = (await getRemoteDestinations('demo')).find(
          (p) => p.id === id || p.number === '+15550001234',
        )
        expect(added?.name).toBe(name)
      }),
      { seed: SEED, numRuns: 100 },
    )
  })

  it('password: any password the form accepts (8–64 characters) is the one the server then accepts', async () => {
    const password = typeable(64)
      .map((s) => s)
      .filter((s) => [...s].length >= 8 && s !== 'demo' && s.trim() === s)
    await fc.assert(
      fc.asyncProperty(password, async (pw) => {
        mock.reset()
        session.startSession('demo', session.basicHeader('demo', 'demo'))
        await putCredentials('demo', { password: pw })
        expect(await secretIs(mock, 'password', pw)).toBe(true)
        // And it signs in (Basic auth from UTF-8).
        await expect(getUser('demo', undefined, session.basicHeader('demo', pw))).resolves.toBeTruthy()
      }),
      { seed: SEED, numRuns: 60 },
    )
  })

  it('PINs: any PIN the rules accept reaches the phone system and voicemail as typed', async () => {
    const pin = fc
      .stringMatching(/^[0-9]{4,20}$/)
      .filter(
        (p) =>
          new Set(p).size > 1 && !'01234567890123456789'.includes(p) && !'98765432109876543210'.includes(p),
      )
    await fc.assert(
      fc.asyncProperty(pin, async (p) => {
        mock.reset()
        await putCredentials('demo', { pin: p })
        await putVoicemailPin(p)
        expect([await secretIs(mock, 'pin', p), await secretIs(mock, 'voicemailPin', p)]).toEqual([
          true,
          true,
        ])
      }),
      { seed: SEED, numRuns: 60 },
    )
  })

  it('the generic builder: any text XML can carry round-trips through the portal parser', () => {
    fc.assert(
      fc.property(typeable(300), (value) => {
        expect(text(parseXml(buildXml('x', { v: value }), 'x'), 'v')).toBe(value)
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })
})
