import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MockApp } from '../../mock-server/app.ts'
import { MOCK_ORIGIN, signedInThroughMock } from '../testing/mock-fixtures.ts'
import { phoneQueries } from './phones.ts'

const DESK = 'd1a00001-3333-4d4e-8f50-000000000001'
const JABBER = 'd1a00002-3333-4d4e-8f50-000000000002'
const RDP = 'd1a00003-3333-4d4e-8f50-000000000003'

let mock: MockApp
let restore: () => void
beforeEach(() => ({ mock, restore } = signedInThroughMock('demo')))
afterEach(() => restore())

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })

describe('the lines on each phone (the Phones list’s cards)', () => {
  it('reads every phone’s lines at once, under the keys a phone’s page reads', async () => {
    const qc = client()
    expect(await qc.fetchQuery(phoneQueries.linesByPhone('demo'))).toEqual({
      [DESK]: ['1001', '1002'],
      [JABBER]: ['1001'],
      [RDP]: ['1001'],
    })
    // A phone's page then finds its lines cached.
    expect(qc.getQueryData(phoneQueries.lines('demo', DESK).queryKey)).toHaveLength(2)
  })

  it('a phone whose list fails is unknown; the others still come', async () => {
    const armed = await mock.fetch(
      new Request(`${MOCK_ORIGIN}/__mock/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          method: 'GET',
          path: `/cucm-uds/user/demo/device/${JABBER}/extensions`,
          status: 503,
          count: 5,
        }),
      }),
    )
    expect(armed.status).toBeLessThan(300)
    const byPhone = await client().fetchQuery(phoneQueries.linesByPhone('demo'))
    expect(byPhone[JABBER]).toBeUndefined()
    expect(byPhone[DESK]).toEqual(['1001', '1002'])
  })

  it('each model’s guide, from one public list', async () => {
    const guides = await client().fetchQuery(phoneQueries.modelGuides())
    expect(guides['Cisco 8865']).toMatch(/^https:\/\/.+\.pdf$/)
  })
})
