/**
 * The catalogs (src/locales/{locale}/{part}.po): every language has exactly the messages the code
 * uses, each translated, in valid ICU MessageFormat with the source's placeholders and markup; plural
 * messages give every plural category the language needs.
 */
import { readFileSync } from 'node:fs'
import { parse, type Token } from '@messageformat/parser'
import { formatter } from '@lingui/format-po'
import { getCatalogs } from '@lingui/cli/api'
import { getConfig } from '@lingui/conf'
import { describe, expect, it } from 'vitest'
import { LOCALES } from './locales.ts'

const PARTS = ['first', 'pages'] as const
const po = formatter({ lineNumbers: false })

interface Entry {
  message?: string
  translation?: string
  context?: string | null
  obsolete?: boolean
}

async function catalog(locale: string, part: string): Promise<Record<string, Entry>> {
  const text = readFileSync(new URL(`../locales/${locale}/${part}.po`, import.meta.url), 'utf8')
  const parsed = (await po.parse(text, {
    locale,
    sourceLocale: 'en',
    filename: `${part}.po`,
  } as never)) as Record<string, Entry>
  return Object.fromEntries(Object.entries(parsed).filter(([, e]) => !e.obsolete))
}

/** Placeholders ({name}, {count, plural}) of a message, in a comparable form. */
function placeholders(tokens: Token[], into = new Set<string>()): Set<string> {
  for (const token of tokens) {
    if (token.type === 'argument') into.add(`{${token.arg}}`)
    else if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      into.add(`{${token.arg}, ${token.type}}`)
      for (const c of token.cases) placeholders(c.tokens, into)
    }
  }
  return into
}

const tags = (text: string) => [...(text.match(/<\/?\d+\/?>/g) ?? [])].sort()

function plurals(tokens: Token[], found: { keys: string[] }[] = []) {
  for (const token of tokens)
    if (token.type === 'plural') {
      found.push({ keys: token.cases.map((c) => c.key) })
      for (const c of token.cases) plurals(c.tokens, found)
    } else if (token.type === 'select' || token.type === 'selectordinal')
      for (const c of token.cases) plurals(c.tokens, found)
  return found
}

const sorted = (set: Set<string>) => [...set].sort()

describe('the message catalogs', () => {
  it('English has exactly the messages the code uses (run `npm run messages` after changing words)', async () => {
    const config = getConfig({ cwd: process.cwd(), skipValidation: true })
    const catalogs = await getCatalogs(config)
    const inParts = new Set<string>()
    for (const [i, part] of PARTS.entries()) {
      const inCode = await catalogs[i]!.collect()
      const english = await catalog('en', part)
      expect(Object.keys(english).sort(), `src/locales/en/${part}.po`).toEqual(
        Object.keys(inCode ?? {}).sort(),
      )
      for (const id of Object.keys(english)) inParts.add(id)
    }
    // And no message falls between the parts (a folder neither part includes would show message ids).
    const [everything] = await getCatalogs({
      ...config,
      catalogs: [
        {
          path: `${config.rootDir}/src/locales/{locale}/all`,
          include: [`${config.rootDir}/src/`],
          exclude: ['**/*.test.ts', '**/*.test.tsx', `${config.rootDir}/src/testing/**`],
        },
      ],
    })
    const all = Object.keys((await everything!.collect()) ?? {})
    expect(all.length).toBeGreaterThan(1000)
    expect(all.filter((id) => !inParts.has(id))).toEqual([])
  })

  for (const locale of LOCALES)
    for (const part of PARTS)
      it(`${locale}/${part}.po: complete, valid ICU, same placeholders and markup as English`, async () => {
        const english = await catalog('en', part)
        const translated = await catalog(locale, part)
        expect(Object.keys(translated).sort(), 'missing or extra message ids').toEqual(
          Object.keys(english).sort(),
        )
        const problems: string[] = []
        for (const [id, source] of Object.entries(english)) {
          const text = translated[id]?.translation ?? ''
          const sourceText = source.message ?? ''
          if (!text.trim() && sourceText.trim()) {
            problems.push(`${id} "${sourceText}": not translated`)
            continue
          }
          let tokens: Token[]
          try {
            tokens = parse(text, { strict: false })
          } catch (error) {
            problems.push(`${id} "${text}": ${(error as Error).message}`)
            continue
          }
          const want = sorted(placeholders(parse(sourceText, { strict: false })))
          if (sorted(placeholders(tokens)).join() !== want.join())
            problems.push(`${id} "${text}": placeholders differ from "${sourceText}"`)
          if (tags(text).join() !== tags(sourceText).join())
            problems.push(`${id} "${text}": markup differs from "${sourceText}"`)
          const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
          for (const plural of plurals(tokens)) {
            if (!plural.keys.includes('other')) problems.push(`${id} "${text}": a plural without "other"`)
            const exact = plural.keys.filter((k) => k.startsWith('='))
            const missing = categories.filter((c) => c !== 'many' && !plural.keys.includes(c))
            if (missing.length && exact.length === 0)
              problems.push(`${id} "${text}": plural lacks ${missing.join(', ')} (${locale})`)
          }
        }
        expect(problems).toEqual([])
      })
})
