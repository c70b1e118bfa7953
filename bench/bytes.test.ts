import { describe, expect, it } from 'vitest'
import { analyzeManifest, staticClosure, type Manifest } from './bytes.ts'
import { byteViolations, BUDGETS } from './budgets.ts'

// A manifest shaped like Vite 8's: an entry with static imports, two lazy pages sharing a chunk.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/pages/a-page.tsx', 'src/pages/b-page.tsx'],
    css: ['assets/index.css'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_forms.js': { file: 'assets/forms.js', imports: ['_vendor.js'] },
  'src/pages/a-page.tsx': {
    file: 'assets/a.js',
    src: 'src/pages/a-page.tsx',
    isDynamicEntry: true,
    imports: ['_forms.js', '_vendor.js'],
    css: ['assets/a.css', 'assets/index.css'],
  },
  'src/pages/b-page.tsx': {
    file: 'assets/b.js',
    src: 'src/pages/b-page.tsx',
    isDynamicEntry: true,
    imports: ['_forms.js'],
  },
}

// Incompressible-ish content of a given length, so gzip sizes track raw sizes.
function content(file: string): Buffer {
  const length = { 'assets/vendor.js': 4000, 'assets/forms.js': 1000 }[file] ?? 200
  let x = file.length
  return Buffer.from(Array.from({ length }, () => (x = (x * 1103515245 + 12345) & 0x7fffffff) % 256))
}

describe('analyzeManifest', () => {
  const report = analyzeManifest(manifest, content)

  it('counts the entry and its static imports (not dynamic ones) as the first page', () => {
    expect([...staticClosure(manifest, 'index.html')]).toEqual(['index.html', '_vendor.js'])
    expect(report.firstPage.js.map((f) => f.file)).toEqual(['assets/index.js', 'assets/vendor.js'])
    expect(report.firstPage.css.map((f) => f.file)).toEqual(['assets/index.css'])
    expect(report.firstPage.jsTotal.gzip).toBe(report.firstPage.js[0]!.gzip + report.firstPage.js[1]!.gzip)
    expect(report.firstPage.jsTotal.brotli).toBeGreaterThan(0)
  })

  it('gives each lazy page what it loads beyond the first page, and names shared chunks', () => {
    expect(report.lazy.map((g) => [g.name, g.js.map((f) => f.file)])).toEqual([
      ['a-page', ['assets/a.js', 'assets/forms.js']],
      ['b-page', ['assets/b.js', 'assets/forms.js']],
    ])
    expect(report.lazy[0]!.css.map((f) => f.file)).toEqual(['assets/a.css'])
    expect(report.shared.map((f) => f.file)).toEqual(['assets/forms.js'])
  })

  it('refuses a manifest without exactly one entry', () => {
    expect(() => analyzeManifest({ a: { file: 'a.js' } }, content)).toThrow(/one entry/)
  })
})

describe('byteViolations', () => {
  it('reports the first page and each route over budget', () => {
    const report = analyzeManifest(manifest, content)
    expect(byteViolations(report)).toEqual([])
    const big = {
      ...report,
      firstPage: { ...report.firstPage, jsTotal: { raw: 0, gzip: BUDGETS.firstPageJs + 1, brotli: 0 } },
    }
    big.lazy = [{ ...report.lazy[0]!, jsTotal: { raw: 0, gzip: BUDGETS.routeJs + 1, brotli: 0 } }]
    expect(byteViolations(big)).toHaveLength(2)
  })
})
