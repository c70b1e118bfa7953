/**
 * `npm run preview:nginx`: the built portal behind Debian's nginx on http://localhost:8080, with the
 * site deploy/nginx generates, in front of the mock phone system on port 8443. Ctrl-C stops both.
 *
 *   npm run preview:nginx [-- --mode same-origin|cors] [--tls] [--port 8080] [--mock-port 8443]
 *
 * same-origin (default): nginx forwards /cucm-uds/ and /vmrest/ to the mock (no CORS, no preflights);
 * with --tls the mock speaks https with a certificate it makes at start, written to nginx's folder as
 * the CA file nginx verifies it against. cors: the browser calls the mock directly.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { SIGN_IN_PERSONAS, DEMO_PASSWORD } from '../mock-server/fixtures/personas.ts'
import type { Mode } from './lib/nginx-config.ts'
import { findNginx, NGINX_MISSING } from './lib/nginx-run.ts'
import { DIST_DIR, startNginxStack } from './lib/nginx-stack.ts'

const USAGE =
  'Usage: npm run preview:nginx [-- --mode same-origin|cors] [--tls] [--port 8080] [--mock-port 8443]'

function parse(argv: string[]): { mode: Mode; tls: boolean; port: number; mockPort: number } {
  const out = { mode: 'same-origin' as Mode, tls: false, port: 8080, mockPort: 8443 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`)
      return v
    }
    if (arg === '--') continue
    else if (arg === '--tls') out.tls = true
    else if (arg === '--mode') {
      const mode = value()
      if (mode !== 'same-origin' && mode !== 'cors')
        throw new Error(`--mode is same-origin or cors\n${USAGE}`)
      out.mode = mode
    } else if (arg === '--port') out.port = Number(value())
    else if (arg === '--mock-port') out.mockPort = Number(value())
    else throw new Error(`unknown argument "${arg}"\n${USAGE}`)
  }
  if (out.tls && out.mode === 'cors')
    throw new Error(
      '--tls is for same-origin mode (in CORS mode the browser would have to trust the mock itself)',
    )
  return out
}

let options: ReturnType<typeof parse>
try {
  options = parse(process.argv.slice(2))
} catch (error) {
  console.error((error as Error).message)
  process.exit(2)
}

if (!findNginx()) {
  console.error(NGINX_MISSING)
  process.exit(1)
}

if (!existsSync(join(DIST_DIR, 'index.html'))) {
  console.log('No build yet: npm run build')
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const stack = await startNginxStack(options).catch((error: unknown) => {
  console.error(`preview:nginx: ${(error as Error).message}`)
  process.exit(1)
})
const output = stack.nginx.output().trim()
if (output) console.log(output)
console.log(`
  Phone settings portal (nginx, ${options.mode} mode):  http://localhost:${options.port}
  Mock phone system:  ${stack.mockUrl}${options.mode === 'same-origin' ? `  (reached through nginx at /cucm-uds and /vmrest${options.tls ? ', certificate verified' : ''})` : ''}
  nginx's files:      ${stack.nginx.dir}  (portal.conf, security-headers.conf, proxy.conf, config.json)

  Demo sign-ins (password "${DEMO_PASSWORD}"): ${SIGN_IN_PERSONAS.join(', ')}
  Press Ctrl-C to stop.
`)

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping nginx and the mock`)
  stack.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
