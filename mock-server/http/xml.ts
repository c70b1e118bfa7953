/** The response builder: element and attribute names only ever come from the mock's own code. */

/** One element of a response. Names are compile-time constants; only text and attribute values carry data. */
export interface XmlNode {
  readonly name: string
  readonly attrs?: Readonly<Record<string, string | undefined>>
  /** `undefined` → self-closing element; a string → text content; an array → child elements. */
  readonly content?: string | readonly (XmlNode | null | undefined | false)[]
}

export type Child = XmlNode | null | undefined | false

/** Create an element. */
export function el(
  name: string,
  attrs?: Record<string, string | undefined> | null,
  content?: string | readonly Child[],
): XmlNode {
  return { name, attrs: attrs ?? undefined, content }
}

/** Shorthand for a text-only element (`null`/`undefined` text → empty element). */
export function t(
  name: string,
  text: string | null | undefined,
  attrs?: Record<string, string | undefined>,
): XmlNode {
  return { name, attrs, content: text ?? '' }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Escape text or an attribute value: `& < > " '` become entities, so `]]>` can never close anything. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)
}

function renderAttrs(attrs: XmlNode['attrs']): string {
  if (!attrs) return ''
  let out = ''
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue
    out += ` ${k}="${escapeXml(v)}"`
  }
  return out
}

function renderNode(node: XmlNode, indent: string, out: string[]): void {
  const open = `${indent}<${node.name}${renderAttrs(node.attrs)}`
  if (node.content === undefined) {
    out.push(`${open}/>`)
  } else if (typeof node.content === 'string') {
    out.push(node.content === '' ? `${open}/>` : `${open}>${escapeXml(node.content)}</${node.name}>`)
  } else {
    const kids = node.content.filter((c): c is XmlNode => Boolean(c))
    if (kids.length === 0) {
      out.push(`${open}/>`)
      return
    }
    out.push(`${open}>`)
    for (const kid of kids) renderNode(kid, indent + '  ', out)
    out.push(`${indent}</${node.name}>`)
  }
}

/** Serialise a document with an XML declaration. */
export function renderXml(root: XmlNode, standalone = false): string {
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8"${standalone ? ' standalone="yes"' : ''}?>`]
  renderNode(root, '', out)
  return out.join('\n') + '\n'
}
