/**
 * The size budgets, checked by `npm test` right after the build (no browser, no clocks):
 *   - first page (sign-in): the entry chunk + its static imports ≤ 150 KiB of JS, gzip;
 *   - each lazy route: the JS it loads beyond the first page ≤ 25 KiB, gzip.
 * The request budgets (duplicates, GET after PUT, round trips, parallel reads) are checked by
 * e2e/requests.spec.ts over the requests of a recorded journey.
 *
 *   tsx bench/budgets.ts [distDir]     prints the table; exit code 1 when a budget is exceeded
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeDist, kib, type BytesReport } from './bytes.ts'

export const BUDGETS = {
  /** gzip bytes of the JS the first page (sign-in) downloads. */
  firstPageJs: 150 * 1024,
  /** gzip bytes of the JS each lazy route loads beyond the first page. */
  routeJs: 25 * 1024,
  /** Sequential round trips of sign-in after the server check (/version). */
  signInRoundTrips: 2,
}

export function byteViolations(report: BytesReport): string[] {
  const problems: string[] = []
  const first = report.firstPage.jsTotal.gzip
  if (first > BUDGETS.firstPageJs)
    problems.push(`First page JS is ${kib(first)} gzip, over the ${kib(BUDGETS.firstPageJs)} budget`)
  for (const route of report.lazy) {
    if (route.jsTotal.gzip > BUDGETS.routeJs)
      problems.push(
        `${route.name} loads ${kib(route.jsTotal.gzip)} gzip of JS beyond the first page, over the ${kib(BUDGETS.routeJs)} budget (${route.js.map((f) => f.file).join(', ')})`,
      )
  }
  return problems
}

export function bytesTable(report: BytesReport): string {
  const row = (label: string, gzip: number, brotli: number, budget?: number) =>
    `  ${label.padEnd(34)} ${kib(gzip).padStart(10)} ${kib(brotli).padStart(10)}${
      budget === undefined ? '' : `   budget ${kib(budget)}${gzip > budget ? '  OVER' : ''}`
    }`
  const lines = [`  ${''.padEnd(34)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`]
  const f = report.firstPage
  lines.push(row('First page (sign-in) JS', f.jsTotal.gzip, f.jsTotal.brotli, BUDGETS.firstPageJs))
  for (const js of f.js) lines.push(row(`  ${js.file.replace('assets/', '')}`, js.gzip, js.brotli))
  lines.push(row('First page CSS', f.cssTotal.gzip, f.cssTotal.brotli))
  lines.push(row('First page HTML', f.html.gzip, f.html.brotli))
  for (const route of report.lazy) {
    lines.push(row(`Route ${route.name} JS`, route.jsTotal.gzip, route.jsTotal.brotli, BUDGETS.routeJs))
    if (route.cssTotal.raw > 0)
      lines.push(row(`Route ${route.name} CSS`, route.cssTotal.gzip, route.cssTotal.brotli))
  }
  return lines.join('\n')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)))
  const report = analyzeDist(dist)
  console.log(`Bundle budgets (${dist})\n${bytesTable(report)}`)
  const problems = byteViolations(report)
  if (problems.length) {
    console.error(`\n${problems.map((p) => `✗ ${p}`).join('\n')}`)
    process.exit(1)
  }
  console.log('\n✓ Within the bundle budgets')
}
