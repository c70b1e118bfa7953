/**
 * The README's performance table, written from a complete bench run (`npm run bench -- --readme`
 * replaces the text between the two markers), so the README always shows figures from a real run.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { kib, type BytesReport } from './bytes.ts'
import { pages } from '../src/app/routes.ts'
import { firstPageByLanguage } from './budgets.ts'

const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'

interface Summary {
  count: number
  preflights: number
  roundTrips: number
}
interface Transition {
  multiple: number
  requestRoundTrips: number
}
export interface ReadmeInput {
  generatedAt: string
  chromium: string
  bytes: BytesReport
  requests: { signIn: Summary; pages: Array<{ name: string; firstVisit: Summary; revisit: Summary }> }
  roundTrips: {
    latencyMs: number
    signInToProfile: Transition
    pages: Array<{ name: string; click: Transition; afterHover: Transition }>
  }
  /** Same-origin mode behind nginx (absent when nginx was not installed). */
  sameOrigin?: { latencyMs: number; signInToProfile: Transition; requests: number; preflights: number }
  vitals: {
    cpuSlowdown: number
    runs: number
    signIn: { lcpMs: number; cls: number; tbtMs: number }
    profile: { lcpMs: number; cls: number; tbtMs: number }
  }
  parser: Array<{ name: string; ratio: number }>
  session: {
    requests: number
    preflights: number
    byMethod: Record<string, number>
    duplicatesWithinAPageLoad: string[]
    getsAfterPut: string[]
  }
}

const reqs = (s: Summary) =>
  s.count === 0 ? '0' : `${s.count} (+${s.preflights} preflight${s.preflights === 1 ? '' : 's'})`
const rt = (t: Transition) => `${t.requestRoundTrips} (${t.multiple}×)`

export function readmeTable(r: ReadmeInput): string {
  const own = new Map(r.bytes.lazy.map((g) => [g.key, g]))
  // A page's module is named after its address: /when-someone-calls → src/pages/when-someone-calls-page.tsx.
  const pageBytes = (name: string) => {
    const path = pages.find((p) => p.name === name)?.path
    const g = path && own.get(`src/pages${path}-page.tsx`)
    return g ? kib(g.ownTotal.gzip) : '–'
  }
  const layout = r.bytes.lazy.find((g) => g.layout)
  // The first page in English: its code, the language boot script and English's first catalog.
  const byLanguage = firstPageByLanguage({ ...r.bytes, catalogs: r.bytes.catalogs ?? [] })
  const firstPage = byLanguage.find((f) => f.locale === 'en') ?? byLanguage[0]!
  const catalogs = (part: string) => {
    const sizes = (r.bytes.catalogs ?? []).filter((c) => c.part === part).map((c) => c.gzip)
    return sizes.length ? `${kib(Math.min(...sizes))}–${kib(Math.max(...sizes))}` : '–'
  }
  const lines = [
    `Figures from \`npm run bench\` (${r.generatedAt.slice(0, 10)}, Chromium ${r.chromium}). Sizes are gzip; "own JS" is what`,
    `only that page loads (shared library chunks are listed below). Requests are UDS/CUPI requests, with the`,
    `CORS preflights the browser adds in brackets. Round trips are sequential request round trips (a preflight`,
    `counts as one); in brackets, time to usable with the mock answering after ${r.roundTrips.latencyMs} ms, divided by ${r.roundTrips.latencyMs} ms.`,
    `Bytes, requests and round trips are exact; web vitals and the parser ratios move by a third between runs`,
    `on a busy machine.`,
    '',
    '| Page | own JS | requests, first visit | revisit | round trips, click → usable | after hovering the link |',
    '|---|---:|---|---|---|---|',
    `| Sign-in (first page) | ${kib(firstPage.gzip)} + ${kib(r.bytes.firstPage.cssTotal.gzip)} CSS | ${reqs(r.requests.signIn)} | – | ${rt(r.roundTrips.signInToProfile)} to Profile usable | – |`,
  ]
  for (const p of r.requests.pages) {
    const trip = r.roundTrips.pages.find((t) => t.name === p.name)
    lines.push(
      `| ${p.name} | ${pageBytes(p.name)} | ${reqs(p.firstVisit)} | ${reqs(p.revisit)} | ${
        trip ? rt(trip.click) : `${p.firstVisit.roundTrips}, the last of sign-in's`
      } | ${trip ? rt(trip.afterHover) : '–'} |`,
    )
  }
  const v = r.vitals
  const shared = [...r.bytes.shared]
    .filter((f) => f.gzip >= 1024)
    .sort((a, b) => b.gzip - a.gzip)
    .map((f) => `${f.file.replace(/^assets\/|-[\w-]{8}\.js$/g, '')} ${kib(f.gzip)}`)
  const s = r.session
  lines.push(
    '',
    `- **Signed-in layout** (shell, navigation, re-sign-in dialog; loads while the sign-in requests run): ${
      layout ? kib(layout.ownTotal.gzip) : '–'
    } own JS. **Shared lazy chunks**: ${shared.join(', ')}.`,
    `- **Words** (one catalog per language and part; only the active language's download): the first page's ${catalogs('first')} (in the first page's figure above, in English), the signed-in pages' ${catalogs('pages')} (with the signed-in layout); the first page in the largest language: ${kib(Math.max(...byLanguage.map((f) => f.gzip)))}.`,
    `- **Web vitals** (built portal, local mock, CPU ${v.cpuSlowdown}× slower, median of ${v.runs}): sign-in LCP ${v.signIn.lcpMs} ms, CLS ${v.signIn.cls}, TBT ${v.signIn.tbtMs} ms; Profile (from the click on "Sign in") LCP ${v.profile.lcpMs} ms, CLS ${v.profile.cls}, TBT ${v.profile.tbtMs} ms.`,
    `- **Parser cost** (portal XML client ÷ bare fast-xml-parser): ${r.parser
      .map((p) => `${p.name} ${p.ratio.toFixed(2)}×`)
      .join('; ')}.`,
    `- **One typical session** (sign in, open every page, change one setting on each, sign out): ${s.requests} requests (${Object.entries(
      s.byMethod,
    )
      .filter(([, n]) => n > 0)
      .map(([m, n]) => `${n} ${m}`)
      .join(', ')}) + ${s.preflights} CORS preflights; ${
      s.duplicatesWithinAPageLoad.length + s.getsAfterPut.length === 0
        ? 'no duplicate request in any page load, no GET after a PUT that returned the resource'
        : `flags: ${[...s.duplicatesWithinAPageLoad, ...s.getsAfterPut].join('; ')}`
    }.`,
  )
  const so = r.sameOrigin
  if (so)
    lines.push(
      `- **Same-origin mode** (portal and phone system behind nginx, [DEPLOY.md](DEPLOY.md)): the same session is ${so.requests} requests + ${so.preflights} preflights; sign-in → Profile ${rt(so.signInToProfile)} round trips instead of ${r.roundTrips.signInToProfile.requestRoundTrips}.`,
    )
  return lines.join('\n')
}

/** Replaces the marked block in README.md; returns false when the markers are missing. */
export function writeReadme(path: string, table: string): boolean {
  const readme = readFileSync(path, 'utf8')
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) return false
  writeFileSync(path, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`)
  return true
}
