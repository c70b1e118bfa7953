/**
 * What a browser downloads, read from Vite's build manifest (dist/.vite/manifest.json):
 *  - the first page: the entry chunk and everything it imports statically, plus their CSS;
 *  - each lazy chunk group (a route's module loaded with import()): the chunks it needs beyond the
 *    first page and beyond the layouts that every page renders in (`cold`), and of those, the ones
 *    no other lazy group uses (`own`);
 *  - the lazy chunks several groups share (form libraries, shared components): downloaded once.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export interface ManifestChunk {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export interface FileSize extends Sizes {
  file: string
}

export interface Group {
  /** The manifest key: `index.html` for the entry, the module for lazy groups. */
  key: string
  /** A readable name: `profile-page` for src/pages/profile-page.tsx. */
  name: string
  js: FileSize[]
  css: FileSize[]
  /** JS totals and CSS totals. */
  jsTotal: Sizes
  cssTotal: Sizes
}

export interface LazyGroup extends Group {
  /** A layout every page renders in (loaded with any of them), as opposed to a page. */
  layout: boolean
  /** The JS chunks of `js` that no other lazy group uses and that are not library chunks. */
  own: FileSize[]
  ownTotal: Sizes
}

/** A language's compiled catalog (src/locales/{locale}/{part}.po): downloaded for that language only. */
export interface CatalogSize extends FileSize {
  locale: string
  part: string
}

export interface BytesReport {
  firstPage: Group & { html: FileSize }
  /** The language boot script index.html runs first (scripts/lib/language-boot.ts), when built. */
  languageBoot?: FileSize
  /** Each language's catalogs; only the active language's are downloaded (the first part on the first page). */
  catalogs: CatalogSize[]
  /**
   * One per dynamic entry: `js` = what a first visit to it downloads after the first page (and after
   * the layouts, for pages); `own` = the part no other lazy group uses.
   */
  lazy: LazyGroup[]
  /**
   * Lazy chunks that are nobody's own: library chunks and chunks several lazy groups use. Each is
   * downloaded once, with whichever page comes first.
   */
  shared: FileSize[]
}

export interface AnalyzeOptions {
  /** Manifest keys of lazy layouts that are loaded with every page (the signed-in shell). */
  layouts?: string[]
  /** Names of library chunks (vite.config.ts): budgeted on their own, never as a route's code. */
  vendorChunks?: string[]
}

/** gzip -9 and brotli quality 11, as a static host or CDN would serve them. */
export function sizesOf(content: Buffer): Sizes {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  }
}

/** Manifest keys of a chunk and everything it imports statically (not its dynamic imports). */
export function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into
  const chunk = manifest[key]
  if (!chunk) throw new Error(`The manifest has no chunk ${key}`)
  into.add(key)
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into)
  return into
}

function total(files: Sizes[]): Sizes {
  return files.reduce(
    (a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, brotli: a.brotli + f.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  )
}

function groupName(key: string, chunk: ManifestChunk): string {
  if (chunk.src) return chunk.src.replace(/^.*\//, '').replace(/\.[jt]sx?$/, '')
  return chunk.name ?? key
}

const CATALOG = /(?:^|\/)src\/locales\/([a-z]+)\/(first|pages)\.po$/

export function analyzeManifest(
  manifest: Manifest,
  read: (file: string) => Buffer,
  options: AnalyzeOptions = {},
): BytesReport {
  const cache = new Map<string, FileSize>()
  const size = (file: string): FileSize => {
    let s = cache.get(file)
    if (!s) cache.set(file, (s = { file, ...sizesOf(read(file)) }))
    return s
  }
  const group = (key: string, keys: Iterable<string>): Group => {
    const chunks = [...keys].map((k) => manifest[k]!)
    const js = chunks.map((c) => size(c.file))
    const css = [...new Set(chunks.flatMap((c) => c.css ?? []))].map(size)
    return { key, name: groupName(key, manifest[key]!), js, css, jsTotal: total(js), cssTotal: total(css) }
  }

  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry)
  if (entries.length !== 1)
    throw new Error(`Expected one entry chunk in the manifest, found ${entries.length}`)
  const entryKey = entries[0]![0]
  const first = staticClosure(manifest, entryKey)
  const firstCss = new Set([...first].flatMap((k) => manifest[k]!.css ?? []))
  const layouts = (options.layouts ?? []).filter((k) => manifest[k]?.isDynamicEntry)
  const withLayouts = new Set(first)
  for (const layout of layouts) staticClosure(manifest, layout, withLayouts)

  // Catalogs are one language's words each, not code a route needs: reported on their own.
  const catalogKeys = Object.keys(manifest).filter((k) => CATALOG.test(k))
  const dynamic = Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry && !CATALOG.test(k))
  // A page's needs exclude the layouts' chunks: those come with the layout, whatever the page.
  const needs = new Map(
    dynamic.map((key) => {
      const loaded = layouts.includes(key) ? first : withLayouts
      return [key, [...staticClosure(manifest, key)].filter((k) => !loaded.has(k))]
    }),
  )
  const usedBy = new Map<string, number>()
  for (const keys of needs.values()) for (const k of keys) usedBy.set(k, (usedBy.get(k) ?? 0) + 1)
  const vendor = new Set(options.vendorChunks ?? [])
  const isOwn = (k: string) => usedBy.get(k) === 1 && !vendor.has(manifest[k]!.name ?? '')
  const lazy = dynamic
    .map((key): LazyGroup => {
      const g = group(key, needs.get(key)!)
      // CSS the first page already has is not downloaded again.
      g.css = g.css.filter((c) => !firstCss.has(c.file))
      g.cssTotal = total(g.css)
      const own = needs
        .get(key)!
        .filter(isOwn)
        .map((k) => size(manifest[k]!.file))
      return { ...g, layout: layouts.includes(key), own, ownTotal: total(own) }
    })
    .sort((a, b) => Number(b.layout) - Number(a.layout) || a.name.localeCompare(b.name))
  const shared = [...usedBy.keys()].filter((k) => !isOwn(k)).map((k) => size(manifest[k]!.file))

  const catalogs = catalogKeys.map((key): CatalogSize => {
    const [, locale = '', part = ''] = CATALOG.exec(key) ?? []
    return { locale, part, ...size(manifest[key]!.file) }
  })
  return { firstPage: { ...group(entryKey, first), html: size('index.html') }, lazy, shared, catalogs }
}

export function analyzeDist(distDir: string, options: AnalyzeOptions = {}): BytesReport {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
  const report = analyzeManifest(manifest, (file) => readFileSync(join(distDir, file)), options)
  const boot = /<script defer src="\/(assets\/language-[^"]+\.js)"/.exec(
    readFileSync(join(distDir, 'index.html'), 'utf8'),
  )
  if (boot?.[1]) report.languageBoot = { file: boot[1], ...sizesOf(readFileSync(join(distDir, boot[1]))) }
  return report
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
