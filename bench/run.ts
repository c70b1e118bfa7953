/**
 * `npm run bench`: the portal's performance figures. Builds the portal, then measures
 *   1. bytes of the first page and of each lazy route (from Vite's manifest, gzip + brotli);
 *   2. UDS/CUPI requests per page, first visit and revisit (duplicates, GET after PUT flagged);
 *   3. sequential round trips with the mock answering after 200 ms (as multiples of it);
 *   4. LCP, CLS and TBT of sign-in and Profile (Chromium's performance APIs, CPU slowed 4×);
 *   5. parser cost of the XML client relative to bare fast-xml-parser;
 *   6. the requests of one scripted typical session (sign in, change one thing per page, sign out);
 *   7. the mock's slowest answer to a hostile 64 KB request body (CPU time);
 *   8. same-origin mode (the portal and the mock behind nginx, deploy/nginx): the session's requests and
 *      preflights, and sign-in → Profile round trips at 200 ms (skipped when nginx is not installed).
 * Prints a table and writes bench/results.json. Starts its own mock and portal servers on free ports.
 *
 *   npm run bench [-- --no-build] [--only bytes,requests,roundtrips,vitals,parser,session,mockinput,sameorigin] [--readme]
 *   (--readme rewrites the performance table in README.md from this run)
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium.ts'
import { analyzeDist, kib, type BytesReport } from './bytes.ts'
import { BUDGETS, byteViolations, bytesTable, PORTAL_BUILD } from './budgets.ts'
import {
  changeOneSetting,
  DEMO,
  expectUsable,
  isPlaceholder,
  navLink,
  PORTAL_PAGES,
  RequestRecorder,
  signOut,
  submitSignIn,
  type ChangeOutcome,
} from './journey.ts'
import { measureMockInput, type MockInputReport } from './mock-input.ts'
import { measureParsers, type ParserCase } from './parser.ts'
import { readmeTable, writeReadme, type ReadmeInput } from './readme.ts'
import { benchState, installProbes, msFromClickToUsable, waitUntilUsable, watchUsable } from './probes.ts'
import {
  duplicates,
  getsAfterPut,
  markPreflights,
  roundTrips,
  splitSignIn,
  type LoggedRequest,
  type ObservedRequest,
} from './requests.ts'
import { freePort, startStack, type Stack } from './stack.ts'
import { findNginx, NGINX_MISSING } from '../scripts/lib/nginx-run.ts'
import { startNginxStack, type NginxStack } from '../scripts/lib/nginx-stack.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const LATENCY_MS = 200
const CPU_SLOWDOWN = 4
const VITALS_RUNS = Number(process.env.BENCH_VITALS_RUNS ?? 5)
const USER_PATH = `/cucm-uds/user/${DEMO.userId}`

const args = process.argv.slice(2)
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const only = new Set(
  onlyArg
    ? onlyArg.split(',')
    : ['bytes', 'requests', 'roundtrips', 'vitals', 'parser', 'session', 'mockinput', 'sameorigin'],
)

// ---- helpers --------------------------------------------------------------------------------------

interface RequestSummary {
  count: number
  preflights: number
  requests: string[]
  duplicates: string[]
  getsAfterPut: string[]
  /** Sequential round trips (a preflight counts as one). */
  roundTrips: number
}

function summarize(observed: ObservedRequest[]): RequestSummary {
  return {
    count: observed.length,
    preflights: observed.filter((r) => r.preflighted).length,
    requests: observed.map((r) => `${r.method} ${r.path}${r.preflighted ? ' (+preflight)' : ''}`),
    duplicates: duplicates(observed),
    getsAfterPut: getsAfterPut(observed),
    roundTrips: roundTrips(observed).total,
  }
}

async function newPage(browser: Browser, stack: Stack): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: stack.portalUrl,
    viewport: { width: 1280, height: 800 },
  })
  const page = await context.newPage()
  await installProbes(page)
  return { context, page }
}

async function openSignIn(page: Page) {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in' }).waitFor()
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

// ---- 2. requests per page ------------------------------------------------------------------------

interface PageRequests {
  name: string
  built: boolean
  firstVisit: RequestSummary
  revisit: RequestSummary
}

async function measureRequests(browser: Browser) {
  const stack = await startStack()
  try {
    const { context, page } = await newPage(browser, stack)
    const recorder = new RequestRecorder(page, stack.mockUrl)
    await openSignIn(page)
    await stack.clearRequests()
    const start = recorder.mark()
    await submitSignIn(page)
    await expectUsable(page, 'Profile')
    const afterSignIn = recorder.mark()
    const { signIn, landing } = splitSignIn(await recorder.between(start, afterSignIn), USER_PATH)
    const log: LoggedRequest[] = await stack.requests()
    const marked = markPreflights([...signIn, ...landing], log)
    const ofSignIn = new Set(signIn.map((r) => r.start))
    const signInSummary = summarize(marked.filter((r) => ofSignIn.has(r.start)))
    const firstVisits = new Map<string, { summary: RequestSummary; built: boolean }>()
    firstVisits.set('Profile', {
      summary: summarize(marked.filter((r) => !ofSignIn.has(r.start))),
      built: !(await isPlaceholder(page)),
    })

    const visit = async (name: string) => {
      await stack.clearRequests()
      const from = recorder.mark()
      await navLink(page, name).click()
      await expectUsable(page, name)
      await page.waitForTimeout(300) // let anything the page fires after rendering show up
      const observed = markPreflights(await recorder.between(from, recorder.mark()), await stack.requests())
      return { summary: summarize(observed), built: !(await isPlaceholder(page)) }
    }
    for (const p of PORTAL_PAGES.filter((p) => p.name !== 'Profile'))
      firstVisits.set(p.name, await visit(p.name))
    const pages: PageRequests[] = []
    for (const p of PORTAL_PAGES) {
      const revisit = await visit(p.name)
      const first = firstVisits.get(p.name)!
      pages.push({ name: p.name, built: first.built, firstVisit: first.summary, revisit: revisit.summary })
    }
    await context.close()
    return { signIn: signInSummary, pages }
  } finally {
    await stack.close()
  }
}

// ---- 3. round trips ------------------------------------------------------------------------------

interface Transition {
  /** Time to usable with the mock answering after LATENCY_MS, as a multiple of it. */
  multiple: number
  /** Sequential request round trips in the request graph (a CORS preflight counts as one). */
  requestRoundTrips: number
  ms: number
  /** The same transition with a mock that answers at once: the part that is not waiting. */
  msWithoutLatency: number
}

interface PageRoundTrips {
  name: string
  built: boolean
  /** Click (the pointer arrives as it clicks) → page usable. */
  click: Transition
  /** The pointer rests on the link for 3× the latency first (prefetch on hover), then click. */
  afterHover: Transition
}

async function measureRoundTrips(browser: Browser) {
  const slow = await startStack({ latencyMs: LATENCY_MS })
  const fast = await startStack()
  try {
    const pass = async (stack: Stack, hoverFirst: boolean) => {
      // A fresh context each pass: nothing cached, not even CORS preflights.
      const { context, page } = await newPage(browser, stack)
      const recorder = new RequestRecorder(page, stack.mockUrl)
      const measure = async (name: string, act: () => Promise<void>) => {
        await stack.clearRequests()
        await watchUsable(page, name)
        const from = recorder.mark()
        await act()
        const ms = await msFromClickToUsable(page)
        await expectUsable(page, name)
        const observed = markPreflights(await recorder.between(from, recorder.mark()), await stack.requests())
        return { ms, requestRoundTrips: roundTrips(observed).total }
      }
      await openSignIn(page)
      const signIn = await measure('Profile', () => submitSignIn(page))
      const results: Array<{ name: string; built: boolean; ms: number; requestRoundTrips: number }> = []
      for (const p of PORTAL_PAGES.filter((p) => p.name !== 'Profile')) {
        if (hoverFirst) {
          await navLink(page, p.name).hover()
          await page.waitForTimeout(3 * LATENCY_MS)
        }
        const r = await measure(p.name, () => navLink(page, p.name).click())
        results.push({ name: p.name, built: !(await isPlaceholder(page)), ...r })
      }
      await context.close()
      return { signIn, results }
    }
    const plain = await pass(slow, false)
    const hover = await pass(slow, true)
    const plainFast = await pass(fast, false)
    const hoverFast = await pass(fast, true)
    const transition = (r: { ms: number; requestRoundTrips: number }, base: { ms: number }): Transition => ({
      multiple: round(r.ms / LATENCY_MS),
      requestRoundTrips: r.requestRoundTrips,
      ms: Math.round(r.ms),
      msWithoutLatency: Math.round(base.ms),
    })
    return {
      latencyMs: LATENCY_MS,
      signInToProfile: transition(plain.signIn, plainFast.signIn),
      pages: plain.results.map((r, i): PageRoundTrips => ({
        name: r.name,
        built: r.built,
        click: transition(r, plainFast.results[i]!),
        afterHover: transition(hover.results[i]!, hoverFast.results[i]!),
      })),
    }
  } finally {
    await Promise.all([slow.close(), fast.close()])
  }
}

// ---- 4. web vitals -------------------------------------------------------------------------------

interface Vitals {
  lcpMs: number
  cls: number
  tbtMs: number
}

async function measureVitals(browser: Browser) {
  const stack = await startStack()
  const signIn: Vitals[] = []
  const profile: Vitals[] = []
  try {
    for (let run = 0; run < VITALS_RUNS; run++) {
      const { context, page } = await newPage(browser, stack)
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
      await openSignIn(page)
      await page.waitForTimeout(1000) // quiet time: LCP settles, late long tasks show up
      let s = await benchState(page)
      signIn.push({
        lcpMs: s.lcp.at(-1)?.t ?? NaN,
        cls: s.shifts.filter((x) => !x.recent).reduce((a, x) => a + x.value, 0),
        tbtMs: s.longtasks.reduce((a, t) => a + Math.max(0, t.d - 50), 0),
      })

      // Profile is reached by signing in (credentials live in memory only, so it has no cold load):
      // its LCP is the soft navigation's largest contentful paint, from the click on "Sign in".
      await watchUsable(page, 'Profile')
      await submitSignIn(page)
      await waitUntilUsable(page)
      await page.waitForTimeout(1000)
      s = await benchState(page)
      const click = s.clicks.at(-1)!
      const soft = s.soft.find((n) => n.name.endsWith('/profile'))
      const paints = soft ? s.icp.filter((p) => p.id === soft.id) : []
      const lastPaint = paints.at(-1)?.t ?? s.usable!
      profile.push({
        lcpMs: lastPaint - click,
        // Every shift after the click, including those right after it (which CLS would excuse).
        cls: s.shifts.filter((x) => x.t >= click).reduce((a, x) => a + x.value, 0),
        tbtMs: s.longtasks.filter((t) => t.t >= click).reduce((a, t) => a + Math.max(0, t.d - 50), 0),
      })
      await context.close()
    }
  } finally {
    await stack.close()
  }
  const med = (list: Vitals[]): Vitals => ({
    lcpMs: Math.round(median(list.map((v) => v.lcpMs))),
    cls: round(median(list.map((v) => v.cls)), 3),
    tbtMs: Math.round(median(list.map((v) => v.tbtMs))),
  })
  return { cpuSlowdown: CPU_SLOWDOWN, runs: VITALS_RUNS, signIn: med(signIn), profile: med(profile) }
}

// ---- 6. a typical session ------------------------------------------------------------------------

async function measureSession(browser: Browser) {
  const stack = await startStack()
  try {
    const { context, page } = await newPage(browser, stack)
    const recorder = new RequestRecorder(page, stack.mockUrl)
    await openSignIn(page)
    await stack.clearRequests()
    const start = recorder.mark()
    await submitSignIn(page)
    await expectUsable(page, 'Profile')
    // Per page: the load (click → usable; for Profile, sign-in → usable) and the change after it.
    const steps: Array<{
      page: string
      load: ObservedRequest[]
      change: ObservedRequest[]
      outcome: ChangeOutcome
    }> = []
    let from = start
    for (const p of PORTAL_PAGES) {
      if (p.name !== 'Profile') {
        from = recorder.mark()
        await navLink(page, p.name).click()
        await expectUsable(page, p.name)
      }
      const loaded = recorder.mark()
      const outcome = await changeOneSetting(page, p)
      const done = recorder.mark()
      steps.push({
        page: p.name,
        load: await recorder.between(from, loaded),
        change: await recorder.between(loaded, done),
        outcome,
      })
    }
    await signOut(page)
    const all = markPreflights(await recorder.between(start, recorder.mark()), await stack.requests())
    await context.close()
    const line = (r: ObservedRequest) => `${r.method} ${r.path}`
    return {
      requests: all.length,
      preflights: all.filter((r) => r.preflighted).length,
      total: all.length + all.filter((r) => r.preflighted).length,
      byMethod: Object.fromEntries(
        ['GET', 'PUT', 'POST', 'DELETE'].map((m) => [m, all.filter((r) => r.method === m).length]),
      ),
      duplicatesWithinAPageLoad: steps.flatMap((l) => duplicates(l.load).map((d) => `${l.page}: ${d}`)),
      getsAfterPut: getsAfterPut(all),
      pages: steps.map((step) => ({
        page: step.page,
        loadRequests: step.load.length,
        change:
          'changed' in step.outcome
            ? step.outcome.changed
            : 'notBuilt' in step.outcome
              ? 'not built yet'
              : step.outcome.skipped,
        changeRequests: step.change.map(line),
      })),
      log: all.map(
        (r) => `${r.method} ${r.path}${r.preflighted ? ' (+preflight)' : ''} → ${r.status ?? '?'}`,
      ),
    }
  } finally {
    await stack.close()
  }
}

// ---- report --------------------------------------------------------------------------------------

function printBytes(report: BytesReport) {
  console.log('\n1. Bytes (from dist/.vite/manifest.json)')
  console.log(bytesTable(report))
  const problems = byteViolations(report)
  if (problems.length) console.log(problems.map((p) => `  ✗ ${p}`).join('\n'))
}

const flagText = (s: RequestSummary) =>
  [...s.duplicates.map((d) => `DUPLICATE ${d}`), ...s.getsAfterPut.map((g) => `GET AFTER PUT ${g}`)].join(
    '; ',
  )

function printRequests(r: Awaited<ReturnType<typeof measureRequests>>) {
  console.log('\n2. UDS/CUPI requests per page (requests + CORS preflights; sequential round trips)')
  const cell = (s: RequestSummary) => `${s.count} + ${s.preflights} pf, ${s.roundTrips} RT`.padEnd(20)
  console.log(`  ${'Page'.padEnd(32)} ${'first visit'.padEnd(20)} ${'revisit'.padEnd(20)} flags`)
  console.log(`  ${'Sign-in'.padEnd(32)} ${cell(r.signIn)} ${'–'.padEnd(20)} ${flagText(r.signIn)}`)
  for (const p of r.pages) {
    const name = p.built ? p.name : `${p.name} (not built)`
    console.log(
      `  ${name.padEnd(32)} ${cell(p.firstVisit)} ${cell(p.revisit)} ${[flagText(p.firstVisit), flagText(p.revisit)].filter(Boolean).join('; ')}`,
    )
  }
}

function printRoundTrips(r: Awaited<ReturnType<typeof measureRoundTrips>>) {
  console.log(`\n3. Round trips (mock answers after ${r.latencyMs} ms; time to usable ÷ ${r.latencyMs} ms)`)
  const cell = (t: Transition) =>
    `${t.multiple}× (${t.requestRoundTrips} RT; ${t.msWithoutLatency} ms w/o latency)`.padEnd(36)
  console.log(`  ${''.padEnd(32)} ${'click'.padEnd(36)} after 3× latency hover`)
  console.log(`  ${'Sign in → Profile usable'.padEnd(32)} ${cell(r.signInToProfile)}`)
  for (const p of r.pages)
    console.log(
      `  ${(p.built ? p.name : `${p.name} (not built)`).padEnd(32)} ${cell(p.click)} ${cell(p.afterHover)}`,
    )
}

function printVitals(v: Awaited<ReturnType<typeof measureVitals>>) {
  console.log(`\n4. Web vitals (built portal, local mock, CPU ${v.cpuSlowdown}× slower, median of ${v.runs})`)
  console.log(`  ${''.padEnd(10)} ${'LCP'.padStart(8)} ${'CLS'.padStart(7)} ${'TBT'.padStart(8)}`)
  for (const [name, x] of [
    ['Sign-in', v.signIn],
    ['Profile', v.profile],
  ] as const)
    console.log(
      `  ${name.padEnd(10)} ${`${x.lcpMs} ms`.padStart(8)} ${String(x.cls).padStart(7)} ${`${x.tbtMs} ms`.padStart(8)}`,
    )
}

function printParser(cases: ParserCase[]) {
  console.log('\n5. Parser cost (portal XML client ÷ bare fast-xml-parser, same text)')
  for (const c of cases)
    console.log(
      `  ${c.name}: ${round(c.ratio, 2)}× (${Math.round(c.portalUs)} µs vs ${Math.round(c.bareUs)} µs; ${kib(c.bytes)}; validate ${Math.round(c.parts.validateUs)} µs, parse ${Math.round(c.parts.parseUs)} µs, map ${Math.round(c.parts.mapUs)} µs)`,
    )
}

function printSession(s: Awaited<ReturnType<typeof measureSession>>) {
  console.log('\n6. One typical session (sign in, open every page, change one thing on each, sign out)')
  console.log(
    `  ${s.requests} UDS/CUPI requests + ${s.preflights} CORS preflights = ${s.total} (${Object.entries(
      s.byMethod,
    )
      .map(([m, n]) => `${m} ${n}`)
      .join(', ')})`,
  )
  for (const p of s.pages)
    console.log(
      `  ${(p.page === 'Profile' ? 'Sign-in + Profile' : p.page).padEnd(22)} load ${String(p.loadRequests).padStart(2)}; ${p.change}: ${p.changeRequests.join(', ') || 'no requests'}`,
    )
  if (s.duplicatesWithinAPageLoad.length)
    console.log(`  ✗ duplicates: ${s.duplicatesWithinAPageLoad.join('; ')}`)
  if (s.getsAfterPut.length) console.log(`  ✗ GET after PUT: ${s.getsAfterPut.join('; ')}`)
}

function printMockInput(m: MockInputReport) {
  console.log("\n7. Mock: slowest answer to a hostile 64 KB body (CPU time; the mock's test allows 50 ms)")
  console.log(`  ${m.worstMs} ms over ${m.cases} route × body cases (worst: ${m.worst})`)
}

// ---- 8. same-origin mode (nginx) -----------------------------------------------------------------

interface SameOriginReport {
  latencyMs: number
  /** Sign-in → Profile usable with the mock answering after latencyMs. */
  signInToProfile: Transition
  /** The typical session (as in 6.) through the proxy. */
  requests: number
  preflights: number
}

async function measureSameOrigin(browser: Browser): Promise<SameOriginReport> {
  const log = async (stack: NginxStack) =>
    (await (
      await stack.mockServer.mock.fetch(new Request(`${stack.mockUrl}/__mock/requests`))
    ).json()) as LoggedRequest[]
  const pass = async (latencyMs: number) => {
    const stack = await startNginxStack({
      mode: 'same-origin',
      port: await freePort(),
      mockPort: 0,
      mock: { latencyMs },
    })
    try {
      const context = await browser.newContext({
        baseURL: stack.portalUrl,
        viewport: { width: 1280, height: 800 },
      })
      const page = await context.newPage()
      await installProbes(page)
      const recorder = new RequestRecorder(page, new URL(stack.portalUrl).origin)
      await openSignIn(page)
      await stack.mockServer.mock.fetch(new Request(`${stack.mockUrl}/__mock/requests`, { method: 'DELETE' }))
      await watchUsable(page, 'Profile')
      const from = recorder.mark()
      await submitSignIn(page)
      const ms = await msFromClickToUsable(page)
      await expectUsable(page, 'Profile')
      const signIn = markPreflights(await recorder.between(from, recorder.mark()), await log(stack))
      for (const p of PORTAL_PAGES) {
        if (p.name !== 'Profile') {
          await navLink(page, p.name).click()
          await expectUsable(page, p.name)
        }
        await changeOneSetting(page, p)
      }
      await signOut(page)
      const all = await recorder.between(from)
      const logged = await log(stack)
      await context.close()
      return {
        ms,
        requestRoundTrips: roundTrips(signIn).total,
        requests: all.length,
        preflights: logged.filter((r) => r.preflight || r.method === 'OPTIONS').length,
      }
    } finally {
      await stack.close()
    }
  }
  const slow = await pass(LATENCY_MS)
  const fast = await pass(0)
  return {
    latencyMs: LATENCY_MS,
    signInToProfile: {
      multiple: round(slow.ms / LATENCY_MS),
      requestRoundTrips: slow.requestRoundTrips,
      ms: Math.round(slow.ms),
      msWithoutLatency: Math.round(fast.ms),
    },
    requests: slow.requests,
    preflights: slow.preflights,
  }
}

function printSameOrigin(r: SameOriginReport, cors: { roundTrips?: unknown; session?: unknown }) {
  const corsTrips = (cors.roundTrips as { signInToProfile?: Transition } | undefined)?.signInToProfile
  const corsSession = cors.session as { requests: number; preflights: number } | undefined
  console.log('\n8. Same-origin mode (portal and phone system behind nginx, deploy/nginx)')
  console.log(
    `  sign-in → Profile: ${r.signInToProfile.requestRoundTrips} round trips (${r.signInToProfile.multiple}× ${r.latencyMs} ms)` +
      (corsTrips ? `; CORS mode ${corsTrips.requestRoundTrips} (${corsTrips.multiple}×)` : ''),
  )
  console.log(
    `  typical session: ${r.requests} requests + ${r.preflights} preflights` +
      (corsSession ? `; CORS mode ${corsSession.requests} + ${corsSession.preflights}` : ''),
  )
}

// ---- main ----------------------------------------------------------------------------------------

if (!args.includes('--no-build')) {
  console.log('Building the portal (vite build)…')
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
}

const results: Record<string, unknown> = { generatedAt: new Date().toISOString(), budgets: BUDGETS }
const dist = `${ROOT}/dist`

if (only.has('bytes')) {
  const bytes = analyzeDist(dist, PORTAL_BUILD)
  results.bytes = bytes
  printBytes(bytes)
}

const needsBrowser = ['requests', 'roundtrips', 'vitals', 'session', 'sameorigin'].some((m) => only.has(m))
if (!needsBrowser && only.has('parser')) {
  const parser = measureParsers()
  results.parser = parser
  printParser(parser)
} else if (needsBrowser) {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  results.chromium = browser.version()
  try {
    if (only.has('requests')) {
      const r = await measureRequests(browser)
      results.requests = r
      printRequests(r)
    }
    if (only.has('roundtrips')) {
      const r = await measureRoundTrips(browser)
      results.roundTrips = r
      printRoundTrips(r)
    }
    if (only.has('vitals')) {
      const v = await measureVitals(browser)
      results.vitals = v
      printVitals(v)
    }
    if (only.has('parser')) {
      const parser = measureParsers()
      results.parser = parser
      printParser(parser)
    }
    if (only.has('session')) {
      const s = await measureSession(browser)
      results.session = s
      printSession(s)
    }
    if (only.has('sameorigin')) {
      if (!findNginx()) console.log(`\n8. Same-origin mode: skipped (${NGINX_MISSING})`)
      else {
        const r = await measureSameOrigin(browser)
        results.sameOrigin = r
        printSameOrigin(r, results)
      }
    }
  } finally {
    await browser.close()
  }
}

if (only.has('mockinput')) {
  const m = await measureMockInput()
  results.mockInput = m
  printMockInput(m)
}

if (args.includes('--readme')) {
  const readme = fileURLToPath(new URL('../README.md', import.meta.url))
  if (!['bytes', 'requests', 'roundtrips', 'vitals', 'parser', 'session'].every((m) => only.has(m)))
    console.error('\n--readme needs a complete run (no --only): README.md left as it was.')
  else if (!writeReadme(readme, readmeTable(results as unknown as ReadmeInput)))
    console.error('\nREADME.md has no <!-- bench:start --> / <!-- bench:end --> markers: left as it was.')
  else console.log(`\nUpdated the performance table in ${readme}`)
}

const out = fileURLToPath(new URL('./results.json', import.meta.url))
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\nWrote ${out}`)
