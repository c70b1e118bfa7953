/**
 * The XML shapes the portal reads and writes: parsed elements (xml-parser.ts turns a response body
 * into them), the helpers parsers (api/<resource>) read them with, and the request body builder.
 * Components never see XML shapes. Nothing here needs the parser library, so the sign-in page can
 * paint before it has downloaded.
 */

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
