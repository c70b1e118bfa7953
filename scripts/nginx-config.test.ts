import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pages } from '../src/app/routes.ts'
import { PROXY_ERROR_HEADER, PROXY_UNREACHABLE } from '../src/api/client.ts'
import { contentSecurityPolicy } from './lib/csp.ts'
import {
  checkSettings,
  nginxSite,
  routePattern,
  SettingsError,
  type NginxSettings,
} from './lib/nginx-config.ts'
import { findNginx, mainConfig, nginxDir } from './lib/nginx-run.ts'
import { PORTAL_ROUTES } from './lib/portal-routes.ts'

const SAME_ORIGIN: NginxSettings = {
  mode: 'same-origin',
  serverName: 'phones.example.com',
  port: 443,
  tls: { certificate: '/etc/ssl/certs/phones.pem', certificateKey: '/etc/ssl/private/phones.key' },
  distDir: '/var/www/uds-portal/dist',
  installDir: '/etc/nginx/uds-portal',
  udsUrl: 'https://cucm-pub.example.com:8443/cucm-uds',
  cupiUrl: 'https://cuc.example.com/vmrest',
  upstreamCaFile: '/etc/ssl/certs/cucm-ca.pem',
  portal: { requestTimeoutMs: 12000 },
}

const CORS: NginxSettings = { ...SAME_ORIGIN, mode: 'cors', upstreamCaFile: undefined }

const BUILT = {
  config: {
    udsBaseUrl: 'http://localhost:8443/cucm-uds',
    cupiBaseUrl: 'http://localhost:8443/vmrest',
    helpdesk: { phone: '0800 123 4567' },
    requestTimeoutMs: 15000,
  },
  indexHtml:
    '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="connect-src \'self\' http://localhost:8443" /></head><body></body></html>',
  routes: PORTAL_ROUTES,
}

/** The directives of one `location` block (first match), as text. */
function location(conf: string, head: string): string {
  const start = conf.indexOf(`location ${head} {`)
  expect(start, `location ${head}`).toBeGreaterThanOrEqual(0)
  return conf.slice(start, conf.indexOf('\n    }', start))
}

describe('nginx site: same-origin mode', () => {
  const files = nginxSite(SAME_ORIGIN, BUILT)
  const conf = files['portal.conf']

  it('points the portal at its own origin, keeping the rest of config.json', () => {
    expect(JSON.parse(files['config.json'])).toEqual({
      udsBaseUrl: '/cucm-uds',
      cupiBaseUrl: '/vmrest',
      helpdesk: { phone: '0800 123 4567' },
      requestTimeoutMs: 12000,
    })
  })

  it("sends the policy csp.ts builds, connect-src 'self' only, with frame-ancestors; index.html's matches", () => {
    const policy = contentSecurityPolicy([])
    expect(files['security-headers.conf']).toContain(
      `add_header Content-Security-Policy "${policy}; frame-ancestors 'none'" always;`,
    )
    expect(policy).toContain("connect-src 'self';")
    expect(files['index.html']).toContain(`content="${policy}"`)
    expect(files['index.html']).not.toContain('localhost:8443')
    for (const header of [
      'Referrer-Policy "no-referrer"',
      'X-Content-Type-Options "nosniff"',
      'Permissions-Policy',
      'Strict-Transport-Security',
    ])
      expect(files['security-headers.conf']).toContain(header)
  })

  it('forwards exactly the two API prefixes, verifying the certificates against the CA file', () => {
    expect(conf.match(/location \^~ \/(cucm-uds|vmrest)\//g)).toEqual([
      'location ^~ /cucm-uds/',
      'location ^~ /vmrest/',
    ])
    const uds = location(conf, '^~ /cucm-uds/')
    expect(uds).toContain('proxy_pass https://uds_portal_uds;')
    expect(uds).toContain('proxy_set_header Host "cucm-pub.example.com:8443";')
    expect(uds).toContain('proxy_ssl_verify on;')
    expect(uds).toContain('proxy_ssl_name cucm-pub.example.com;')
    expect(uds).toContain('proxy_ssl_trusted_certificate /etc/ssl/certs/cucm-ca.pem;')
    expect(conf).toContain('server cucm-pub.example.com:8443;')
    expect(conf).toContain('server cuc.example.com;')
  })

  it('keeps the portal cookie-free, caps bodies, times out with the portal, limits credentialed requests', () => {
    const proxy = files['proxy.conf']
    for (const line of [
      'proxy_hide_header Set-Cookie;',
      'proxy_set_header Cookie "";',
      'client_max_body_size 64k;',
      'proxy_read_timeout 12000ms;',
      'proxy_next_upstream off;',
      'limit_req zone=uds_portal_credentials burst=40 nodelay;',
      'add_header Cache-Control "no-store" always;',
    ])
      expect(proxy).toContain(line)
    expect(proxy).not.toMatch(/^[^#]*Authorization/im) // passed through untouched
    expect(conf).toContain('default $binary_remote_addr;')
    expect(conf).toContain('zone=uds_portal_credentials:10m rate=60r/m;')
    expect(conf).toContain('limit_req_status 429;')
  })

  it("answers its own 502/504 with the marker the portal's client reads as can't reach", () => {
    for (const status of [502, 504]) {
      const block = location(conf, `@unreachable_${status}`)
      expect(block).toContain(`add_header ${PROXY_ERROR_HEADER} "${PROXY_UNREACHABLE}" always;`)
      expect(block).toContain(`return ${status} `)
    }
  })

  it('caches hashed assets for a year, index.html and config.json never without asking; gzip files as built', () => {
    const assets = location(conf, '^~ /assets/')
    expect(assets).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;')
    expect(assets).toContain('gzip_static on;')
    expect(assets).toContain('try_files $uri =404;')
    expect(assets).not.toContain('brotli_static')
    for (const file of ['/index.html', '/config.json'])
      expect(location(conf, `= ${file}`)).toContain('add_header Cache-Control "no-cache" always;')
    // Every location that sets its own headers sets the security headers too (nginx doesn't inherit them).
    for (const block of conf.split('location ').slice(1)) {
      if (block.includes('add_header') && !block.startsWith('@'))
        expect(block).toContain('security-headers.conf')
    }
  })

  it('redirects plain http to https', () => {
    expect(conf).toContain('listen 443 ssl http2;')
    expect(conf).toContain('listen [::]:443 ssl http2;')
    expect(conf).toContain('return 301 https://$host$request_uri;')
  })
})

describe('nginx site: CORS mode', () => {
  const files = nginxSite(CORS, BUILT)

  it("forwards nothing and lets the page connect to CUCM's and Unity Connection's origins", () => {
    expect(files['portal.conf']).not.toContain('proxy_pass')
    expect(files['portal.conf']).not.toContain('limit_req_zone')
    expect(files['security-headers.conf']).toContain(
      "connect-src 'self' https://cucm-pub.example.com:8443 https://cuc.example.com;",
    )
    expect(JSON.parse(files['config.json'])).toMatchObject({
      udsBaseUrl: 'https://cucm-pub.example.com:8443/cucm-uds',
      cupiBaseUrl: 'https://cuc.example.com/vmrest',
    })
  })
})

describe('the SPA fallback follows the routes table', () => {
  const pattern = new RegExp(routePattern(PORTAL_ROUTES))

  it('serves the app for every page, its sub-pages and sign-in, and nothing else', () => {
    for (const page of pages) {
      expect(pattern.test(page.path), page.path).toBe(true)
      expect(pattern.test(`${page.path}/add`), `${page.path}/add`).toBe(true)
    }
    for (const path of [
      '/sign-in',
      '/check-connection',
      '/speed-dials/3',
      '/single-number-reach/abc-1/schedule',
    ])
      expect(pattern.test(path), path).toBe(true)
    for (const path of [
      '/assets/x.js',
      '/speed-dials.js',
      '/profiles',
      '/cucm-uds/user',
      '/nothing',
      '/profile/../x.js',
    ])
      expect(pattern.test(path), path).toBe(false)
  })

  it('is generated into the site', () => {
    expect(nginxSite(SAME_ORIGIN, BUILT)['portal.conf']).toContain(
      `location ~ ${routePattern(PORTAL_ROUTES)} {`,
    )
  })
})

describe('settings an administrator gets wrong are refused with the reason', () => {
  it.each([
    [{ mode: 'proxy' }, 'mode'],
    [{ serverName: 'x; include /etc/passwd' }, 'serverName'],
    [{ udsUrl: 'http://cucm.example.com/cucm-uds' }, 'udsUrl: must start with https://'],
    [{ udsUrl: 'https://cucm.example.com/admin' }, 'udsUrl: must end in /cucm-uds'],
    [{ upstreamCaFile: undefined }, 'upstreamCaFile'],
    [{ tls: null }, 'tls: plain http'],
    [{ credentialRate: { perMinute: 0, burst: 1 } }, 'credentialRate'],
  ] as const)('%j', (change, message) => {
    expect(() => checkSettings({ ...SAME_ORIGIN, ...change })).toThrow(SettingsError)
    expect(() => checkSettings({ ...SAME_ORIGIN, ...change })).toThrow(message)
  })

  it('plain http is allowed for a preview that listens on this machine only', () => {
    expect(() => checkSettings({ ...SAME_ORIGIN, tls: null, listenAddress: '127.0.0.1' })).not.toThrow()
  })

  it('a config.json the portal would refuse is refused here too', () => {
    expect(() => nginxSite({ ...SAME_ORIGIN, portal: { requestTimeoutMs: 5 } }, BUILT)).toThrow(
      'requestTimeoutMs',
    )
  })
})

const NGINX = findNginx()
const OPENSSL = ['/usr/bin/openssl', '/bin/openssl'].find((path) => {
  try {
    execFileSync(path, ['version'])
    return true
  } catch {
    return false
  }
})

describe.runIf(NGINX && OPENSSL)("Debian's nginx accepts the generated site (nginx -t)", () => {
  it.each(['same-origin', 'cors'] as const)(
    '%s mode with TLS, as an administrator would deploy it',
    (mode) => {
      const dir = nginxDir()
      try {
        // A certificate for the portal and one standing in for CUCM's CA; upstream names that resolve here.
        execFileSync(
          OPENSSL!,
          [
            ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
            ...[
              '-subj',
              '/CN=localhost',
              '-days',
              '1',
              '-keyout',
              join(dir, 'key.pem'),
              '-out',
              join(dir, 'cert.pem'),
            ],
          ],
          { stdio: 'ignore' },
        )
        const files = nginxSite(
          {
            ...(mode === 'cors' ? CORS : SAME_ORIGIN),
            port: 8443,
            tls: { certificate: join(dir, 'cert.pem'), certificateKey: join(dir, 'key.pem') },
            installDir: dir,
            udsUrl: 'https://localhost:8444/cucm-uds',
            cupiUrl: 'https://localhost:8445/vmrest',
            upstreamCaFile: mode === 'cors' ? undefined : join(dir, 'cert.pem'),
          },
          BUILT,
        )
        for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
          mkdirSync(join(dir, 'temp', sub), { recursive: true })
        for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
        writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir))
        const out = execFileSync(NGINX!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        expect(out).toBe('')
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )
})
