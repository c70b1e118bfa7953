/**
 * The nastiest request bodies of about 64 KB (just under the 65 536-byte limit) for a given root
 * element: the shapes that make regular expressions backtrack or parsers slow. Used by the worst-case
 * test and by `npm run bench`.
 */
import { routeTable, type RouteInfo } from './routes.ts'

const SIZE = 64_000

const times = (unit: string, budget = SIZE) => unit.repeat(Math.floor(budget / unit.length))

export function hostileBodies(root: string): Record<string, string> {
  const open = `<${root}>`
  const close = `</${root}>`
  const inner = SIZE - open.length - close.length
  return {
    'spaces in the root': open + ' '.repeat(inner) + close,
    'spaces around the root, comment after':
      ' '.repeat(32_000) + `<${root}/>` + ' '.repeat(31_900) + '<!-- -->',
    'spaces in the start tag': `<${root} a="1"` + ' '.repeat(inner) + '/>',
    'nested elements': open + '<a>'.repeat(inner / 7) + '</a>'.repeat(inner / 7) + close,
    'many elements': open + times('<b/>', inner) + close,
    'many attributes': `<${root} ` + Array.from({ length: 6000 }, (_, i) => `a${i}="x"`).join(' ') + '/>',
    'long attribute list on a child': `${open}<x ${times('a="x" ', inner - 8)}/>${close}`,
    'many entities': `${open}<label>${times('&amp;', inner - 20)}</label>${close}`,
    'many character references': `${open}<label>${times('&#65;', inner - 20)}</label>${close}`,
    'unclosed comments after the root': `<${root}/>` + times('<!--', inner),
    'unclosed instructions after the root': `<${root}/>` + times('<?x ', inner),
    'unclosed comments before the root': times('<!--', inner) + `<${root}/>`,
  }
}

/** The root element each write route expects. */
export function rootOf(path: string): string {
  if (path.endsWith('/speedDial') || path.includes('/speedDial/')) return 'speedDial'
  if (path.includes('speedDials')) return 'speedDials'
  if (path.includes('remoteDestination')) return 'remoteDestination'
  if (path.includes('subscribedServices')) return 'subscribedServices'
  if (path.includes('credentials')) return 'credentials'
  if (path.includes('credential/pin')) return 'Credential'
  if (path.includes('conferencing')) return 'conferencing'
  if (path.includes('/extension')) return 'extension'
  if (path.includes('/device/')) return 'device'
  return 'user'
}

/** Every route and method that reads a body (PUT and POST). */
export function writeRoutes(): { route: RouteInfo; method: string }[] {
  return routeTable().flatMap((route) =>
    route.methods.filter((m) => m === 'PUT' || m === 'POST').map((method) => ({ route, method })),
  )
}
