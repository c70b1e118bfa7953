import fc from 'fast-check'
import { XMLBuilder } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { buildXml, type XmlBody, type XmlValue } from './xml.ts'

// buildXml is a small serializer so that fast-xml-parser's builder stays off the sign-in page. It
// must write exactly what that builder wrote with the portal's options.
const reference = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
})

const names = fc.constantFrom('user', 'label', 'speedDial', 'destination', 'x1')
const text = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(`<b>&amp;"]]>`, "'quoted'", '😀 עברית', ' spaced ', '0001', '+13125550143'),
)
const { value } = fc.letrec<{ value: XmlValue; element: XmlBody }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.constant(undefined),
    tie('element'),
    fc.array(tie('element'), { maxLength: 3 }),
  ),
  element: fc
    .tuple(
      fc.dictionary(names, tie('value'), { maxKeys: 3 }),
      fc.dictionary(fc.constantFrom('@_type', '@_uuid'), text, { maxKeys: 2 }),
      fc.option(text, { nil: undefined }),
    )
    .map(([children, attributes, t]) => ({
      ...attributes,
      ...(t === undefined ? {} : { '#text': t }),
      ...children,
    })),
}))

describe('buildXml', () => {
  it("writes exactly what fast-xml-parser's XMLBuilder writes, for any body", () => {
    fc.assert(
      fc.property(fc.dictionary(names, value, { maxKeys: 4 }), (body) => {
        expect(buildXml('root', body)).toBe(reference.build({ root: body }))
      }),
      { numRuns: 1000 },
    )
  })

  it('writes the request bodies the API modules send', () => {
    expect(
      buildXml('user', { displayName: 'Dana & "Co"', userLocale: '', enableDoNotDisturb: undefined }),
    ).toBe('<user><displayName>Dana &amp; &quot;Co&quot;</displayName><userLocale/></user>')
    expect(buildXml('speedDials', { speedDial: [] })).toBe('<speedDials/>')
    expect(buildXml('credentials', { credential: [{ '@_type': 'pin', '#text': "1'2<3" }] })).toBe(
      '<credentials><credential type="pin">1&apos;2&lt;3</credential></credentials>',
    )
  })
})
