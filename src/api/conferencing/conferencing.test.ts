import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { parseXml } from '../xml-parser.ts'
import { parseConferencing, toConferencingXml } from './conferencing.ts'

// seed 001, "conferencing GET example response"
const SEED_GET = `<?xml version="1.0" encoding="UTF-8"?>
<conferencing uri="https://{hostname}/cucm-uds/user/{userid}/conferencing" version="11.0.0">
   <conferenceNow>
      <enabled>true</enabled>
      <accessCode>1234</accessCode>
   </conferenceNow>
</conferencing>`

describe('conferencing', () => {
  it('reads the seed example', () => {
    expect(parseConferencing(parseXml(SEED_GET, 'conferencing'))).toEqual({
      enabled: true,
      accessCode: '1234',
    })
  })

  it('reads a code with leading zeros as text, and a missing block as off', () => {
    expect(
      parseConferencing(
        parseXml(
          '<conferencing><conferenceNow><enabled>false</enabled><accessCode>0007</accessCode><x/></conferenceNow></conferencing>',
          'conferencing',
        ),
      ),
    ).toEqual({ enabled: false, accessCode: '0007' })
    expect(parseConferencing(parseXml('<conferencing/>', 'conferencing'))).toEqual({
      enabled: false,
      accessCode: '',
    })
  })

  it('builds the access code only; empty clears it', () => {
    expect(toConferencingXml('9876')).toBe(
      '<conferencing><conferenceNow><accessCode>9876</accessCode></conferenceNow></conferencing>',
    )
    expect(toConferencingXml('')).toBe(
      '<conferencing><conferenceNow><accessCode/></conferenceNow></conferencing>',
    )
  })

  it('round-trips through the mock: the PUT answer is the updated resource', async () => {
    const mock = createMockApp()
    const auth = { Authorization: `Basic ${btoa('demo:demo')}`, 'Content-Type': 'application/xml' }
    const url = 'http://127.0.0.1:8443/cucm-uds/user/demo/conferencing'
    const put = await mock.fetch(
      new Request(url, { method: 'PUT', headers: auth, body: toConferencingXml('0246') }),
    )
    expect(put.status).toBe(200)
    expect(parseConferencing(parseXml(await put.text(), 'conferencing'))).toEqual({
      enabled: true,
      accessCode: '0246',
    })
    const clear = await mock.fetch(
      new Request(url, { method: 'PUT', headers: auth, body: toConferencingXml('') }),
    )
    expect(parseConferencing(parseXml(await clear.text(), 'conferencing')).accessCode).toBe('')
  })
})
