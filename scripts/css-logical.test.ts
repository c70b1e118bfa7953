/**
 * The stylesheets use logical directions only (inline-start/end rather than left/right), so a
 * right-to-left language (`<html dir="rtl">`) mirrors the layout without a second stylesheet.
 * Every .css file under src/ is read and each declaration that names a physical horizontal side
 * fails the test with its file and line. Vertical sides (top, bottom, margin-bottom…) are the same
 * in both directions and are allowed.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

interface Violation {
  line: number
  declaration: string
  reason: string
}

/** Comments become spaces (line breaks kept, so line numbers still match); strings are kept. */
function withoutComments(css: string): string {
  let out = ''
  let i = 0
  while (i < css.length) {
    const ch = css[i]!
    if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2)
      const stop = end === -1 ? css.length : end + 2
      out += css.slice(i, stop).replace(/[^\n]/g, ' ')
      i = stop
    } else if (ch === '"' || ch === "'") {
      let j = i + 1
      while (j < css.length && css[j] !== ch && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1
      out += css.slice(i, j + 1)
      i = j + 1
    } else {
      out += ch
      i++
    }
  }
  return out
}

/** A value's top-level words: `calc(-1 * var(--x)) 0` is two words, not five. */
function words(value: string): string[] {
  const result: string[] = []
  let depth = 0
  let word = ''
  for (const ch of value) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (/\s/.test(ch) && depth === 0) {
      if (word) result.push(word)
      word = ''
    } else word += ch
  }
  if (word) result.push(word)
  return result
}

const PHYSICAL_SIDE = /^(margin|padding|scroll-margin|scroll-padding)-(left|right)$/
const PHYSICAL_BORDER = /^border-(left|right)(-(width|style|color))?$/
const PHYSICAL_CORNER = /^border-(top|bottom)-(left|right)-radius$/
const SIDE_KEYWORD_PROPERTIES = new Set(['text-align', 'text-align-last', 'float', 'clear'])
const BOX_SHORTHANDS = new Set(['margin', 'padding', 'inset', 'scroll-margin', 'scroll-padding'])

function problem(property: string, value: string): string | undefined {
  if (property === 'left' || property === 'right')
    return `use inset-inline-${property === 'left' ? 'start' : 'end'}`
  if (PHYSICAL_SIDE.test(property) || PHYSICAL_BORDER.test(property))
    return 'use the -inline-start/-end property'
  if (PHYSICAL_CORNER.test(property)) return 'use border-start-start-radius and the like'
  const parts = words(value)
  if (SIDE_KEYWORD_PROPERTIES.has(property) && parts.some((w) => /^(left|right)$/i.test(w)))
    return property.startsWith('text-align') ? 'use start/end' : 'use inline-start/inline-end'
  // `margin: a b c d` with a different left (d) and right (b): split into margin-block + margin-inline.
  if (BOX_SHORTHANDS.has(property) && parts.length === 4 && parts[1] !== parts[3])
    return `left and right differ: use ${property}-block and ${property}-inline`
  if (property === 'border-radius') {
    const corners = words(value.split('/')[0]!)
    // top-left, top-right, bottom-right, bottom-left, as the shorthand expands them.
    const [tl, tr = tl, br = tl, bl = tr] = corners
    if (tl !== tr || bl !== br)
      return 'left and right corners differ: use border-start-start-radius and the like'
  }
  return undefined
}

/** The declarations in a stylesheet that name a physical horizontal side. */
function physicalDirections(css: string): Violation[] {
  const text = withoutComments(css)
  const violations: Violation[] = []
  let start = 0
  let quote: string | undefined
  let depth = 0
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = undefined
      continue
    }
    if (ch === '"' || ch === "'") {
      quote = ch
      continue
    }
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (depth > 0 && ch !== undefined) continue
    if (ch !== undefined && ch !== ';' && ch !== '{' && ch !== '}') continue
    const chunk = text.slice(start, i)
    const chunkStart = start
    start = i + 1
    // A chunk before `{` is a selector or an at-rule's prelude, not a declaration.
    if (ch === '{') continue
    const colon = chunk.indexOf(':')
    if (colon === -1) continue
    const property = chunk.slice(0, colon).trim().toLowerCase()
    if (!/^[a-z-]+$/.test(property) || property.startsWith('--')) continue
    const value = chunk
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
    const reason = problem(property, value)
    if (!reason) continue
    const offset = chunkStart + chunk.search(/\S/)
    const line = text.slice(0, offset).split('\n').length
    violations.push({ line, declaration: `${property}: ${value}`, reason })
  }
  return violations
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(dir, name))
    .sort()
}

describe('the checker for physical directions', () => {
  it('names each physical declaration with its line, and ignores comments, selectors and logical ones', () => {
    const sample = [
      '/* margin-left: 1px; a comment,',
      '   text-align: right; over two lines */',
      '.left:hover, [dir="rtl"] .right {',
      '  margin-left: 4px;',
      '  padding-inline-start: 4px; /* padding-right: 2px */',
      '  border-right: 1px solid red;',
      '  border-left-color: red;',
      '  border-top-left-radius: 2px;',
      '  top: 0; left: 0;',
      '  right: calc(100% - 2px) !important;',
      '  text-align: left;',
      '  text-align: start;',
      '  float: right;',
      '  margin: 0 calc(-1 * var(--x)) 0 2px;',
      '  margin: 0 var(--x) 1px;',
      '  padding: 1px 2px 3px 2px;',
      "  content: 'left: 0; right: 0';",
      '  --left: 1px;',
      '  border-radius: 4px 0 0 4px;',
      '  border-radius: var(--r) var(--r) 0 0;',
      '  inset-inline-start: 0;',
      '}',
      '@media (min-width: 1px) { .x { padding-right: 1px } }',
    ].join('\n')
    expect(physicalDirections(sample).map((v) => `${v.line} ${v.declaration}`)).toEqual([
      '4 margin-left: 4px',
      '6 border-right: 1px solid red',
      '7 border-left-color: red',
      '8 border-top-left-radius: 2px',
      '9 left: 0',
      '10 right: calc(100% - 2px)',
      '11 text-align: left',
      '13 float: right',
      '14 margin: 0 calc(-1 * var(--x)) 0 2px',
      '19 border-radius: 4px 0 0 4px',
      '23 padding-right: 1px',
    ])
  })

  it('passes a stylesheet that is logical throughout', () => {
    const css = '.a { margin-inline: 1px 2px; inset-inline-end: 0; text-align: end; float: inline-start; }'
    expect(physicalDirections(css)).toEqual([])
  })
})

describe('the stylesheets under src/', () => {
  const files = cssFiles('src')

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  it('use logical directions only (inline-start/end, not left/right)', () => {
    const found = files.flatMap((file) =>
      physicalDirections(readFileSync(file, 'utf8')).map(
        (v) => `${relative('.', file)}:${v.line}  ${v.declaration}  (${v.reason})`,
      ),
    )
    expect(found).toEqual([])
  })
})
