/**
 * A save whose earlier attempt timed out but went through (found by the fault matrix): the retry must
 * recognise that the phone system already holds the draft instead of refusing the user's own change.
 */
import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { configureClient } from '../../api/client.ts'
import * as session from '../../api/session.ts'
import { getUserSpeedDials, postSpeedDials, putSpeedDials } from '../../api/speed-dials/speed-dials.ts'
import { fetchThroughMock, MOCK_ORIGIN } from '../../testing/mock-fixtures.ts'
import { addEntry, createDraft, draftList, moveEntry, saveLists } from './draft.ts'
import { saveDraft } from '../../queries/speed-dial-save.ts'

const realFetch = globalThis.fetch
let client: QueryClient

beforeEach(() => {
  globalThis.fetch = fetchThroughMock(createMockApp())
  configureClient({ udsBaseUrl: `${MOCK_ORIGIN}/cucm-uds`, cupiBaseUrl: null, timeoutMs: 5000 })
  session.startSession('demo', session.basicHeader('demo', 'demo'))
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
})
afterEach(() => {
  globalThis.fetch = realFetch
  session.endSession()
})

describe('a retried save after an attempt that went through', () => {
  it('an addition the server already has (409 on the POST) is saved, not refused', async () => {
    const base = (await getUserSpeedDials('demo')).speedDials
    const { draft } = addEntry(createDraft(base), { index: 4, number: '01632960001', label: 'Dentist' })
    // The first attempt: the server added it, the portal never heard back.
    await postSpeedDials('demo', [{ index: 4, number: '01632960001', label: 'Dentist' }])
    const result = await saveDraft(client, 'demo', { kind: 'all' }, saveLists(draft))
    expect(result.kind).toBe('saved')
    expect((await getUserSpeedDials('demo')).speedDials).toEqual(draftList(draft))
  })

  it('a replacement the server already has is saved, not shown as a conflict with itself', async () => {
    const base = (await getUserSpeedDials('demo')).speedDials
    const start = createDraft(base)
    const draft = moveEntry(start, start.entries[2]!.key, 'up')
    await putSpeedDials('demo', draftList(draft))
    const result = await saveDraft(client, 'demo', { kind: 'all' }, saveLists(draft))
    expect(result.kind).toBe('saved')
  })

  it('a list someone else changed is still a conflict', async () => {
    const base = (await getUserSpeedDials('demo')).speedDials
    const start = createDraft(base)
    const draft = moveEntry(start, start.entries[2]!.key, 'up')
    await putSpeedDials('demo', [...base.slice(0, 2), { index: 3, number: '999', label: 'Elsewhere' }])
    expect((await saveDraft(client, 'demo', { kind: 'all' }, saveLists(draft))).kind).toBe('conflict')
  })
})
