/** What the UDS resource modules share: XML answers, URIs, schema versions and lookups. */
import { schemaVersion } from '../model/version.ts'
import type { Device, Line, Persona } from '../model/types.ts'
import type { Rq } from '../http/context.ts'
import { BadInput, NotFound } from '../http/errors.ts'
import { renderXml, t, type XmlNode } from '../http/xml.ts'
import { bool, parseBody, scalar, type XmlObject } from '../http/xml-read.ts'
import type { Options } from '../model/option-lists.ts'

export const XML_TYPE = 'application/xml; charset=UTF-8'

export function xml(node: XmlNode, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(renderXml(node), { status, headers: { 'Content-Type': XML_TYPE, ...headers } })
}

/** `true` / `false` as UDS writes booleans. */
export function b(v: boolean): string {
  return v ? 'true' : 'false'
}

/** The root `version` attribute of a resource for the emulated release. */
export function ver(rq: Rq, resource: string): string {
  return schemaVersion(rq.ctx.release, resource)
}

export function userUri(rq: Rq, suffix = ''): string {
  return `${rq.base}/cucm-uds/user/${encodeURIComponent(rq.user.userName)}${suffix}`
}

/** URI of an option list (`/options/{name}`). */
export function opt(rq: Rq, name: string): string {
  return `${rq.base}/cucm-uds/options/${name}`
}

/** The request body, parsed; its root element must be `root`. */
export async function body(rq: Rq, root: string): Promise<XmlObject> {
  return parseBody(await rq.text(), root)
}

export function phones(u: Persona): Device[] {
  return u.devices.filter((d) => d.kind === 'phone')
}

export function primaryLine(u: Persona): Line | undefined {
  return u.lines.find((l) => l.primary)
}

export function allSame<T>(items: T[], eq: (a: T, c: T) => boolean): boolean {
  const first = items[0]
  return first === undefined || items.every((i) => eq(first, i))
}

export function deviceDescription(d: Device): string {
  return d.userDescription ?? d.adminDescription
}

/** The signed-in user's device with this id, else NotFound. */
export function findDevice(rq: Rq, id: string): Device {
  const d = rq.user.devices.find((x) => x.id === id)
  if (!d) throw new NotFound('device not found')
  return d
}

export function startsWith(value: string, prefix: string): boolean {
  return value.toLowerCase().startsWith(prefix.toLowerCase())
}

/** A boolean element: absent → undefined, empty → `emptyDefault`, else `true`/`false`. */
export function readBool(parent: XmlObject, key: string, emptyDefault: boolean): boolean | undefined {
  const v = scalar(parent, key)
  if (v === undefined) return undefined
  return v === '' ? emptyDefault : bool(v, key)
}

/** An option-list value: absent → undefined, empty → '' (system default), else one of `opts`. */
export function readPref(parent: XmlObject, key: string, opts: Options): string | undefined {
  const v = scalar(parent, key)
  if (v === undefined || v === '') return v
  if (!opts.some(([o]) => o === v)) throw new BadInput(`<${key}> has an unknown value`)
  return v
}

type TextField = {
  [K in keyof Persona]: Persona[K] extends string ? K : never
}[keyof Persona]

/** Elements named like the persona's text fields, in the order given. */
export function fieldsXml(u: Persona, names: readonly TextField[]): XmlNode[] {
  return names.map((n) => t(n, u[n]))
}

/** Fields the user and the directory entries (`/users`) both carry, in the documented order. */
export const NAME_FIELDS = ['id', 'userName', 'firstName', 'lastName', 'middleName', 'nickName'] as const
export const PHONE_FIELDS = ['phoneNumber', 'homeNumber', 'mobileNumber'] as const
export const ORG_FIELDS = ['department', 'manager', 'title', 'pager'] as const
