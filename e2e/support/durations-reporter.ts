/**
 * After every run: the ten slowest journeys, each with its share of its own time limit, so a journey
 * creeping towards its limit is seen long before a busy machine makes it fail. Writes every test's
 * figures to test-results/durations.json. The aim (README, Tests): no journey above half its limit
 * on an idle machine; a share above that is marked, and E2E_MAX_SHARE=0.5 makes it fail the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

interface Timing {
  title: string
  file: string
  project: string
  durationMs: number
  timeoutMs: number
  share: number
  status: TestResult['status']
  retry: number
}

const HALF = 0.5

export default class DurationsReporter implements Reporter {
  private timings = new Map<string, Timing>()
  private startedAt = Date.now()

  printsToStdio() {
    return false
  }

  onBegin() {
    this.startedAt = Date.now()
  }

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped') return
    // test.timeout is the limit the test ended with (the project's, or its own test.setTimeout).
    const timeoutMs = test.timeout
    // The last result of a test counts (there are no retries, but a flag may turn them on locally).
    this.timings.set(test.id, {
      title: test.titlePath().slice(3).join(' › '),
      file: relative(process.cwd(), test.location.file),
      project: test.parent.project()?.name ?? '',
      durationMs: result.duration,
      timeoutMs,
      share: timeoutMs > 0 ? result.duration / timeoutMs : 0,
      status: result.status,
      retry: result.retry,
    })
  }

  async onEnd(_result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const all = [...this.timings.values()].sort((a, b) => b.share - a.share)
    if (all.length === 0) return undefined
    const slowest = [...all].sort((a, b) => b.durationMs - a.durationMs).slice(0, 10)
    const over = all.filter((t) => t.share > HALF)
    const wallMs = Date.now() - this.startedAt
    const sumMs = all.reduce((s, t) => s + t.durationMs, 0)
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    const pct = (x: number) => `${Math.round(x * 100)} %`

    const lines = ['', `Slowest journeys (of ${all.length}; ${s(sumMs)} of test time in ${s(wallMs)})`, '']
    const width = Math.min(100, Math.max(...slowest.map((t) => t.title.length)))
    lines.push(`${'time'.padStart(8)}  ${'limit'.padStart(7)}  ${'share'.padStart(5)}  journey`)
    for (const t of slowest) {
      // Too long: shorten the describe blocks, keep the test's own title.
      const title = t.title.length > width ? `…${t.title.slice(t.title.length - width + 1)}` : t.title
      const flag = t.share > HALF ? '  ← over half its limit' : ''
      lines.push(
        `${s(t.durationMs).padStart(8)}  ${s(t.timeoutMs).padStart(7)}  ${pct(t.share).padStart(5)}  ${title} (${t.file})${flag}`,
      )
    }
    const highest = all[0]!
    lines.push(
      '',
      over.length
        ? `${over.length} journey(s) above half their limit; highest ${pct(highest.share)}: ${highest.title}`
        : `Every journey within half its limit (highest ${pct(highest.share)}: ${highest.title}).`,
    )
    for (const t of over.filter((x) => !slowest.includes(x)))
      lines.push(`  ${pct(t.share)}  ${s(t.durationMs)} of ${s(t.timeoutMs)}  ${t.title} (${t.file})`)

    mkdirSync('test-results', { recursive: true })
    writeFileSync(
      'test-results/durations.json',
      JSON.stringify({ wallMs, sumMs, aboveHalf: over.length, tests: all }, null, 2) + '\n',
    )
    process.stdout.write(lines.join('\n') + '\n\n')

    // Opt-in gate (not on by default: a busy machine is expected to run slower).
    const max = Number(process.env.E2E_MAX_SHARE)
    if (max > 0 && all.some((t) => t.share > max)) {
      process.stdout.write(`E2E_MAX_SHARE=${max}: a journey used more than that share of its limit.\n`)
      return { status: 'failed' }
    }
    return undefined
  }
}
