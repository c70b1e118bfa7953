/**
 * A strict reader for request bodies on top of fast-xml-parser. Every check before the parser is a
 * linear scan (no backtracking regular expression sees the body), and the parser only runs on bodies
 * whose element, attribute and entity counts are within what a real request needs, so a hostile 64 KB
 * body costs milliseconds.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { BadInput } from './errors.ts'

/** Full jPaths of elements that are lists in request bodies, so one item still parses to an array. */
const LIST_PATHS = new Set([
  'speedDials.speedDial',
  'speedDial.speedDial',
  'credentials.credential',
  'subscribedServices.subscribedService',
  'subscribedServices.subscribedService.parameters.parameter',
  'remoteDestination.associatedDevices.associatedDevice',
  'remoteDestination.associatedDevices.associatedDevice.associatedExtensions.associatedExtension',
  'remoteDestination.schedule.days.day',
])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: true, // decodes numeric character references; unknown named entities are refused below
  isArray: (_name, jPath, _leaf, isAttribute) => !isAttribute && LIST_PATHS.has(String(jPath)),
})

const ENTITY_RE = /&(?!(?:lt|gt|amp|apos|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/

/** Strip leading/trailing whitespace, comments and processing instructions around the root element. */
function stripMisc(xml: string): string {
  let s = xml.trim()
  for (;;) {
    const before = s
    if (s.startsWith('<?')) s = cutHead(s, '<?', '?>')
    else if (s.startsWith('<!--')) s = cutHead(s, '<!--', '-->')
    if (s.endsWith('-->')) s = cutTail(s, '<!--', '-->')
    else if (s.endsWith('?>')) s = cutTail(s, '<?', '?>')
    if (s === before) return s
  }
}

/** Drop the leading `start … end` (through the first `end`) and the white space after it. */
function cutHead(s: string, start: string, end: string): string {
  const i = s.indexOf(end, start.length)
  return i < 0 ? s : s.slice(i + end.length).trimStart()
}

/** Drop the trailing `start … end` (from the last `start` before it) and the white space before it. */
function cutTail(s: string, start: string, end: string): string {
  const i = s.lastIndexOf(start, s.length - end.length - start.length)
  return i < 0 ? s : s.slice(0, i).trimEnd()
}

const SPACE_RE = /\s/

/** Whether `core` is one `<root …>…</root>` or `<root …/>` element (attributes without `<` or `>`). */
function isSingleRoot(core: string, root: string): boolean {
  const open = `<${root}`
  if (!core.startsWith(open)) return false
  const gt = core.indexOf('>', open.length)
  if (gt < 0) return false
  const attrs = core.slice(open.length, gt)
  if (attrs.includes('<')) return false
  if (core.endsWith('/>') && gt === core.length - 1) {
    const inner = attrs.slice(0, -1)
    return inner === '' || SPACE_RE.test(inner[0] ?? '')
  }
  if (attrs !== '' && !SPACE_RE.test(attrs[0] ?? '')) return false
  const end = core.trimEnd()
  if (!end.endsWith('>')) return false
  const close = end.slice(0, -1).trimEnd()
  return close.endsWith(`</${root}`) && close.length - root.length - 2 > gt
}

export type XmlObject = Record<string, unknown>

/** Most `<`, attributes (`=` inside a tag) and `&` a request body may hold: ample for any real one. */
export const MAX_TAGS = 4096
export const MAX_ATTRIBUTES = 256
export const MAX_REFERENCES = 4096

/** One linear pass that keeps the parser away from bodies no client sends (it is slow on those). */
function checkCounts(xml: string): void {
  let tags = 0
  let attributes = 0
  let references = 0
  let inTag = false
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (c === 60) {
      tags++
      inTag = true
    } else if (c === 62) inTag = false
    else if (c === 61 && inTag) attributes++
    else if (c === 38) references++
  }
  if (tags > MAX_TAGS || attributes > MAX_ATTRIBUTES || references > MAX_REFERENCES)
    throw new BadInput('the body has more elements, attributes or references than any request needs')
}

/**
 * Validate and parse a request body that must have exactly one root element named `root`.
 * Refuses DOCTYPE, unknown entities, several roots, trailing text and malformed XML.
 */
export function parseBody(xml: string, root: string): XmlObject {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) throw new BadInput('DOCTYPE is not allowed')
  if (ENTITY_RE.test(xml)) throw new BadInput('unknown entity')
  if (CONTROL_RE.test(xml)) throw new BadInput('control characters are not allowed')
  for (const m of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const ref = m[1] ?? ''
    const cp = ref.startsWith('x') ? parseInt(ref.slice(1), 16) : parseInt(ref, 10)
    const ok =
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      (cp >= 0x10000 && cp <= 0x10ffff)
    if (!ok) throw new BadInput('character reference to a character XML does not allow')
  }
  if (xml.trim() === '') throw new BadInput('empty body')
  checkCounts(xml)
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new BadInput(`malformed XML: ${valid.err.msg}`)
  if (!isSingleRoot(stripMisc(xml), root)) throw new BadInput(`expected a single <${root}> root element`)
  let parsed: unknown
  try {
    parsed = parser.parse(xml)
  } catch {
    throw new BadInput('malformed XML')
  }
  if (!parsed || typeof parsed !== 'object') throw new BadInput('malformed XML')
  const keys = Object.keys(parsed)
  if (keys.length !== 1 || keys[0] !== root) throw new BadInput(`expected a single <${root}> root element`)
  const value = (parsed as XmlObject)[root]
  if (Array.isArray(value)) throw new BadInput(`expected a single <${root}> root element`)
  if (value === '' || value === undefined) return {}
  if (typeof value === 'string') throw new BadInput(`<${root}> must contain elements`)
  if (typeof value !== 'object' || value === null) throw new BadInput('malformed XML')
  const obj = value as XmlObject
  if ('#text' in obj) throw new BadInput(`<${root}> must not contain text`)
  return obj
}

/** Whether an element is present (even empty). */
export function has(obj: XmlObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key)
}

/**
 * Read a scalar child element. `undefined` when absent, `''` when empty.
 * Throws BadInput for repeated elements, elements with children, or control characters.
 */
export function scalar(obj: XmlObject, key: string): string | undefined {
  if (!has(obj, key)) return undefined
  const v = obj[key]
  if (typeof v === 'string') return checkText(v)
  if (Array.isArray(v)) throw new BadInput(`<${key}> must appear once`)
  if (v && typeof v === 'object') {
    const o = v as XmlObject
    const kids = Object.keys(o).filter((k) => !k.startsWith('@_'))
    if (kids.length === 0) return ''
    if (kids.length === 1 && kids[0] === '#text' && typeof o['#text'] === 'string')
      return checkText(o['#text'])
  }
  throw new BadInput(`<${key}> must be a simple value`)
}

/** Read an attribute of a child element (or undefined). */
export function attrOf(obj: XmlObject, key: string, attr: string): string | undefined {
  const v = obj[key]
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const a = (v as XmlObject)[`@_${attr}`]
    if (typeof a === 'string') return checkText(a)
  }
  return undefined
}

/** Read a child that must be an element container (empty element → `{}`), or undefined when absent. */
export function child(obj: XmlObject, key: string): XmlObject | undefined {
  if (!has(obj, key)) return undefined
  const v = obj[key]
  if (v === '') return {}
  if (Array.isArray(v)) throw new BadInput(`<${key}> must appear once`)
  if (v && typeof v === 'object') {
    const o = v as XmlObject
    if (has(o, '#text')) throw new BadInput(`<${key}> must not contain text`)
    return o
  }
  throw new BadInput(`<${key}> must contain elements`)
}

/** Read a list of container children forced to arrays by LIST_PATHS (absent → []). */
export function list(obj: XmlObject, key: string): XmlObject[] {
  if (!has(obj, key)) return []
  const v = obj[key]
  const items = Array.isArray(v) ? v : [v]
  return items.map((item) => {
    if (item === '') return {}
    if (item && typeof item === 'object' && !Array.isArray(item)) return item as XmlObject
    throw new BadInput(`<${key}> must contain elements`)
  })
}

/** Text list item: a plain string or an element with attributes and text. */
export function itemText(item: unknown): string {
  if (typeof item === 'string') return checkText(item)
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const tx = (item as XmlObject)['#text']
    if (tx === undefined) return ''
    if (typeof tx === 'string') return checkText(tx)
  }
  throw new BadInput('expected a simple value')
}

function checkText(v: string): string {
  if (CONTROL_RE.test(v)) throw new BadInput('control characters are not allowed')
  return v
}

/** Parse `true`/`false`; anything else is BadInput. */
export function bool(value: string, name: string): boolean {
  if (value === 'true') return true
  if (value === 'false') return false
  throw new BadInput(`<${name}> must be true or false`)
}
