import { XMLParser } from 'fast-xml-parser'
import { createMockApp, type MockApp, type MockOptions } from '../app.ts'

export const BASE = 'http://127.0.0.1:8443'
export const ORIGIN = 'http://localhost:5173'

const LISTS = new Set([
  'users.user',
  'devices.device',
  'extensions.extension',
  'remoteDestinations.remoteDestination',
  'remoteDestinations.remoteDestination.schedule.days.day',
  'remoteDestination.schedule.days.day',
  'userSpeedDials.speedDials.speedDial',
  'userSpeedDials.devices.device',
  'speedDials.speedDial',
  'userSubscribedServices.subscribedServices.subscribedService',
  'servers.server',
  'userPolicy.policy',
  'phoneServices.phoneService',
  'UserExternalServiceAccounts.UserExternalServiceAccount',
])

export const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  ignoreDeclaration: true,
  isArray: (_n, jp, _leaf, isAttr) => !isAttr && LISTS.has(String(jp)),
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type X = any

export function auth(user = 'demo', password = 'demo'): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}` }
}

export interface Call {
  status: number
  headers: Headers
  text: string
  xml: X
}

export class Client {
  constructor(readonly mock: MockApp) {}
  async call(
    method: string,
    path: string,
    init: { user?: string | null; password?: string; body?: string; headers?: Record<string, string> } = {},
  ): Promise<Call> {
    const headers: Record<string, string> = { ...(init.headers ?? {}) }
    if (init.user !== null) Object.assign(headers, auth(init.user ?? 'demo', init.password ?? 'demo'))
    if (init.body !== undefined) headers['Content-Type'] = 'application/xml'
    const res = await this.mock.fetch(new Request(BASE + path, { method, headers, body: init.body }))
    const text = await res.text()
    let xml: X = null
    if ((res.headers.get('content-type') ?? '').includes('xml') && text) xml = parser.parse(text)
    return { status: res.status, headers: res.headers, text, xml }
  }
  get(path: string, user: string | null = 'demo') {
    return this.call('GET', path, { user })
  }
  put(path: string, body: string, user = 'demo') {
    return this.call('PUT', path, { user, body })
  }
  post(path: string, body: string, user = 'demo') {
    return this.call('POST', path, { user, body })
  }
  del(path: string, user = 'demo') {
    return this.call('DELETE', path, { user })
  }
  /** Whether a persona's secret (password, pin, voicemailPin) now equals `candidate`. */
  async secretIs(secret: string, candidate: string, userId = 'demo'): Promise<boolean> {
    const res = await this.mock.fetch(
      new Request(`${BASE}/__mock/check-secret`, {
        method: 'POST',
        body: JSON.stringify({ userId, secret, candidate }),
      }),
    )
    return ((await res.json()) as { matches: boolean }).matches
  }
  async state(user = 'demo'): Promise<X> {
    const res = await this.mock.fetch(new Request(`${BASE}/__mock/state/${user}`))
    return res.json()
  }
}

export function setup(o: Partial<MockOptions> = {}): Client {
  return new Client(createMockApp(o))
}

/** Text of a parsed node (string or {#text}). */
export function txt(n: X): string {
  if (n === undefined || n === null) return ''
  return typeof n === 'string' ? n : (n['#text'] ?? '')
}

export const DEMO = {
  desk: 'd1a00001-3333-4d4e-8f50-000000000001',
  soft: 'd1a00002-3333-4d4e-8f50-000000000002',
  rdp: 'd1a00003-3333-4d4e-8f50-000000000003',
  line1: 'a1a00001-1111-4b2c-8d3e-0000000000a0',
  line2: 'a1a00002-1111-4b2c-8d3e-0000000000a0',
  rd: 'e1a00001-4444-4e5f-9061-000000000001',
  service: '5ba00001-5555-4f60-a172-000000000001',
}

/** `prefix` padded with x to exactly `n` characters (code points). */
export function pad(prefix: string, n: number): string {
  return prefix + 'x'.repeat(n - [...prefix].length)
}
