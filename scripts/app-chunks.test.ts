import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appChunks } from './lib/app-chunks.ts'

/** A module graph as the bundler's plugin context shows it: id → static imports. */
function build(graph: Record<string, string[]>, entry: string) {
  const chunks = appChunks([{ name: 'signed-in', module: 'src/layout.tsx' }])
  const context = {
    getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
    getModuleInfo: (id: string) =>
      id in graph ? { isEntry: id === entry, importedIds: graph[id] ?? [] } : null,
  }
  const buildEnd = chunks.plugin.buildEnd as (this: typeof context, error?: Error) => void
  buildEnd.call(context)
  const [portal, signedIn] = chunks.groups
  return { portal: portal!, signedIn: signedIn!, chunks, context }
}

const GRAPH = {
  '/app/index.html': ['/app/src/main.tsx'],
  '/app/src/main.tsx': ['/app/src/app.tsx', '/app/node_modules/react/index.js'],
  '/app/src/app.tsx': ['/app/src/sign-in.tsx', '/app/node_modules/@tanstack/react-query/index.js'],
  '/app/src/sign-in.tsx': ['/app/src/fields.tsx'],
  '/app/src/fields.tsx': [],
  // Reached only through import(): the signed-in layout, a page, and what only they use.
  '/app/src/layout.tsx': [
    '/app/src/fields.tsx',
    '/app/src/dialog.tsx',
    '/app/node_modules/query/useQuery.js',
  ],
  '/app/src/dialog.tsx': [],
  '/app/src/profile-page.tsx': ['/app/src/fields.tsx', '/app/src/profile-only.ts'],
  '/app/src/profile-only.ts': [],
  '/app/node_modules/react/index.js': [],
  '/app/node_modules/@tanstack/react-query/index.js': [],
  '/app/node_modules/query/useQuery.js': [],
}

describe('the app’s chunks', () => {
  const { portal, signedIn, context } = build(GRAPH, '/app/index.html')

  it('the first page’s: what the entry reaches through static imports, shared modules too', () => {
    expect(portal.name).toBe('portal')
    expect(portal.test('/app/src/app.tsx')).toBe(true)
    expect(portal.test('/app/src/sign-in.tsx')).toBe(true)
    expect(portal.test('/app/src/fields.tsx')).toBe(true)
  })

  it('leaves the entry and the module it names in the entry chunk', () => {
    expect(portal.test('/app/index.html')).toBe(false)
    expect(portal.test('/app/src/main.tsx')).toBe(false)
  })

  it('the layout’s: what it reaches that the first page does not have', () => {
    expect(signedIn.name).toBe('signed-in')
    expect(signedIn.test('/app/src/layout.tsx')).toBe(true)
    expect(signedIn.test('/app/src/dialog.tsx')).toBe(true)
    expect(signedIn.test('/app/src/fields.tsx')).toBe(false)
    expect(portal.test('/app/src/dialog.tsx')).toBe(false)
  })

  it('leaves what only a page uses to that page', () => {
    for (const group of [portal, signedIn]) {
      expect(group.test('/app/src/profile-page.tsx')).toBe(false)
      expect(group.test('/app/src/profile-only.ts')).toBe(false)
    }
  })

  it('leaves libraries to the bundler (a barrel reaches exports only lazy pages use)', () => {
    for (const id of Object.keys(GRAPH).filter((id) => id.includes('node_modules'))) {
      expect(portal.test(id)).toBe(false)
      expect(signedIn.test(id)).toBe(false)
    }
  })

  it('after a failed build, keeps nothing', () => {
    // A build of its own: the one above is shared by the other tests, in any order.
    const failed = build(GRAPH, '/app/index.html')
    const buildEnd = failed.chunks.plugin.buildEnd as (this: typeof context, error?: Error) => void
    buildEnd.call(failed.context, new Error('syntax error'))
    expect(failed.portal.test('/app/src/app.tsx')).toBe(false)
    expect(failed.signedIn.test('/app/src/dialog.tsx')).toBe(false)
  })

  it.runIf(existsSync('dist/.vite/manifest.json'))(
    'the built first page is four scripts (entry, runtime, React, its code); the layout is one of its own',
    () => {
      const html = readFileSync('dist/index.html', 'utf8')
      const scripts = [
        ...html.matchAll(
          /<(?:script type="module"|link rel="modulepreload")[^>]*\/assets\/([a-z-]+)-[\w-]+\.js/g,
        ),
      ].map((m) => m[1])
      expect(scripts).toEqual(['index', 'rolldown-runtime', 'react', 'portal'])
      const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
        string,
        { file: string; imports?: string[] }
      >
      // The layout's module is a facade of a few bytes over the `signed-in` chunk, which needs nothing
      // beyond the first page's chunks.
      const layout = manifest['src/app/signed-in-layout.tsx']
      expect(layout?.imports).toHaveLength(1)
      const signedIn = manifest[layout!.imports![0]!]
      expect(signedIn?.file).toMatch(/^assets\/signed-in-[\w-]+\.js$/)
      const firstPage = (key: string) => /^assets\/(portal|react|rolldown-runtime)-/.test(manifest[key]!.file)
      expect((signedIn?.imports ?? []).filter((key) => !firstPage(key))).toEqual([])
    },
  )
})
