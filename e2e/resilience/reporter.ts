/**
 * Collects the resilience suite's figures from the tests' annotations, across workers and retries:
 * - `fault-matrix` (one per cell: page, action, fault) → the matrix, printed as a table and written
 *   to test-results/fault-matrix.json;
 * - `figure` (name=count, e.g. "random-walk actions=200") → summed per name (passed tests only) and
 *   written with the matrix to test-results/reliability.json.
 * Prints nothing when none of those tests ran.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

interface Cell {
  page: string
  action: string
  fault: string
  outcome: 'passed' | 'failed' | 'skipped'
  error?: string
}

export default class ReliabilityReporter implements Reporter {
  private cells = new Map<string, Cell>()
  /** Per test (the last result counts on retries): its figures and whether it passed. */
  private perTest = new Map<string, { name: string; n: number; passed: boolean }>()
  private figures = new Map<string, { passed: number; total: number }>()

  printsToStdio() {
    return false
  }

  onTestEnd(test: TestCase, result: TestResult) {
    const outcome: Cell['outcome'] =
      result.status === 'skipped' ? 'skipped' : result.status === test.expectedStatus ? 'passed' : 'failed'
    // Retries: the last result of a test counts.
    for (const a of test.annotations) {
      if (a.type === 'fault-matrix' && a.description) {
        const meta = JSON.parse(a.description) as Omit<Cell, 'outcome'>
        const error = result.errors[0]?.message
          ?.split('\n')[0]
          ?.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
        this.cells.set(test.id, { ...meta, outcome, ...(outcome === 'failed' && error ? { error } : {}) })
      }
    }
    const counted = new Map<string, number>()
    for (const a of [...test.annotations, ...result.annotations]) {
      if (a.type !== 'figure' || !a.description) continue
      const [name, value] = a.description.split('=')
      if (name && value) counted.set(name.trim(), Number(value))
    }
    for (const [name, n] of counted) {
      const key = `${test.id}\u0000${name}`
      this.perTest.set(key, { name, n, passed: outcome === 'passed' })
    }
  }

  onEnd(_result: FullResult) {
    for (const { name, n, passed } of this.perTest.values()) {
      const f = this.figures.get(name) ?? { passed: 0, total: 0 }
      f.total += n
      if (passed) f.passed += n
      this.figures.set(name, f)
    }
    if (this.cells.size === 0 && this.figures.size === 0) return
    mkdirSync('test-results', { recursive: true })
    const lines: string[] = []
    if (this.cells.size) {
      const cells = [...this.cells.values()]
      const order = ['401', '503', '500', 'dropped', 'timeout']
      const faults = [...new Set(cells.map((c) => c.fault))].sort(
        (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99),
      )
      const rows = [...new Set(cells.map((c) => `${c.page} · ${c.action}`))]
      const mark = (c: Cell | undefined) =>
        !c ? '' : c.outcome === 'passed' ? 'pass' : c.outcome === 'failed' ? 'FAIL' : 'skip'
      const width = Math.max(12, ...rows.map((r) => r.length))
      const passed = cells.filter((c) => c.outcome === 'passed').length
      lines.push('', 'Fault matrix (write action × fault)', '')
      lines.push(`${'action'.padEnd(width)} | ${faults.map((f) => f.padEnd(7)).join(' | ')}`)
      lines.push(`${'-'.repeat(width)}-|-${faults.map(() => '-'.repeat(7)).join('-|-')}`)
      for (const row of rows) {
        const marks = faults.map((f) =>
          mark(cells.find((c) => `${c.page} · ${c.action}` === row && c.fault === f)).padEnd(7),
        )
        lines.push(`${row.padEnd(width)} | ${marks.join(' | ')}`)
      }
      lines.push('', `Cells passed: ${passed} / ${cells.length}`)
      for (const c of cells.filter((x) => x.outcome === 'failed'))
        lines.push(`  FAIL ${c.page} · ${c.action} · ${c.fault}: ${c.error ?? ''}`)
      writeFileSync(
        'test-results/fault-matrix.json',
        JSON.stringify({ passed, total: cells.length, faults, cells }, null, 2) + '\n',
      )
    }
    if (this.figures.size) {
      lines.push('', 'Reliability figures (passed / total)')
      for (const [name, f] of [...this.figures].sort()) lines.push(`  ${name}: ${f.passed} / ${f.total}`)
    }
    writeFileSync(
      'test-results/reliability.json',
      JSON.stringify(
        {
          faultMatrix: this.cells.size
            ? {
                passed: [...this.cells.values()].filter((c) => c.outcome === 'passed').length,
                total: this.cells.size,
              }
            : null,
          figures: Object.fromEntries(this.figures),
        },
        null,
        2,
      ) + '\n',
    )
    process.stdout.write(lines.join('\n') + '\n\n')
  }
}
