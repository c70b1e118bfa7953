import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { languageBootScript, withLanguageBoot } from './lib/language-boot.ts'

const URLS = { en: '/assets/first-en.js', de: '/assets/first-de.js', ar: '/assets/first-ar.js' }

/** Runs the boot script against a stand-in for the browser; returns what it did. */
function boot(options: { search?: string; chosen?: string; languages?: string[] }) {
  const links: { rel: string; href: string }[] = []
  const html = { lang: 'en', dir: 'ltr' }
  const storage = (value?: string) => ({
    getItem: (key: string) => (key === 'portal-language' ? (value ?? null) : null),
  })
  runInNewContext(languageBootScript(URLS), {
    location: { search: options.search ?? '' },
    URLSearchParams,
    localStorage: storage(options.chosen),
    sessionStorage: storage(),
    navigator: { languages: options.languages ?? ['en-US'] },
    document: {
      documentElement: html,
      head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
      createElement: () => ({}),
    },
  })
  return { html, preloads: links.filter((l) => l.rel === 'modulepreload').map((l) => l.href) }
}

describe('the language boot script', () => {
  it('preloads only the browser language’s first catalog and sets lang and dir', () => {
    expect(boot({ languages: ['de-DE', 'en'] })).toEqual({
      html: { lang: 'de', dir: 'ltr' },
      preloads: ['/assets/first-de.js'],
    })
  })
  it('right to left for Arabic', () => {
    expect(boot({ languages: ['ar-EG'] })).toEqual({
      html: { lang: 'ar', dir: 'rtl' },
      preloads: ['/assets/first-ar.js'],
    })
  })
  it('a language chosen in this browser wins, ?lang= over that', () => {
    expect(boot({ chosen: 'ar', languages: ['de'] }).preloads).toEqual(['/assets/first-ar.js'])
    expect(boot({ search: '?lang=de', chosen: 'ar' }).preloads).toEqual(['/assets/first-de.js'])
  })
  it('the pseudo-locale is built from English', () => {
    expect(boot({ search: '?lang=pseudo' })).toEqual({
      html: { lang: 'en', dir: 'ltr' },
      preloads: ['/assets/first-en.js'],
    })
  })
  it('goes before the app’s entry script in index.html', () => {
    const html = '<head>\n    <script type="module" crossorigin src="/assets/index-1.js"></script>\n</head>'
    const out = withLanguageBoot(html, '/assets/language-1.js')
    expect(out.indexOf('language-1.js')).toBeLessThan(out.indexOf('index-1.js'))
    expect(() => withLanguageBoot('<head></head>', '/x.js')).toThrow(/no module entry/)
  })
})
