import { afterEach, beforeEach, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { fetchThroughMock, MOCK_ORIGIN } from '../../testing/mock-fixtures.ts'
import { ApiError } from '../api-error.ts'
import { configureClient } from '../client.ts'
import * as session from '../session.ts'
import { deleteRemoteDestination, getRemoteDestinations } from './remote-destinations.ts'

const realFetch = globalThis.fetch
const MOBILE = 'e1a00001-4444-4e5f-9061-000000000001'

beforeEach(() => {
  globalThis.fetch = fetchThroughMock(createMockApp())
  configureClient({ udsBaseUrl: `${MOCK_ORIGIN}/cucm-uds`, cupiBaseUrl: null, timeoutMs: 5000 })
  session.startSession('demo', session.basicHeader('demo', 'demo'))
})
afterEach(() => {
  globalThis.fetch = realFetch
  session.endSession()
})

it('removing a phone that is already gone (an earlier attempt went through) counts as removed', async () => {
  await deleteRemoteDestination('demo', MOBILE)
  expect(await getRemoteDestinations('demo')).toEqual([])
  // The retry after a timeout meets a 404: the phone is gone, which is what the user asked for.
  await expect(deleteRemoteDestination('demo', MOBILE)).resolves.toBeUndefined()
})

it('other failures of a removal still reject', async () => {
  globalThis.fetch = async () => new Response('busy', { status: 503 })
  await expect(deleteRemoteDestination('demo', MOBILE)).rejects.toBeInstanceOf(ApiError)
})
