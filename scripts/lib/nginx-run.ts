/**
 * Runs Debian's nginx unprivileged in the foreground with a generated site (scripts/lib/nginx-config.ts)
 * in a folder of its own: its pid, temp files and configuration all live there, nothing in /etc or
 * /var is touched, and stopping it removes the folder. For `npm run preview:nginx`, the end-to-end
 * smoke project and the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { NginxFiles } from './nginx-config.ts'

/** The nginx binary: NGINX_PATH when set (only it), else Debian's, else one on the PATH; null when there is none. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.NGINX_PATH
    ? [env.NGINX_PATH]
    : ['/usr/sbin/nginx', ...(env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx'))]
  for (const candidate of candidates) {
    if (!candidate) continue
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not there
    }
  }
  return null
}

export const NGINX_MISSING = 'nginx is not installed. On Debian or Ubuntu: apt-get install -y nginx'

/** A folder for one nginx run (its installDir), readable by nginx's workers (nobody, when started as root). */
export function nginxDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'uds-portal-nginx-'))
  chmodSync(dir, 0o755)
  return dir
}

/** The main configuration around the site: everything nginx writes goes into `dir`. */
export function mainConfig(dir: string): string {
  const temp = (name: string) => `${name}_temp_path ${dir}/temp/${name};`
  return [
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '    types {',
    '        text/html html;',
    '        application/javascript js mjs;',
    '        text/css css;',
    '        application/json json;',
    '        image/svg+xml svg;',
    '        image/png png;',
    '        image/x-icon ico;',
    '        font/woff2 woff2;',
    '        text/plain txt;',
    '    }',
    '    default_type application/octet-stream;',
    '    access_log off;',
    '    sendfile on;',
    `    ${temp('client_body')}`,
    `    ${temp('proxy')}`,
    `    ${temp('fastcgi')}`,
    `    ${temp('uwsgi')}`,
    `    ${temp('scgi')}`,
    `    include ${dir}/portal.conf;`,
    '}',
    '',
  ].join('\n')
}

export interface RunningNginx {
  url: string
  dir: string
  /** What nginx printed (warnings, errors). */
  output(): string
  stop(): Promise<void>
}

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
}

/**
 * Writes the site's files into `dir` (the settings' installDir) and starts nginx in the foreground;
 * resolves once it accepts connections on `host:port`.
 */
export async function startNginx(options: {
  files: NginxFiles
  dir: string
  host: string
  port: number
  nginx?: string
}): Promise<RunningNginx> {
  const nginx = options.nginx ?? findNginx()
  if (!nginx) throw new Error(NGINX_MISSING)
  const { dir, host, port } = options
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(dir, 'temp', sub), { recursive: true })
  for (const [name, text] of Object.entries(options.files)) writeFileSync(join(dir, name), text)
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir))
  let output = ''
  const child = spawn(
    nginx,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const gone = exited(child)
  let stopped: Promise<void> | undefined
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await gone
      rmSync(dir, { recursive: true, force: true })
    })())
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop()
      throw new Error(`nginx stopped at start:\n${output}`)
    }
    if (await portOpen(host, port)) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`nginx did not listen on ${host}:${port} within 10 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    dir,
    output: () => output,
    stop,
  }
}
