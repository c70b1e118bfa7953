/**
 * Property tests for every XML builder of the data path (fast-check, seeded): given any text the forms
 * accept, each round-trips it exactly through the mock UDS (build → PUT → the server's answer and a
 * fresh GET → parse); and the generic parser, fed arbitrary strings, gives a result or an XmlError.
 * Text excluded from round trips: what XML 1.0 cannot carry (C0 controls but tab, U+FFFE/FFFF, lone
 * surrogates), what a one-line input cannot hold (CR, LF), and what the forms' validation rejects
 * (leading/trailing spaces are trimmed before sending, control characters refused, length limits).
 * The readers' properties are in properties-readers.test.ts.
 */
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MockApp } from '../../mock-server/app.ts'
import { secretIs, signedInThroughMock } from '../testing/mock-fixtures.ts'
import { hasControlCharacters } from '../lib/read-back.ts'
import { putCredentials } from './credentials/credentials.ts'
import { putVoicemailPin } from './cupi/cupi.ts'
import { getLines, putLine } from './extensions/extensions.ts'
import {
  getRemoteDestinations,
  postRemoteDestination,
  putRemoteDestination,
} from './remote-destinations/remote-destinations.ts'
import * as session from './session.ts'
import { getUserSpeedDials, postSpeedDials } from './speed-dials/speed-dials.ts'
import { getUser, putUser } from './user/user.ts'
import { buildXml, text, XmlError } from './xml.ts'
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

describe('the generic parser', () => {
  it('arbitrary strings give a result or an XmlError', () => {
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
