/**
 * The one XML configuration of the portal. Values stay strings ("0001" and "+1972…" are not numbers),
 * attributes are kept, list elements are always arrays (a one-item list is the classic bug), unknown
 * elements and any order are tolerated. Malformed XML, a DOCTYPE or an unexpected root is an error.
 * Parsers (api/<resource>) read the resulting plain objects through the helpers below; components
 * never see XML shapes.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** Full paths (root.child...) of elements that are list items, whatever their count. */
const LIST_PATHS = new Set([
  'users.user',
  'servers.server',
  'devices.device',
  'extensions.extension',
  'userSpeedDials.speedDials.speedDial',
  'userSpeedDials.devices.device',
  'speedDials.speedDial',
  'remoteDestinations.remoteDestination',
  'remoteDestinations.remoteDestination.associatedDevices.associatedDevice',
  'remoteDestination.associatedDevices.associatedDevice',
  'remoteDestinations.remoteDestination.associatedDevices.associatedDevice.associatedExtensions.associatedExtension',
  'remoteDestination.associatedDevices.associatedDevice.associatedExtensions.associatedExtension',
  'remoteDestinations.remoteDestination.schedule.days.day',
  'remoteDestination.schedule.days.day',
  'subscribedServices.subscribedService',
  'userSubscribedServices.subscribedServices.subscribedService',
  'userSubscribedServices.devices.device',
  'phoneServices.phoneService',
  'credentials.credential',
  'userPolicy.policy',
  'user.imAndPresence.server',
  'Users.User',
  'ExternalServiceAccounts.ExternalServiceAccount',
  'ErrorDetails.errors',
])
/** Elements that are list items wherever they appear (option lists inside many resources). */
const LIST_NAMES = new Set(['option'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Keep values exactly as sent (a name may end in a space); decode numeric references (&#128512;).
  trimValues: false,
  htmlEntities: true,
  isArray: (name, jpath) => LIST_NAMES.has(name) || LIST_PATHS.has(String(jpath)),
})

/** A parsed element: a string for text-only elements, an object otherwise. */
export type XmlNode = string | XmlObject
export interface XmlObject {
  [key: string]: XmlNode | XmlNode[] | undefined
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XmlError'
  }
}

/**
 * Parses a response body and returns its root element. Throws XmlError for anything that is not
 * exactly one well-formed element named `expectedRoot`.
 */
export function parseXml(text: string, expectedRoot: string): XmlObject {
  if (/<!DOCTYPE/i.test(text)) throw new XmlError('A DOCTYPE is not accepted')
  const trimmed = text.trim()
  if (!trimmed.startsWith('<')) throw new XmlError('Not XML')
  const valid = XMLValidator.validate(trimmed)
  if (valid !== true) throw new XmlError(`Malformed XML: ${valid.err.msg} (line ${valid.err.line})`)
  let doc: Record<string, unknown>
  try {
    doc = parser.parse(trimmed) as Record<string, unknown>
  } catch (error) {
    throw new XmlError(`Unreadable XML: ${(error as Error).message}`)
  }
  const roots = Object.keys(doc)
  if (roots.length !== 1) throw new XmlError(`Expected one root element, found ${roots.length}`)
  if (roots[0] !== expectedRoot) throw new XmlError(`Expected <${expectedRoot}>, found <${roots[0]}>`)
  const root = doc[expectedRoot]
  if (Array.isArray(root)) throw new XmlError('Expected one root element')
  // <speedDials/> parses to "": treat an empty root as an element without children.
  return typeof root === 'object' && root !== null ? (root as XmlObject) : { '#text': String(root ?? '') }
}

/** A value to serialise: strings are escaped; undefined is left out (unchanged); '' is an empty element. */
export type XmlValue = string | XmlBody | XmlBody[] | undefined
export interface XmlBody {
  [key: string]: XmlValue
}

/**
 * Builds a request body from a fixed, typed object. Element names come from code, never from user
 * input; text is entity-escaped. An empty string gives an empty element (UDS: reset to default) and
 * undefined gives no element (UDS: unchanged).
 */
export function buildXml(rootName: string, body: XmlBody): string {
  return serialize(rootName, body)
}

// The serializer: the same output as fast-xml-parser's XMLBuilder with the portal's options
// (attributes `@_name`, text `#text`, empty → `<name/>`, all five entities escaped), checked against
// it in xml-builder.test.ts. Written out because the builder would otherwise be on the sign-in page.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}
const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!)

function serialize(name: string, value: XmlValue): string {
  if (value === undefined) return ''
  if (Array.isArray(value)) return value.map((item) => serialize(name, item)).join('')
  if (typeof value === 'string') return value === '' ? `<${name}/>` : `<${name}>${escapeXml(value)}</${name}>`
  let attributes = ''
  let content = ''
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue
    if (key.startsWith('@_')) attributes += ` ${key.slice(2)}="${escapeXml(String(child))}"`
    else if (key === '#text') content += escapeXml(String(child))
    else content += serialize(key, child)
  }
  return content === '' ? `<${name}${attributes}/>` : `<${name}${attributes}>${content}</${name}>`
}

// ---- reading helpers -------------------------------------------------------------------------

function child(node: XmlNode | undefined, name: string): XmlNode | XmlNode[] | undefined {
  if (node === undefined || typeof node === 'string') return undefined
  return node[name]
}

/** The element's text ('' when absent or empty). */
export function text(node: XmlNode | XmlNode[] | undefined, name?: string): string {
  const n = name === undefined ? node : child(single(node), name)
  const s = single(n)
  if (s === undefined) return ''
  if (typeof s === 'string') return s
  const t = s['#text']
  return typeof t === 'string' ? t : ''
}

/** The element's text, or undefined when the element is absent (for optional, version-gated fields). */
export function optionalText(node: XmlNode | undefined, name: string): string | undefined {
  const n = child(node, name)
  return n === undefined ? undefined : text(n)
}

export function bool(node: XmlNode | undefined, name: string, fallback = false): boolean {
  const t = text(node, name).trim().toLowerCase()
  if (t === 'true') return true
  if (t === 'false') return false
  return fallback
}

/** An attribute of the node itself (name without the @_ prefix). */
export function attr(node: XmlNode | XmlNode[] | undefined, name: string): string | undefined {
  const s = single(node)
  if (s === undefined || typeof s === 'string') return undefined
  const v = s[`@_${name}`]
  return typeof v === 'string' ? v : undefined
}

/** A child element as an object (empty object when absent or text-only). */
export function element(node: XmlNode | undefined, name: string): XmlObject | undefined {
  const n = single(child(node, name))
  if (n === undefined) return undefined
  return typeof n === 'string' ? { '#text': n } : n
}

/** The items of a list element; [] for an absent or empty list. */
export function list(node: XmlNode | undefined, name: string): XmlObject[] {
  const n = child(node, name)
  if (n === undefined) return []
  const items = Array.isArray(n) ? n : [n]
  return items.map((item) => (typeof item === 'string' ? { '#text': item } : item))
}

function single(n: XmlNode | XmlNode[] | undefined): XmlNode | undefined {
  return Array.isArray(n) ? n[0] : n
}
