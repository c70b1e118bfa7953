/**
 * Runs npm scripts at the same time and fails when any of them fails: `tsx scripts/together.ts typecheck
 * lint`. Each script's output is held back and printed whole when it ends, so the log reads as if they
 * had run one after another. `npm test` uses it for the type check and the linters, which each keep one
 * core busy: side by side they take the time of the slowest rather than of all of them.
 */
import { spawn } from 'node:child_process'

const names = process.argv.slice(2)
if (names.length === 0) {
  console.error('usage: tsx scripts/together.ts SCRIPT [SCRIPT ...]')
  process.exit(2)
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const runs = names.map(
  (name) =>
    new Promise<{ name: string; code: number; seconds: number }>((resolve) => {
      const started = Date.now()
      const chunks: Buffer[] = []
      const child = spawn(npm, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout.on('data', (c: Buffer) => chunks.push(c))
      child.stderr.on('data', (c: Buffer) => chunks.push(c))
      child.on('close', (code) => {
        const seconds = (Date.now() - started) / 1000
        process.stdout.write(`\n> ${name}\n${Buffer.concat(chunks).toString()}`)
        process.stdout.write(
          `${code === 0 ? 'passed' : `FAILED (exit ${code})`}: ${name} in ${seconds.toFixed(1)} s\n`,
        )
        resolve({ name, code: code ?? 1, seconds })
      })
    }),
)

const results = await Promise.all(runs)
const failed = results.filter((r) => r.code !== 0)
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((r) => r.name).join(', ')}`)
  process.exit(1)
}
