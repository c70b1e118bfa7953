/**
 * The first page's own code in one chunk.
 *
 * Rolldown gives every module a chunk by the set of entries (the app and each lazy route) that reach it,
 * so a module the sign-in page imports and a signed-in page imports too lands in a chunk of its own:
 * the first page came as 22 files of 0.2–9 KiB. Each is compressed alone, so the words they share are
 * paid for again in every file (about 7 KiB gzip in all), and each is one more request. The entry is
 * always loaded before any lazy route, so those modules can live with the entry: this plugin reads the
 * module graph once the build has it (`buildEnd`), collects every module the entry reaches through
 * static imports, and its group puts them in one chunk. Libraries with chunks of their own
 * (vendor-chunks.ts, a higher priority) keep them, so an app release does not re-download React.
 */
import type { Plugin } from 'vite'

export interface FirstPageChunk {
  plugin: Plugin
  /** A rolldown `codeSplitting` group: the modules the entry reaches through static imports. */
  group: { name: string; priority: number; test: (id: string) => boolean }
}

export function firstPageChunk(name = 'portal'): FirstPageChunk {
  const reached = new Set<string>()
  const entries = new Set<string>()
  const plugin: Plugin = {
    name: 'portal-first-page-chunk',
    apply: 'build',
    buildEnd(error) {
      if (error) return
      reached.clear()
      entries.clear()
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry)
      // The entry (index.html) and the modules it names (src/main.tsx) stay in the entry chunk: a
      // group that took them would leave the entry empty, and Vite would drop it.
      for (const id of queue) {
        entries.add(id)
        for (const direct of this.getModuleInfo(id)?.importedIds ?? []) entries.add(direct)
      }
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (reached.has(id)) continue
        reached.add(id)
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) queue.push(next)
      }
    },
  }
  return {
    plugin,
    group: {
      name,
      priority: 1,
      test: (id) => reached.has(id) && !entries.has(id) && !/[\\/]node_modules[\\/]/.test(id),
    },
  }
}
