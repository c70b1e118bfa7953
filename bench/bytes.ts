/**
 * What a browser downloads, read from Vite's build manifest (dist/.vite/manifest.json): the first
 * page (the entry chunk and everything it imports statically, plus their CSS) and, for each lazy
 * chunk group (a route's page module), the chunks it needs beyond the first page.
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
  /** JS totals (the budgeted figure) and CSS totals. */
  jsTotal: Sizes
  cssTotal: Sizes
}

export interface BytesReport {
  firstPage: Group & { html: FileSize }
  /** One per dynamic entry: the chunks that entry loads that the first page did not already load. */
  lazy: Group[]
  /** Lazy chunks used by more than one lazy group: downloaded once, by whichever page comes first. */
  shared: FileSize[]
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

export function analyzeManifest(manifest: Manifest, read: (file: string) => Buffer): BytesReport {
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

  const lazy = Object.entries(manifest)
    .filter(([, c]) => c.isDynamicEntry)
    .map(([key]) => {
      const own = [...staticClosure(manifest, key)].filter((k) => !first.has(k))
      const g = group(key, own)
      // CSS the first page already has is not downloaded again.
      g.css = g.css.filter((c) => !firstCss.has(c.file))
      g.cssTotal = total(g.css)
      return g
    })
    .sort((a, b) => a.name.localeCompare(b.name))

  const useCount = new Map<string, number>()
  for (const g of lazy) for (const f of g.js) useCount.set(f.file, (useCount.get(f.file) ?? 0) + 1)
  const shared = [...useCount].filter(([, n]) => n > 1).map(([file]) => size(file))

  return { firstPage: { ...group(entryKey, first), html: size('index.html') }, lazy, shared }
}

export function analyzeDist(distDir: string): BytesReport {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
  return analyzeManifest(manifest, (file) => readFileSync(join(distDir, file)))
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
