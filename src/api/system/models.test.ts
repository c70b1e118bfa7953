import { describe, expect, it } from 'vitest'
import { mockXml } from '../../testing/mock-fixtures.ts'
import { parseXml } from '../xml-parser.ts'
import { parseModelGuides, webAddress } from './models.ts'

// uds-api §2.5 ([R1]): <models><option><value/><name/><productId/><userGuides><userGuide uri protocol/>…
const R1 = `<models uri="https://cucm:8443/cucm-uds/options/models" version="14.0.1">
  <option><value>36670</value><name>Cisco 8865</name><productId>36670</productId>
    <userGuides><userGuide uri="https://www.cisco.com/8865-sip.pdf" protocol="SIP"/><userGuide uri="https://www.cisco.com/8865-sccp.pdf" protocol="SCCP"/></userGuides>
  </option>
  <option><value>503</value><name>Cisco Unified Client Services Framework</name><productId>503</productId><userGuides/></option>
  <option><value>7</value><name>Cisco 7841</name><userGuides><userGuide uri="javascript:alert(1)"/></userGuides></option>
</models>`

describe('model guides', () => {
  it('reads each model’s first web guide; models without one, or with a non-web address, have none', () => {
    expect(parseModelGuides(parseXml(R1, 'models'))).toEqual({
      'Cisco 8865': 'https://www.cisco.com/8865-sip.pdf',
    })
    expect(parseModelGuides(parseXml('<models/>', 'models'))).toEqual({})
  })

  it('only follows http(s) addresses', () => {
    expect(webAddress('https://a.example/x.pdf')).toBe('https://a.example/x.pdf')
    expect(webAddress('HTTP://a.example/x.pdf')).toBe('HTTP://a.example/x.pdf')
    expect(webAddress('javascript:alert(1)')).toBe('')
    expect(webAddress('')).toBe('')
    expect(webAddress(undefined)).toBe('')
  })

  it("reads the mock's real answer (public)", async () => {
    const guides = parseModelGuides(parseXml(await mockXml('/cucm-uds/options/models'), 'models'))
    expect(guides['Cisco 8865']).toMatch(/^https:\/\/www\.cisco\.com\/.+\.pdf$/)
  })
})
