/**
 * Test helpers: the documented XML examples, and the mock server called in-process, so parser tests
 * read exactly what the docs and the mock send. (Imported by tests only.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createMockApp, type MockApp } from '../../mock-server/app.ts'
import { configureClient } from '../api/client.ts'
import * as session from '../api/session.ts'

const seedDir = new URL('../api/__fixtures__/seed/', import.meta.url)

export function seedExample(name: string): string {
  return readFileSync(new URL(`${name}.xml`, seedDir), 'utf8')
}

export function seedExampleNames(): string[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => f.replace(/\.xml$/, ''))
}

export const MOCK_ORIGIN = 'http://127.0.0.1:8443'

export function basic(userId: string, password = 'demo') {
  return `Basic ${Buffer.from(`${userId}:${password}`, 'utf8').toString('base64')}`
}

/** GETs a path from a fresh in-process mock and returns the XML body. */
export async function mockXml(
  path: string,
  userId?: string,
  mock: MockApp = createMockApp(),
): Promise<string> {
  const headers: Record<string, string> = { Accept: 'application/xml' }
  if (userId) headers.Authorization = basic(userId)
  const res = await mock.fetch(new Request(MOCK_ORIGIN + path, { headers }))
  if (!res.ok) throw new Error(`${path} → ${res.status}`)
  return res.text()
}

/**
 * Whether a persona's secret (`password`, `pin` or `voicemailPin`) on the mock now equals `candidate`.
 * The mock's state snapshot never shows secrets; it answers this question instead.
 */
export async function secretIs(
  mock: MockApp,
  secret: 'password' | 'pin' | 'voicemailPin',
  candidate: string,
  userId = 'demo',
): Promise<boolean> {
  const res = await mock.fetch(
    new Request(`${MOCK_ORIGIN}/__mock/check-secret`, {
      method: 'POST',
      body: JSON.stringify({ userId, secret, candidate }),
    }),
  )
  if (!res.ok) throw new Error(`check-secret → ${res.status}`)
  return ((await res.json()) as { matches: boolean }).matches
}

/** Routes the portal's fetch calls to an in-process mock (for client tests). */
export function fetchThroughMock(mock: MockApp): typeof fetch {
  return async (input, init) => mock.fetch(new Request(input as RequestInfo, init))
}

/**
 * For client tests: a fresh in-process mock behind the portal's fetch, the client pointed at it and
 * `userId` signed in. Call the returned function after the test to undo all three.
 */
export function signedInThroughMock(userId = 'demo'): { mock: MockApp; restore: () => void } {
  const realFetch = globalThis.fetch
  const mock = createMockApp()
  globalThis.fetch = fetchThroughMock(mock)
  configureClient({
    udsBaseUrl: `${MOCK_ORIGIN}/cucm-uds`,
    cupiBaseUrl: `${MOCK_ORIGIN}/vmrest`,
    timeoutMs: 5000,
  })
  session.startSession(userId, session.basicHeader(userId, 'demo'))
  return {
    mock,
    restore: () => {
      globalThis.fetch = realFetch
      session.endSession()
    },
  }
}
