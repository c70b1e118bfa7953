import { describe, expect, it } from 'vitest'
import { chooseLocale } from './choose.ts'
import { portalLocaleForCucm } from './cucm-locale.ts'
import { LOCALES } from './locales.ts'
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoMessage } from './pseudo.ts'

describe("the portal's language for a CUCM user locale", () => {
  it.each([
    ['French, France', 'fr'],
    ['French, Canada', 'fr'],
    ['German, Germany', 'de'],
    ['Spanish, Spain', 'es'],
    ['Arabic, Saudi Arabia', 'ar'],
    ['English, United States', 'en'],
    ['French_France', 'fr'],
    ['fr_FR', 'fr'],
    ['de-DE', 'de'],
    ['ar', 'ar'],
    ['  German, Switzerland ', 'de'],
  ])('%s → %s', (name, locale) => expect(portalLocaleForCucm(name)).toBe(locale))

  it.each([[''], [null], [undefined], ['Japanese, Japan'], ['Swedish, Sweden'], ['sv_SE'], ['1'], ['xx-YY']])(
    '%s: none (the browser’s language applies)',
    (name) => expect(portalLocaleForCucm(name)).toBeNull(),
  )
})

describe('which language the portal shows', () => {
  const base = { query: null, chosen: null, user: null, preferred: [] as string[], supported: LOCALES }
  it('the browser’s preferred languages, first supported one, region ignored', () => {
    expect(chooseLocale({ ...base, preferred: ['ja-JP', 'de-CH', 'fr'] })).toBe('de')
    expect(chooseLocale({ ...base, preferred: ['ES'] })).toBe('es')
  })
  it('English when nothing matches', () => {
    expect(chooseLocale({ ...base, preferred: ['ja', 'sv'] })).toBe('en')
    expect(chooseLocale(base)).toBe('en')
  })
  it('the user’s phone system language over the browser’s', () => {
    expect(chooseLocale({ ...base, user: 'fr', preferred: ['de'] })).toBe('fr')
  })
  it('a language chosen in this browser over both', () => {
    expect(chooseLocale({ ...base, chosen: 'es', user: 'fr', preferred: ['de'] })).toBe('es')
  })
  it('?lang= over everything, for this page load; ?lang=pseudo for tests', () => {
    expect(chooseLocale({ ...base, query: 'ar', chosen: 'es' })).toBe('ar')
    expect(chooseLocale({ ...base, query: 'pseudo', chosen: 'es' })).toBe('pseudo')
  })
  it('ignores a remembered value the portal doesn’t have', () => {
    expect(chooseLocale({ ...base, query: 'xx', chosen: 'klingon', user: 'ja', preferred: ['fr'] })).toBe(
      'fr',
    )
  })
})

describe('the pseudo-locale', () => {
  it('accents every letter, adds a third in length and marks both ends', () => {
    const out = pseudoMessage(['Phones']) as string[]
    expect(out[0]).toBe(PSEUDO_OPEN)
    expect(out.join('')).not.toMatch(/[A-Za-z]/)
    expect(out.at(-1)!.endsWith(PSEUDO_CLOSE)).toBe(true)
    expect(out.join('').length).toBeGreaterThanOrEqual(Math.ceil('Phones'.length * 1.35))
  })
  it('keeps placeholders and plural structure (and #) so interpolation still works', () => {
    const out = pseudoMessage([
      'Hello ',
      ['name'],
      ', ',
      ['count', 'plural', { one: ['#', ' phone'], other: ['#', ' phones'] }],
    ]) as unknown[]
    expect(out).toContainEqual(['name'])
    const plural = out.find((t) => Array.isArray(t) && t[1] === 'plural') as [
      string,
      string,
      Record<string, string[]>,
    ]
    expect(plural[0]).toBe('count')
    expect(plural[2].one![0]).toBe('#')
    expect(plural[2].other!.join('')).not.toMatch(/[A-Za-z]/)
  })
})

describe('numbers and words of unknown direction in right-to-left text', () => {
  it('isolated in Arabic only: left to right for numbers, by their own first letter for config text', async () => {
    const { i18n } = await import('@lingui/core')
    const { isolate, ltr } = await import('./format.ts')
    expect(ltr('+1 312 555 0189')).toBe('+1 312 555 0189')
    expect(isolate('Monday to Friday')).toBe('Monday to Friday')
    i18n.loadAndActivate({ locale: 'ar', messages: {} })
    try {
      expect(ltr('+1 312 555 0189')).toBe('\u2066+1 312 555 0189\u2069')
      expect(isolate('Monday to Friday')).toBe('\u2068Monday to Friday\u2069')
      expect(ltr('')).toBe('')
    } finally {
      i18n.activate('en')
    }
  })
})
