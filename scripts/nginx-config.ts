/**
 * `npm run nginx:config`: generates the portal's nginx site from one settings file (DEPLOY.md).
 *
 *   npm run nginx:config -- --settings deploy/nginx/settings.json [--dist dist] [--out DIR]
 *
 * Reads the built portal (dist/config.json, dist/index.html) and the routes table, and writes into
 * --out (default: the settings' installDir) portal.conf, security-headers.conf, proxy.conf, and the
 * config.json and index.html that nginx serves for this mode. Run it again after every build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { nginxSite, SettingsError, type NginxSettings } from './lib/nginx-config.ts'
import { PORTAL_ROUTES } from './lib/portal-routes.ts'

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const settingsFile = flag('settings')
if (!settingsFile) {
  console.error(
    'Usage: npm run nginx:config -- --settings deploy/nginx/settings.json [--dist dist] [--out DIR]',
  )
  console.error('Start from deploy/nginx/settings.example.json; DEPLOY.md explains every field.')
  process.exit(2)
}
const dist = resolve(flag('dist') ?? 'dist')
try {
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as NginxSettings
  const files = nginxSite(settings, {
    config: JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8')) as Record<string, unknown>,
    indexHtml: readFileSync(join(dist, 'index.html'), 'utf8'),
    routes: PORTAL_ROUTES,
  })
  const out = resolve(flag('out') ?? settings.installDir)
  mkdirSync(out, { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text)
  console.log(`Wrote ${Object.keys(files).join(', ')} to ${out} (${settings.mode} mode).`)
  if (out !== resolve(settings.installDir))
    console.log(`Copy them to ${settings.installDir}: portal.conf names files there.`)
  console.log(
    `Then: ln -s ${settings.installDir}/portal.conf /etc/nginx/sites-enabled/uds-portal.conf && nginx -t && systemctl reload nginx`,
  )
} catch (error) {
  if (
    error instanceof SettingsError ||
    error instanceof SyntaxError ||
    (error as NodeJS.ErrnoException).code === 'ENOENT'
  ) {
    console.error(`nginx:config: ${(error as Error).message}`)
    process.exit(2)
  }
  throw error
}
