/**
 * The size budgets, checked by `npm test` right after the build (no browser, no clocks), gzip:
 *   - first page (sign-in): the entry chunk + its static imports ≤ 130 KiB of JS;
 *   - each lazy route (the signed-in layout and every page): its own chunks ≤ 25 KiB of JS, where
 *     "own" = loaded for this route only, beyond the first page and the layout;
 *   - each lazy chunk that is nobody's own (a library chunk such as zod, or code several pages
 *     share) ≤ 25 KiB, so nothing escapes the budget by being shared.
 * The request budgets (duplicates, GET after PUT, round trips, parallel reads) are checked by
 * e2e/requests.spec.ts over the requests of a recorded journey.
 *
 *   tsx bench/budgets.ts [distDir]     prints the table; exit code 1 when a budget is exceeded
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VENDOR_CHUNK_NAMES } from '../scripts/lib/vendor-chunks.ts'
import { analyzeDist, kib, type AnalyzeOptions, type BytesReport } from './bytes.ts'

export const BUDGETS = {
  /** gzip bytes of the JS the first page (sign-in) downloads. */
  firstPageJs: 130 * 1024,
  /** gzip bytes of each lazy route's own JS. */
  routeJs: 25 * 1024,
  /** gzip bytes of each shared lazy chunk (libraries, code several pages use). */
  sharedChunkJs: 25 * 1024,
  /** Sequential round trips of sign-in after the server check (/version). */
  signInRoundTrips: 2,
}

/** How the portal's build is read: the signed-in layout comes with every page. */
export const PORTAL_BUILD: AnalyzeOptions = {
  layouts: ['src/app/signed-in-layout.tsx'],
  vendorChunks: VENDOR_CHUNK_NAMES,
}

export function byteViolations(report: BytesReport): string[] {
  const problems: string[] = []
  const first = report.firstPage.jsTotal.gzip
  if (first > BUDGETS.firstPageJs)
    problems.push(`First page JS is ${kib(first)} gzip, over the ${kib(BUDGETS.firstPageJs)} budget`)
  for (const route of report.lazy) {
    if (route.ownTotal.gzip > BUDGETS.routeJs)
      problems.push(
        `${route.name}'s own JS is ${kib(route.ownTotal.gzip)} gzip, over the ${kib(BUDGETS.routeJs)} budget (${route.own.map((f) => f.file).join(', ')})`,
      )
  }
  for (const chunk of report.shared) {
    if (chunk.gzip > BUDGETS.sharedChunkJs)
      problems.push(
        `Shared lazy chunk ${chunk.file} is ${kib(chunk.gzip)} gzip, over the ${kib(BUDGETS.sharedChunkJs)} budget`,
      )
  }
  return problems
}

const file = (f: { file: string }) => f.file.replace('assets/', '')

export function bytesTable(report: BytesReport): string {
  const row = (label: string, size: { gzip: number; brotli: number }, budget?: number, extra = '') =>
    `  ${label.padEnd(44)} ${kib(size.gzip).padStart(10)} ${kib(size.brotli).padStart(10)}${
      budget === undefined ? '' : `   ≤ ${kib(budget)}${size.gzip > budget ? '  OVER' : ''}`
    }${extra}`
  const lines = [`  ${''.padEnd(44)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`]
  const f = report.firstPage
  lines.push(row('First page (sign-in) JS', f.jsTotal, BUDGETS.firstPageJs))
  for (const js of f.js) lines.push(row(`  ${file(js)}`, js))
  lines.push(row('First page CSS', f.cssTotal), row('First page HTML', f.html))
  for (const route of report.lazy) {
    // A page, the signed-in layout, or code a page loads on its own (the XML parser).
    const kind = route.layout ? 'Layout' : route.name.endsWith('-page') ? 'Route' : 'Lazy'
    const label = `${kind} ${route.name}: own JS`
    const cold = route.layout ? '' : `   (first visit after sign-in: ${kib(route.jsTotal.gzip)})`
    lines.push(row(label, route.ownTotal, BUDGETS.routeJs, cold))
    if (route.cssTotal.raw > 0) lines.push(row(`  its CSS`, route.cssTotal))
  }
  for (const chunk of report.shared)
    lines.push(row(`Shared lazy chunk ${file(chunk)}`, chunk, BUDGETS.sharedChunkJs))
  return lines.join('\n')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)))
  const report = analyzeDist(dist, PORTAL_BUILD)
  console.log(`Bundle budgets (${dist})\n${bytesTable(report)}`)
  const problems = byteViolations(report)
  if (problems.length) {
    console.error(`\n${problems.map((p) => `✗ ${p}`).join('\n')}`)
    process.exit(1)
  }
  console.log('\n✓ Within the bundle budgets')
}
