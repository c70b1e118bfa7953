import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { firstPageChunk } from './lib/first-page-chunk.ts'

/** A module graph as the bundler's plugin context shows it: id → static imports. */
function runBuildEnd(graph: Record<string, string[]>, entry: string) {
  const chunk = firstPageChunk()
  const context = {
    getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
    getModuleInfo: (id: string) =>
      id in graph ? { isEntry: id === entry, importedIds: graph[id] ?? [] } : null,
  }
  const buildEnd = chunk.plugin.buildEnd as (this: typeof context, error?: Error) => void
  buildEnd.call(context)
  return chunk.group
}

const GRAPH = {
  '/app/index.html': ['/app/src/main.tsx'],
  '/app/src/main.tsx': ['/app/src/app.tsx', '/app/node_modules/react/index.js'],
  '/app/src/app.tsx': ['/app/src/sign-in.tsx', '/app/node_modules/@tanstack/react-query/index.js'],
  '/app/src/sign-in.tsx': ['/app/src/fields.tsx'],
  '/app/src/fields.tsx': [],
  // Reached only through import(): a signed-in page and what only it uses.
  '/app/src/profile-page.tsx': ['/app/src/fields.tsx', '/app/src/profile-only.ts'],
  '/app/src/profile-only.ts': [],
  '/app/node_modules/react/index.js': [],
  '/app/node_modules/@tanstack/react-query/index.js': [],
}

describe('the first page chunk', () => {
  const group = runBuildEnd(GRAPH, '/app/index.html')

  it('takes the modules the entry reaches through static imports, shared ones too', () => {
    expect(group.test('/app/src/app.tsx')).toBe(true)
    expect(group.test('/app/src/sign-in.tsx')).toBe(true)
    expect(group.test('/app/src/fields.tsx')).toBe(true)
  })

  it('leaves what only a lazy page uses to that page', () => {
    expect(group.test('/app/src/profile-page.tsx')).toBe(false)
    expect(group.test('/app/src/profile-only.ts')).toBe(false)
  })

  it('leaves the entry and the module it names in the entry chunk', () => {
    expect(group.test('/app/index.html')).toBe(false)
    expect(group.test('/app/src/main.tsx')).toBe(false)
  })

  it('leaves libraries to the bundler (a barrel reaches exports only lazy pages use)', () => {
    expect(group.test('/app/node_modules/react/index.js')).toBe(false)
    expect(group.test('/app/node_modules/@tanstack/react-query/index.js')).toBe(false)
  })

  it('after a failed build, keeps nothing', () => {
    const chunk = firstPageChunk()
    const buildEnd = chunk.plugin.buildEnd as (error?: Error) => void
    buildEnd(new Error('syntax error'))
    expect(chunk.group.test('/app/src/app.tsx')).toBe(false)
  })

  it.runIf(existsSync('dist/index.html'))(
    'the built first page is four scripts: entry, runtime, React, its code',
    () => {
      const html = readFileSync('dist/index.html', 'utf8')
      const scripts = [
        ...html.matchAll(
          /<(?:script type="module"|link rel="modulepreload")[^>]*\/assets\/([a-z-]+)-[\w-]+\.js/g,
        ),
      ].map((m) => m[1])
      expect(scripts).toEqual(['index', 'rolldown-runtime', 'react', 'portal'])
    },
  )
})
