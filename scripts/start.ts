/**
 * `npm start`: the mock UDS + CUPI server on http://localhost:8443 and the portal on
 * http://localhost:5173, together. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process'

const children: ChildProcess[] = []

function run(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[${name}] ${line}`)
      .join('\n') + '\n'
  child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(c)))
  child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)))
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[${name}] stopped (exit code ${code}); stopping everything.`)
      stop(code ?? 1)
    }
  })
  children.push(child)
}

let stopping = false
function stop(code = 0) {
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 300)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

run('mock', process.execPath, ['--import', 'tsx', 'mock-server/main.ts'])
run('portal', process.execPath, ['node_modules/vite/bin/vite.js', '--clearScreen', 'false'])

setTimeout(() => {
  console.log(`
  Phone settings portal:  http://localhost:5173
  Mock phone system:      http://localhost:8443  (UDS at /cucm-uds, CUPI at /vmrest)

  Demo sign-ins (password "demo" for all):
    demo            everyday user: two lines, speed dials, a mobile for Single Number Reach
    ldap            password managed by the organisation's directory
    visitor         settings managed on another phone system (read-only here)
    split           two phones with different speed dials
    nosnr           Single Number Reach not set up
    policy          forwarding, password and some preferences hidden by the administrator
    twoprofiles     two Single Number Reach profiles to choose from
    away            busy and no-answer forwarding already set
    forwardallonly  only "forward all calls" allowed
    shared          a common-area phone beside the user's own desk phone
    locked          a locked account (always refused)

  Press Ctrl-C to stop.
`)
}, 1500)
