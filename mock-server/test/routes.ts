/**
 * The mock's UDS and CUPI routes as registered with Hono (pattern and methods), so tests that cover
 * "every route" cover a new one the day it is added.
 */
import { createMockApp, type MockApp } from '../app.ts'
import { createState, SIGN_IN_PERSONAS } from '../fixtures/personas.ts'
import type { Persona } from '../model/types.ts'
import { BASE } from './helpers.ts'

export interface RouteInfo {
  /** Hono pattern: `/cucm-uds/user/:user/device/:device`. */
  path: string
  methods: string[]
}

export function routeTable(): RouteInfo[] {
  const byPath = new Map<string, Set<string>>()
  for (const r of createMockApp().app.routes) {
    if (!/^\/(cucm-uds|vmrest)\//.test(r.path)) continue
    const methods = byPath.get(r.path) ?? new Set<string>()
    if (r.method !== 'ALL') methods.add(r.method)
    byPath.set(r.path, methods)
  }
  return [...byPath].map(([path, methods]) => ({ path, methods: [...methods] }))
}

/** The literal path segment before each parameter of a route ("user", "device", "speedDial", …). */
export function slots(route: RouteInfo): string[] {
  const segments = route.path.split('/')
  return segments.flatMap((s, i) => (s.startsWith(':') ? [segments[i - 1] ?? ''] : []))
}

/** The route's path with its parameters filled in order (encoded). */
export function fill(route: RouteInfo, values: string[]): string {
  let i = 0
  return route.path
    .split('/')
    .map((s) => (s.startsWith(':') ? encodeURIComponent(values[i++] ?? 'x') : s))
    .join('/')
}

/** The ids a persona owns, by the path segment that names them. */
export function ownedIds(p: Persona): Record<string, string[]> {
  const phones = p.devices
  return {
    user: [p.userName],
    device: phones.map((d) => d.id),
    extension: p.lines.map((l) => l.id),
    remoteDestination: p.remoteDestinations.map((r) => r.id),
    speedDial: phones.flatMap((d) => d.speedDials.map((s) => s.id)),
    subscribedServices: p.subscribedServices.map((s) => s.id),
    users: [p.cupi.objectId],
    externalserviceaccounts: p.cupi.externalServiceAccounts.map((a) => a.objectId),
  }
}

export const PERSONAS = SIGN_IN_PERSONAS.filter((p) => p !== 'locked')

const personas = new Map(createState().users.map((u) => [u.userName, u]))
/** A persona's fixture data (as a fresh mock has it). */
export const persona = (name: string): Persona => personas.get(name)!

export async function call(
  mock: MockApp,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Uint8Array,
) {
  const res = await mock.fetch(
    new Request(BASE + path, {
      method,
      headers: body !== undefined ? { ...headers, 'Content-Type': 'application/xml' } : headers,
      body: body as BodyInit | undefined,
    }),
  )
  return { status: res.status, text: await res.text() }
}

/** A persona's state snapshot without the login bookkeeping (which reads change). */
export async function state(mock: MockApp, user: string): Promise<Record<string, unknown>> {
  const res = await mock.fetch(new Request(`${BASE}/__mock/state/${user}`))
  const s = (await res.json()) as Record<string, unknown>
  delete s.login
  return s
}
