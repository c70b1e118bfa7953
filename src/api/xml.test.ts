import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { attr, bool, buildXml, list, text, XmlError } from './xml.ts'
import { parseXml } from './xml-parser.ts'

describe('parseXml', () => {
  it('keeps values as strings: leading zeros, +numbers, booleans, exponents', () => {
    const root = parseXml('<x><a>0001</a><b>+19728135091</b><c>true</c><d>1e5</d><e>0x1F</e></x>', 'x')
    expect([text(root, 'a'), text(root, 'b'), text(root, 'c'), text(root, 'd'), text(root, 'e')]).toEqual([
      '0001',
      '+19728135091',
      'true',
      '1e5',
      '0x1F',
    ])
    expect(bool(root, 'c')).toBe(true)
  })

  it('gives a one-item list as an array, and an empty list as no items', () => {
    const one = parseXml('<devices><device><id>1</id></device></devices>', 'devices')
    expect(Array.isArray(one.device)).toBe(true)
    expect(list(one, 'device').map((d) => text(d, 'id'))).toEqual(['1'])
    expect(list(parseXml('<devices/>', 'devices'), 'device')).toEqual([])
    expect(list(parseXml('<devices totalCount="0"></devices>', 'devices'), 'device')).toEqual([])
  })

  it('keeps attributes, ignores unknown elements and tolerates any order', () => {
    const root = parseXml(
      '<user version="14.0.1"><futureThing a="1">x</futureThing><homeCluster enableImAndPresence="true">true</homeCluster><userName>demo</userName></user>',
      'user',
    )
    expect(attr(root, 'version')).toBe('14.0.1')
    expect(text(root, 'userName')).toBe('demo')
    expect(text(root, 'homeCluster')).toBe('true')
    expect(attr(root.homeCluster as never, 'enableImAndPresence')).toBe('true')
  })

  it('decodes entities and numeric references exactly once', () => {
    const root = parseXml('<x><n>&lt;b&gt;&amp;amp;&quot;]]&gt;&#128512;</n></x>', 'x')
    expect(text(root, 'n')).toBe('<b>&amp;"]]>😀')
  })

  it.each([
    ['a DOCTYPE', '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'],
    ['unclosed tags', '<x><b></x>'],
    ['two roots', '<x/><y/>'],
    ['text', 'not xml'],
    ['an empty body', ''],
    ['an HTML error page', '<html><body>Error</body></html>'],
  ])('refuses %s', (_name, body) => {
    expect(() => parseXml(body, 'x')).toThrow(XmlError)
  })

  it('refuses an unexpected root element', () => {
    expect(() => parseXml('<speedDials/>', 'user')).toThrow(/Expected <user>/)
  })

  it('refuses prototype-polluting names without polluting anything', () => {
    expect(() => parseXml('<x><__proto__><polluted>1</polluted></__proto__></x>', 'x')).toThrow()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('arbitrary input gives a result or an XmlError, never another exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (body) => {
        try {
          parseXml(body, 'x')
        } catch (error) {
          expect(error).toBeInstanceOf(XmlError)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('buildXml', () => {
  it('omits undefined (unchanged) and writes an empty element for "" (reset to default)', () => {
    expect(buildXml('user', { a: undefined, b: '', c: 'x' })).toBe('<user><b/><c>x</c></user>')
  })

  it('escapes hostile text and keeps it exact through a parse', () => {
    const hostile = `<script>alert(1)</script> & "q" 'a' ]]> 😀 עברית`
    const xml = buildXml('speedDial', { label: hostile })
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('CDATA')
    expect(text(parseXml(xml, 'speedDial'), 'label')).toBe(hostile)
  })

  it('builds repeated elements and attributes', () => {
    expect(buildXml('credentials', { credential: [{ '@_type': 'pin', '#text': '1234' }] })).toBe(
      '<credentials><credential type="pin">1234</credential></credentials>',
    )
    const body = buildXml('speedDials', { speedDial: [{ index: '1' }, { index: '2' }] })
    expect(body).toBe(
      '<speedDials><speedDial><index>1</index></speedDial><speedDial><index>2</index></speedDial></speedDials>',
    )
  })

  it('round-trips any text without control characters exactly', () => {
    const xmlSafe = fc
      .string({ unit: 'grapheme', maxLength: 200 })
      // eslint-disable-next-line no-control-regex
      .filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r]/.test(s))
    fc.assert(
      fc.property(xmlSafe, (value) => {
        expect(text(parseXml(buildXml('x', { v: value }), 'x'), 'v')).toBe(value)
      }),
      { numRuns: 500 },
    )
  })
})
