import { describe, expect, it } from 'vitest'
import { analyzeManifest, staticClosure, type Manifest } from './bytes.ts'
import { byteViolations, BUDGETS, firstPageByLanguage } from './budgets.ts'

// A manifest shaped like Vite 8's: an entry with static imports, a lazy layout, two lazy pages that
// share a library chunk ("forms") and a component chunk, and one page with a chunk of its own.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: [
      'src/layout.tsx',
      'src/pages/a-page.tsx',
      'src/pages/b-page.tsx',
      'src/locales/en/first.po',
      'src/locales/de/first.po',
      'src/locales/de/pages.po',
    ],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js', name: 'react' },
  'src/locales/en/first.po': {
    file: 'assets/first-en.js',
    src: 'src/locales/en/first.po',
    isDynamicEntry: true,
  },
  'src/locales/de/first.po': {
    file: 'assets/first-de.js',
    src: 'src/locales/de/first.po',
    isDynamicEntry: true,
  },
  'src/locales/de/pages.po': {
    file: 'assets/pages-de.js',
    src: 'src/locales/de/pages.po',
    isDynamicEntry: true,
  },
  '_dialog.js': { file: 'assets/dialog.js', name: 'dialog', imports: ['_react.js'] },
  '_forms.js': { file: 'assets/forms.js', name: 'forms', imports: ['_react.js'] },
  '_list.js': { file: 'assets/list.js', name: 'list' },
  '_chart.js': { file: 'assets/chart.js', name: 'chart' },
  'src/layout.tsx': {
    file: 'assets/layout.js',
    src: 'src/layout.tsx',
    isDynamicEntry: true,
    imports: ['_dialog.js', '_react.js'],
  },
  'src/pages/a-page.tsx': {
    file: 'assets/a.js',
    src: 'src/pages/a-page.tsx',
    isDynamicEntry: true,
    imports: ['_forms.js', '_list.js', '_dialog.js', '_chart.js'],
    css: ['assets/a.css', 'assets/index.css'],
  },
  'src/pages/b-page.tsx': {
    file: 'assets/b.js',
    src: 'src/pages/b-page.tsx',
    isDynamicEntry: true,
    imports: ['_forms.js', '_list.js'],
  },
}
const options = { layouts: ['src/layout.tsx'], vendorChunks: ['react', 'forms'] }

// Incompressible content of a given length, so gzip sizes track raw sizes.
function content(file: string): Buffer {
  const length = { 'assets/react.js': 4000, 'assets/forms.js': 1000 }[file] ?? 200
  let x = file.length
  return Buffer.from(Array.from({ length }, () => (x = (x * 1103515245 + 12345) & 0x7fffffff) % 256))
}

const files = (list: Array<{ file: string }>) => list.map((f) => f.file)

describe('analyzeManifest', () => {
  const report = analyzeManifest(manifest, content, options)

  it('counts the entry and its static imports (not dynamic ones) as the first page', () => {
    expect([...staticClosure(manifest, 'index.html')]).toEqual(['index.html', '_react.js'])
    expect(files(report.firstPage.js)).toEqual(['assets/index.js', 'assets/react.js'])
    expect(files(report.firstPage.css)).toEqual(['assets/index.css'])
    expect(report.firstPage.jsTotal.gzip).toBe(report.firstPage.js[0]!.gzip + report.firstPage.js[1]!.gzip)
    expect(report.firstPage.jsTotal.brotli).toBeGreaterThan(0)
  })

  it('lists the layout first, and gives each page what it loads beyond the first page and the layout', () => {
    expect(report.lazy.map((g) => [g.name, g.layout, files(g.js)])).toEqual([
      ['layout', true, ['assets/layout.js', 'assets/dialog.js']],
      ['a-page', false, ['assets/a.js', 'assets/forms.js', 'assets/list.js', 'assets/chart.js']],
      ['b-page', false, ['assets/b.js', 'assets/forms.js', 'assets/list.js']],
    ])
    expect(files(report.lazy[1]!.css)).toEqual(['assets/a.css'])
  })

  it("counts as a route's own only what no other lazy group uses and is not a library chunk", () => {
    expect(report.lazy.map((g) => [g.name, files(g.own)])).toEqual([
      ['layout', ['assets/layout.js', 'assets/dialog.js']],
      ['a-page', ['assets/a.js', 'assets/chart.js']],
      ['b-page', ['assets/b.js']],
    ])
    expect(files(report.shared).sort()).toEqual(['assets/forms.js', 'assets/list.js'])
  })

  it('refuses a manifest without exactly one entry', () => {
    expect(() => analyzeManifest({ a: { file: 'a.js' } }, content)).toThrow(/one entry/)
  })
})

describe('byteViolations', () => {
  const report = analyzeManifest(manifest, content, options)
  const over = (budget: number) => ({ raw: 0, gzip: budget + 1, brotli: 0 })

  it('reports catalogs on their own (not as routes), and counts the first one into the first page', () => {
    expect(report.catalogs.map((c) => `${c.locale}/${c.part}`).sort()).toEqual([
      'de/first',
      'de/pages',
      'en/first',
    ])
    expect(report.lazy.map((g) => g.name)).not.toContain('first.po')
    const english = firstPageByLanguage(report).find((f) => f.locale === 'en')!
    const catalog = report.catalogs.find((c) => c.locale === 'en' && c.part === 'first')!
    expect(english.gzip).toBe(report.firstPage.jsTotal.gzip + catalog.gzip)
  })

  it('passes a report within the budgets', () => {
    expect(byteViolations(report)).toEqual([])
  })

  it('reports the first page, a route and a shared chunk over budget', () => {
    const big = {
      firstPage: { ...report.firstPage, jsTotal: over(BUDGETS.firstPageJs) },
      lazy: [{ ...report.lazy[1]!, ownTotal: over(BUDGETS.routeJs) }],
      shared: [{ file: 'assets/forms.js', ...over(BUDGETS.sharedChunkJs) }],
      catalogs: [{ file: 'assets/pages-de.js', locale: 'de', part: 'pages', ...over(BUDGETS.catalogJs) }],
    }
    expect(byteViolations(big)).toEqual([
      expect.stringMatching(/^First page JS \(–\) is 132\.7 KiB/),
      expect.stringMatching(/^The de catalog of the pages is 25\.0 KiB/),
      expect.stringMatching(/^a-page's own JS/),
      expect.stringMatching(/^Shared lazy chunk assets\/forms\.js/),
    ])
  })
})
