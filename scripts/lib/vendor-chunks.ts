/**
 * Libraries that get chunks of their own (vite.config.ts → rolldown `codeSplitting.groups`), so an
 * app release does not make returning users download them again. React and the router are on the
 * first page; the XML parser loads on its own once the sign-in page has painted (api/client.ts
 * loadXmlParser); the form libraries load with the first page that has a form (never with sign-in).
 * bench/budgets.ts budgets each of them on its own.
 */
const inNodeModules = (names: string) => new RegExp(`node_modules[\\\\/](${names})[\\\\/]`)

export const VENDOR_CHUNKS = [
  { name: 'react', test: inNodeModules('react|react-dom|scheduler|react-router'), priority: 30 },
  {
    name: 'fast-xml-parser',
    test: inNodeModules(
      'fast-xml-parser|fast-xml-builder|strnum|anynum|is-unsafe|path-expression-matcher|@nodable|xml-naming',
    ),
    priority: 20,
  },
  { name: 'react-hook-form', test: inNodeModules('react-hook-form'), priority: 10 },
  { name: 'zod', test: inNodeModules('zod|@hookform[\\\\/]resolvers'), priority: 10 },
]

export const VENDOR_CHUNK_NAMES = VENDOR_CHUNKS.map((c) => c.name)
