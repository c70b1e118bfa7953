/**
 * The app's own code in one chunk for the first page, and one for the signed-in layout.
 *
 * Rolldown gives every module a chunk by the set of entries (the app and each lazy route) that reach
 * it, so a module the sign-in page shares with a signed-in page landed in a chunk of its own: the first
 * page came as 22 files of the app's code of 0.2–9 KiB, the signed-in layout as 17. Each is compressed
 * alone, so the words they share are paid for again in every file, and each is one more request.
 *   - The entry always loads before any lazy route, so what it reaches through static imports can
 *     live in one chunk (`portal`).
 *   - Every signed-in page renders in the layout, so what the layout reaches (and the first page does
 *     not) loads with any of them and can live in one chunk too (`signed-in`).
 * The plugin reads the module graph once the build has it (`buildEnd`); each group then takes its
 * modules. Only the app's modules: a library's barrel (@tanstack/react-query's index) reaches exports
 * only lazy pages use, and a group that took it would pull them in. Rolldown still puts the library
 * code a group's modules use into that group's chunk (groups include dependencies). Libraries with
 * chunks of their own (vendor-chunks.ts, a higher priority) keep them, so an app release does not
 * re-download React.
 */
import type { Plugin } from 'vite'

export interface ChunkGroup {
  name: string
  priority: number
  test: (id: string) => boolean
}

export interface AppChunks {
  plugin: Plugin
  /** rolldown `codeSplitting` groups: the first page's, then one per layout. */
  groups: ChunkGroup[]
}

/** What the bundler's plugin context shows of the module graph. */
interface Graph {
  getModuleIds(): IterableIterator<string>
  getModuleInfo(id: string): { isEntry: boolean; importedIds: readonly string[] } | null
}

const inNodeModules = (id: string) => /[\\/]node_modules[\\/]/.test(id)

/** Every module reached from `starts` through static imports, not going into `stop`. */
function reach(graph: Graph, starts: string[], stop: Set<string> = new Set()): Set<string> {
  const reached = new Set<string>()
  const queue = [...starts]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (reached.has(id) || stop.has(id)) continue
    reached.add(id)
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) queue.push(next)
  }
  return reached
}

/**
 * @param layouts layouts every lazy page renders in, each a chunk of its own: its name and the path
 *   its module ends with ('src/app/signed-in-layout.tsx').
 */
export function appChunks(layouts: { name: string; module: string }[] = []): AppChunks {
  let firstPage = new Set<string>()
  let keep = new Set<string>()
  let layoutModules = layouts.map(() => new Set<string>())
  const plugin: Plugin = {
    name: 'portal-app-chunks',
    apply: 'build',
    buildEnd(error) {
      firstPage = new Set()
      keep = new Set()
      layoutModules = layouts.map(() => new Set())
      if (error) return
      const graph = this as unknown as Graph
      const ids = [...graph.getModuleIds()]
      const entries = ids.filter((id) => graph.getModuleInfo(id)?.isEntry)
      // The entry (index.html) and the modules it names (src/main.tsx) stay in the entry chunk: a
      // group that took them would leave the entry empty, and Vite would drop it.
      for (const id of entries) {
        keep.add(id)
        for (const direct of graph.getModuleInfo(id)?.importedIds ?? []) keep.add(direct)
      }
      firstPage = reach(graph, entries)
      layoutModules = layouts.map((layout) =>
        reach(
          graph,
          ids.filter((id) => id.endsWith(layout.module)),
          firstPage,
        ),
      )
    },
  }
  return {
    plugin,
    groups: [
      {
        name: 'portal',
        priority: 1,
        test: (id) => firstPage.has(id) && !keep.has(id) && !inNodeModules(id),
      },
      ...layouts.map((layout, i) => ({
        name: layout.name,
        priority: 1,
        test: (id: string) => !!layoutModules[i]?.has(id) && !inNodeModules(id),
      })),
    ],
  }
}
