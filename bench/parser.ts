/**
 * Parser cost: how long the portal's XML client (checks + fast-xml-parser with the portal's options +
 * the typed mapping) takes on a large answer, as a ratio to fast-xml-parser alone (default options)
 * on the same text. A ratio, so the figure does not depend on the machine.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { XmlObject } from '../src/api/xml.ts'
import { parseXml, PARSER_OPTIONS } from '../src/api/xml-parser.ts'
import { parseUserSpeedDials } from '../src/api/speed-dials/speed-dials.ts'
import { parseUsers } from '../src/api/users/users.ts'

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A directory search answer with `n` people, shaped like UDS 14's (shared/uds-api.md §2.4). */
export function directoryXml(n: number): string {
  const host = 'https://cucm-pub.example.com:8443/cucm-uds'
  const people = Array.from({ length: n }, (_, i) => {
    const id = String(i).padStart(4, '0')
    const first = ['Ana', 'Bo', 'Chloé', 'Dmitri', 'Eve', 'Fatima', 'Günther', 'Hana'][i % 8]!
    const last = `Lastname${id} & Co`
    return (
      `<user uri="${host}/user/user${id}"><id>a1b2c3d4-0000-4000-8000-00000000${id}</id>` +
      `<userName>user${id}</userName><firstName>${escape(first)}</firstName><lastName>${escape(last)}</lastName>` +
      `<middleName/><nickName/><displayName>${escape(`${first} ${last}`)}</displayName>` +
      `<phoneNumber>+1972555${id}</phoneNumber><homeNumber/><mobileNumber>+1214555${id}</mobileNumber>` +
      `<email>user${id}@example.com</email><directoryUri exist="true">user${id}@example.com</directoryUri><msUri/>` +
      `<department>Department ${i % 17}</department><manager>user0000</manager><title>Engineer</title>` +
      `<pager/><selfServiceId>${1000 + i}</selfServiceId></user>`
    )
  }).join('')
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><users uri="${host}/users" version="11.5.1" ` +
    `start="0" requestedCount="${n}" returnedCount="${n}" totalCount="${n}">${people}</users>`
  )
}

/** A user's unified speed dial list with `n` entries (the seed's <userSpeedDials> shape). */
export function speedDialsXml(n: number): string {
  const host = 'https://cucm-pub.example.com:8443/cucm-uds/user/demo'
  const items = Array.from(
    { length: n },
    (_, i) =>
      `<speedDial><index>${i + 1}</index><number>+1312555${String(i).padStart(4, '0')}</number>` +
      `<label>${escape(`Contact ${i + 1} <desk> & "mobile"`)}</label></speedDial>`,
  ).join('')
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><userSpeedDials uri="${host}/speedDials" version="10.0.0">` +
    `<speedDials appliesToAllDevices="true" totalCount="${n}">${items}</speedDials><devices>` +
    `<device name="SEP0A1B2C3DA001" description="Desk phone" speedDialsUri="${host}/device/d1/speedDials"/>` +
    `<device name="CSFDEMO" description="Jabber" speedDialsUri="${host}/device/d2/speedDials"/>` +
    `</devices></userSpeedDials>`
  )
}

/** µs per call of `fn`, calling it for at least `minMs`. */
function timeOnce(fn: () => unknown, minMs: number): number {
  let calls = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < minMs) {
    fn()
    calls++
    elapsed = performance.now() - start
  }
  return (elapsed * 1000) / calls
}

/**
 * Times `a` and `b` in alternating rounds (so a busy machine slows both alike) and returns the median
 * µs per call of each and the median of the per-round ratios a/b.
 */
export function compare(a: () => unknown, b: () => unknown, { rounds = 11, minMs = 150 } = {}) {
  for (let i = 0; i < 10; i++) {
    a()
    b()
  }
  const as: number[] = []
  const bs: number[] = []
  const ratios: number[] = []
  for (let r = 0; r < rounds; r++) {
    let ta: number
    let tb: number
    if (r % 2 === 0) {
      ta = timeOnce(a, minMs)
      tb = timeOnce(b, minMs)
    } else {
      tb = timeOnce(b, minMs)
      ta = timeOnce(a, minMs)
    }
    as.push(ta)
    bs.push(tb)
    ratios.push(ta / tb)
  }
  const median = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!
  return { aUs: median(as), bUs: median(bs), ratio: median(ratios) }
}

export interface ParserCase {
  name: string
  bytes: number
  /** µs per parse. */
  bareUs: number
  portalUs: number
  ratio: number
  /** Where the portal's time goes, µs: validation pass, parse with the portal's options, typed mapping. */
  parts: { validateUs: number; parseUs: number; mapUs: number }
}

type Mapper = (root: XmlObject) => unknown

export function measureParsers(): ParserCase[] {
  const bare = new XMLParser()
  const portalOptions = new XMLParser(PARSER_OPTIONS)
  const quick = { rounds: 5, minMs: 100 }
  const cases: Array<{ name: string; xml: string; root: string; map: Mapper }> = [
    {
      name: 'directory search, 500 people (parseXml + parseUsers)',
      xml: directoryXml(500),
      root: 'users',
      map: parseUsers as Mapper,
    },
    {
      name: 'speed dial list, 100 entries (parseXml + parseUserSpeedDials)',
      xml: speedDialsXml(100),
      root: 'userSpeedDials',
      map: parseUserSpeedDials as Mapper,
    },
  ]
  return cases.map(({ name, xml, root, map }) => {
    const portal = () => map(parseXml(xml, root))
    const { aUs: portalUs, bUs: bareUs, ratio } = compare(portal, () => bare.parse(xml))
    const parsed = parseXml(xml, root)
    return {
      name,
      bytes: Buffer.byteLength(xml),
      bareUs,
      portalUs,
      ratio,
      parts: {
        validateUs: compare(() => XMLValidator.validate(xml), portal, quick).aUs,
        parseUs: compare(() => portalOptions.parse(xml), portal, quick).aUs,
        mapUs: compare(() => map(parsed), portal, quick).aUs,
      },
    }
  })
}
