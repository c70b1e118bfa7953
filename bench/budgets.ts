/**
 * The size budgets, checked by `npm test` right after the build (no browser, no clocks), gzip:
 *   - first page (sign-in): the entry chunk + its static imports + the language boot script + the
 *     first catalog of the language it shows ≤ 132.7 KiB of JS, in every language: 127.7 KiB before
 *     the portal spoke other languages, plus the 5 KiB they may add;
 *   - each language's catalog of the signed-in pages ≤ 25 KiB (only the active language's loads);
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
  /**
   * gzip bytes of the JS the first page (sign-in) downloads, with its language's first catalog:
   * 127.7 KiB before the languages (commit 67485dc) + the 5 KiB they may add.
   */
  firstPageJs: Math.round(132.7 * 1024),
  /** gzip bytes of one language's catalog of the signed-in pages. */
  catalogJs: 25 * 1024,
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

/** The first page's JS in each language: the code, the boot script, and that language's first catalog. */
export function firstPageByLanguage(report: BytesReport): { locale: string; gzip: number; brotli: number }[] {
  const code = report.firstPage.jsTotal
  const boot = report.languageBoot ?? { gzip: 0, brotli: 0 }
  const firsts = report.catalogs.filter((c) => c.part === 'first')
  if (firsts.length === 0)
    return [{ locale: '–', gzip: code.gzip + boot.gzip, brotli: code.brotli + boot.brotli }]
  return firsts.map((c) => ({
    locale: c.locale,
    gzip: code.gzip + boot.gzip + c.gzip,
    brotli: code.brotli + boot.brotli + c.brotli,
  }))
}

export function byteViolations(report: BytesReport): string[] {
  const problems: string[] = []
  for (const first of firstPageByLanguage(report))
    if (first.gzip > BUDGETS.firstPageJs)
      problems.push(
        `First page JS (${first.locale}) is ${kib(first.gzip)} gzip, over the ${kib(BUDGETS.firstPageJs)} budget`,
      )
  for (const catalog of report.catalogs)
    if (catalog.part === 'pages' && catalog.gzip > BUDGETS.catalogJs)
      problems.push(
        `The ${catalog.locale} catalog of the pages is ${kib(catalog.gzip)} gzip, over the ${kib(BUDGETS.catalogJs)} budget`,
      )
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
  for (const first of firstPageByLanguage(report))
    lines.push(row(`First page (sign-in) JS, in ${first.locale}`, { ...first }, BUDGETS.firstPageJs))
  lines.push(row('  its code', f.jsTotal))
  for (const js of f.js) lines.push(row(`    ${file(js)}`, js))
  if (report.languageBoot)
    lines.push(row(`  language boot ${file(report.languageBoot)}`, report.languageBoot))
  for (const c of report.catalogs.filter((c) => c.part === 'first'))
    lines.push(row(`  first catalog (${c.locale}) ${file(c)}`, c))
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
  for (const c of report.catalogs.filter((c) => c.part === 'pages'))
    lines.push(row(`Catalog of the pages (${c.locale}) ${file(c)}`, c, BUDGETS.catalogJs))
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
