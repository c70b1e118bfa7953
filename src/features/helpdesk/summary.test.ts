import { i18n } from '@lingui/core'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { createQueryClient } from '../../app/query-client.ts'
import { MOCK_ORIGIN, signedInThroughMock } from '../../testing/mock-fixtures.ts'
import { gatherFacts } from './gather.ts'
import { summaryWithEnglish } from './summary-for.ts'
import { browserSummary, summarySections, summaryText, type SummaryFacts } from './summary.ts'

let restore: (() => void) | undefined
afterEach(() => restore?.())

const AT = new Date('2026-11-30T14:05:00Z')
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

/** A persona's facts, read through the portal's own queries from the in-process mock. */
async function factsFor(userId: string, faults: { path: string; status: number }[] = []) {
  const s = signedInThroughMock(userId)
  restore = s.restore
  for (const fault of faults)
    await s.mock.fetch(
      new Request(`${MOCK_ORIGIN}/__mock/faults`, { method: 'POST', body: JSON.stringify(fault) }),
    )
  const facts = await gatherFacts(createQueryClient(), userId, CHROME)
  return {
    ...facts,
    at: AT,
    portal: { version: '1.2.3', builtAt: '2026-11-29 10:00 UTC' },
    problems: [{ code: 'SD-BUSY-503', at: new Date('2026-11-30T13:59:00Z') }],
  }
}

const lines = (text: string) => text.split('\n')

describe('the helpdesk summary, from what the portal reads', () => {
  it('demo: a heading, then every section as "Label: value" lines', async () => {
    const text = summaryText(await factsFor('demo'))
    const l = lines(text)
    expect(l[0]).toBe('Phone settings – summary for the helpdesk')
    expect(l).toContain('Checked: 2026-11-30 14:05 UTC')
    for (const line of [
      'User ID: demo',
      'Name: Dana Morgan',
      'Home system: 127.0.0.1 (this one)',
      'Phone system version (UDS): 14.0.1',
      'Line 1: 1001, primary, label “Dana - 1001”',
      'Line 1 forward all: not forwarded',
      'Line 1 busy: voicemail',
      'Line 2: 1002, label “Team line”',
      'Do not disturb: off',
      'Dana Morgan desk phone: off; when on: rings silently (Ringer Off)',
      'Phone 1: Dana Morgan desk phone – Cisco 8865 – device name SEP0A1B2C3DA001',
      'Mobile: +13125550177; ringing on; Rings Monday to Friday, 8:00am to 6:00pm',
      'Speed dials: 3',
      'Hidden: nothing',
      'Failed attempts since: 0',
      'Portal version: 1.2.3',
      'Built: 2026-11-29 10:00 UTC',
      'Browser: Chrome 131 on Linux',
      'SD-BUSY-503: 2026-11-30 13:59 UTC',
    ])
      expect(l, line).toContain(line)
    expect(text).toMatch(/^Last sign-in: \d{4}-\d\d-\d\d \d\d:\d\d UTC/m)
    // Each section: a blank line, its title, then a rule as long as the title.
    const i = l.indexOf('Lines')
    expect([l[i - 1], l[i + 1]]).toEqual(['', '-----'])
  })

  it('visitor: the home system is another one', async () => {
    const text = summaryText(await factsFor('visitor'))
    expect(lines(text)).toContain(
      'Home system: cucm-pub.emea.example.invalid (not this one: settings are read-only here)',
    )
  })

  it('policy: names what the administrator hides', async () => {
    const text = summaryText(await factsFor('policy'))
    expect(lines(text)).toContain(
      'Hidden: call forwarding, changing the password, directory search, line labels, voicemail light preferences, ring preferences',
    )
  })

  it('away: busy and no-answer rules per line; forwardallonly: the rules are not offered', async () => {
    const away = lines(summaryText(await factsFor('away')))
    expect(away).toContain('Line 1 busy: 1001')
    expect(away).toContain('Line 1 no answer: +13125550189')
    restore?.()
    const only = lines(summaryText(await factsFor('forwardallonly')))
    expect(only.some((l) => l.startsWith('Line 1 busy'))).toBe(false)
    expect(only).toContain(
      'Busy and no-answer rules: not offered (the administrator allows forward all only)',
    )
    expect(only).toContain('Hidden: busy and no-answer forwarding')
  })

  it('nosnr: Single Number Reach is not set up (and is not read)', async () => {
    const facts = await factsFor('nosnr')
    expect(facts.remoteDestinations).toBe('off')
    expect(lines(summaryText(facts))).toContain('Single Number Reach: not set up by the administrator')
  })

  it('a part that cannot be read says so; the rest is still there', async () => {
    const facts = await factsFor('demo', [
      { path: '/cucm-uds/user/demo/speedDials', status: 404 },
      { path: '/cucm-uds/user/demo/credentials', status: 404 },
    ])
    const l = lines(summaryText(facts))
    expect(l).toContain("Couldn't read the speed dials")
    expect(l).toContain("Couldn't read the sign-in history")
    expect(l).toContain('User ID: demo')
    expect(l).toContain('Speed dials')
  })

  it('values with line breaks stay on their line', () => {
    const facts = emptyFacts()
    facts.remoteDestinations = [
      {
        id: 'x',
        name: 'Home\nphone',
        number: '123\r\n456',
        ringWhenExtensionDialed: false,
        allowTransferToMobile: false,
        allowControlFromApplication: false,
        device: null,
        schedule: null,
      },
    ]
    expect(lines(summaryText(facts))).toContain('Home phone: 123 456; ringing off; Rings at any time')
  })
})

function emptyFacts(): SummaryFacts {
  return {
    at: AT,
    userId: 'u',
    user: null,
    cluster: null,
    version: null,
    lines: null,
    rules: null,
    devices: null,
    dnd: null,
    remoteDestinations: null,
    speedDials: null,
    policy: null,
    signIns: null,
    portal: { version: '1', builtAt: 'x' },
    browser: 'b',
    problems: [],
  }
}

describe('nothing could be read', () => {
  it('says "Couldn\'t read" for each part and keeps every section', () => {
    const sections = summarySections(emptyFacts())
    expect(sections.map((s) => s.id)).toEqual([
      'who',
      'lines',
      'dnd',
      'phones',
      'snr',
      'speed-dials',
      'policy',
      'sign-in',
      'portal',
      'problems',
    ])
    const text = summaryText(emptyFacts())
    for (const what of ['the lines', 'the phones', 'the speed dials', 'the administrator’s policy'])
      expect(text).toContain(`Couldn't read ${what}`)
  })
})

/** Every object in the facts gets secrets beside its own fields, under every name a secret goes by. */
function withSecrets<T>(value: T, secret: string): T {
  if (Array.isArray(value)) return value.map((v) => withSecrets(v, secret)) as T
  if (value instanceof Date || value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = withSecrets(v, secret)
  for (const name of ['pin', 'password', 'accessCode', 'voicemailPin', 'newPin', 'credential', 'secret'])
    out[name] = secret
  return out as T
}

describe('never a PIN, password or access code', () => {
  it('random secrets in every object of every persona never reach the text', async () => {
    const personas: SummaryFacts[] = []
    for (const u of ['demo', 'policy', 'away']) {
      personas.push(await factsFor(u))
      restore?.()
      restore = undefined
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...personas),
        // Distinctive enough never to occur in the data by chance.
        fc.stringMatching(/^[A-Za-z0-9!#%&*+=?@^_~-]{6,24}$/).map((s) => `§${s}§`),
        (facts, secret) => {
          const text = summaryText(withSecrets(facts, secret))
          expect(text).not.toContain(secret)
          expect(text).not.toContain(secret.slice(1, -1))
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('the browser in a few words', () => {
  it.each([
    [CHROME, 'Chrome 131 on Linux'],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      'Edge 131 on Windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0',
      'Firefox 133 on macOS',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'Safari 18 on iOS',
    ],
    ['', 'unknown'],
  ])('%s', (ua, words) => expect(browserSummary(ua)).toBe(words))
})

describe('the copied summary: the user’s language, then English when that isn’t English', () => {
  const HEADING = 'Phone settings – summary for the helpdesk'
  const IN_ENGLISH = 'The same summary in English, for any helpdesk:'

  afterEach(() => i18n.loadAndActivate({ locale: 'en', messages: {} }))

  it('in English: the summary once, with no English copy', async () => {
    const facts = emptyFacts()
    const text = await summaryWithEnglish(facts)
    expect(text).toBe(summaryText(facts))
    expect(lines(text).filter((l) => l === HEADING)).toHaveLength(1)
    expect(text).not.toContain(IN_ENGLISH)
  })

  it('in another language: the summary, a separator and heading, then the same summary in English', async () => {
    const facts = emptyFacts()
    i18n.loadAndActivate({ locale: 'de', messages: {} })
    const local = summaryText(facts)
    const text = await summaryWithEnglish(facts)
    expect(i18n.locale).toBe('de')
    const l = lines(text)
    const at = l.indexOf(IN_ENGLISH)
    expect(at).toBeGreaterThan(0)
    expect(l[at - 1]).toMatch(/^=+$/)
    // The local text first, unchanged; after the heading, the English one, built from the same facts.
    expect(l.slice(0, at - 2).join('\n')).toBe(local)
    i18n.loadAndActivate({ locale: 'en', messages: {} })
    expect(l.slice(at + 2).join('\n')).toBe(summaryText(facts))
    expect(l.filter((x) => x === HEADING)).toHaveLength(2)
    expect(l.at(at + 2)).toBe(HEADING)
  })
})
