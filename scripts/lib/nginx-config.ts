/**
 * The nginx site for the portal, generated from one settings file (deploy/nginx/settings.example.json)
 * so that what nginx sends can't drift from what the portal is: the Content-Security-Policy header is
 * the policy scripts/lib/csp.ts builds (the one in index.html), the SPA fallback covers exactly the
 * routes of src/app/routes.ts, the proxy timeouts are config.json's requestTimeoutMs, and the 502/504
 * answers carry the marker src/api/client.ts maps to "can't reach the phone system".
 *
 * Pure: settings and the built portal's files in, the files to install out (tested in nginx-config.test.ts).
 */
import { parseConfig, type PortalConfig } from '../../src/config/config.ts'
import { PROXY_ERROR_HEADER, PROXY_UNREACHABLE } from '../../src/api/client.ts'
import { apiOrigins, contentSecurityPolicy, withCsp } from './csp.ts'

export type Mode = 'same-origin' | 'cors'

/** What an administrator sets, in one place (see deploy/nginx/settings.example.json and DEPLOY.md). */
export interface NginxSettings {
  /**
   * `same-origin`: nginx also forwards /cucm-uds/ and /vmrest/ to CUCM and Unity Connection, so the
   * browser talks to one origin (no CORS setup, no preflights). `cors`: the browser calls them directly.
   */
  mode: Mode
  /** The portal's host name, as users type it: `phones.example.com`. */
  serverName: string
  /** The port nginx listens on (443 with TLS). */
  port: number
  /** The address to listen on; every address when absent. */
  listenAddress?: string
  /** The portal's certificate and key (PEM); `null` only for a preview on this machine (plain http). */
  tls: { certificate: string; certificateKey: string } | null
  /** The built portal: the `dist/` folder of `npm run build`, copied to the web server. */
  distDir: string
  /** Where the generated files are installed (this folder's config.json and index.html are served). */
  installDir: string
  /** CUCM's UDS: `https://cucm-pub.example.com:8443/cucm-uds`. */
  udsUrl: string
  /** Unity Connection's CUPI: `https://cuc.example.com/vmrest`, or null without voicemail PIN changes. */
  cupiUrl: string | null
  /** Same-origin mode: the CA certificate(s) (PEM) that issued CUCM's and Unity Connection's certificates. */
  upstreamCaFile?: string
  /** Requests with credentials per client address: sustained rate per minute, and the burst allowed. */
  credentialRate?: { perMinute: number; burst: number }
  /** Send the build's `.br` files too (needs Debian's libnginx-mod-http-brotli-static). */
  brotli?: boolean
  /** Merged over dist/config.json: `helpdesk`, `requestTimeoutMs`. */
  portal?: Partial<Pick<PortalConfig, 'helpdesk' | 'requestTimeoutMs'>>
}

export interface BuiltPortal {
  /** dist/config.json, parsed. */
  config: Record<string, unknown>
  /** dist/index.html. */
  indexHtml: string
  /** The portal's page paths (`/profile`, …) from src/app/routes.ts, plus `/sign-in`. */
  routes: readonly string[]
}

export class SettingsError extends Error {}

/** The request body cap: the largest UDS body the portal sends is a few KiB (100 speed dials). */
export const MAX_BODY = '64k'
export const DEFAULT_CREDENTIAL_RATE = { perMinute: 60, burst: 40 }

/** What the browser may use, none of which the portal needs. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

const API_PATHS = { uds: '/cucm-uds', cupi: '/vmrest' } as const

function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[(.*)\]$/, '$1')
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
}

/** An upstream URL checked: https (http on this machine only), the API's own path, nothing else. */
function upstream(value: string, field: string, path: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new SettingsError(`${field}: "${value}" is not a URL like https://cucm.example.com:8443${path}`)
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname)))
    throw new SettingsError(`${field}: must start with https:// (http:// only for a server on this machine)`)
  if (url.pathname.replace(/\/+$/, '') !== path || url.search || url.hash || url.username)
    throw new SettingsError(`${field}: must end in ${path} and have nothing after it (got "${value}")`)
  return url
}

/** A value written into the nginx configuration: no quotes, semicolons, braces or spaces smuggled in. */
function safe(value: string, field: string): string {
  if (!/^[A-Za-z0-9._/:@+=-]+$/.test(value))
    throw new SettingsError(`${field}: "${value}" may hold only letters, digits and . _ / : @ + = -`)
  return value
}

/** Settings checked, with the defaults filled in. */
export function checkSettings(raw: unknown): NginxSettings {
  if (typeof raw !== 'object' || raw === null) throw new SettingsError('settings must be a JSON object')
  const s = raw as NginxSettings
  if (s.mode !== 'same-origin' && s.mode !== 'cors')
    throw new SettingsError('mode: must be "same-origin" or "cors"')
  safe(String(s.serverName ?? ''), 'serverName')
  if (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535)
    throw new SettingsError('port: must be a port number (443 with TLS)')
  if (s.listenAddress !== undefined) safe(s.listenAddress, 'listenAddress')
  if (s.tls === null) {
    if (!s.listenAddress || !isLoopbackHost(s.listenAddress))
      throw new SettingsError(
        'tls: plain http (null) is only for a preview on this machine (listenAddress 127.0.0.1): passwords would cross the network unencrypted',
      )
  } else {
    if (typeof s.tls !== 'object' || !s.tls)
      throw new SettingsError('tls: must name "certificate" and "certificateKey" (PEM files)')
    safe(s.tls.certificate, 'tls.certificate')
    safe(s.tls.certificateKey, 'tls.certificateKey')
  }
  safe(s.distDir, 'distDir')
  safe(s.installDir, 'installDir')
  const uds = upstream(s.udsUrl, 'udsUrl', API_PATHS.uds)
  const cupi = s.cupiUrl === null ? null : upstream(s.cupiUrl, 'cupiUrl', API_PATHS.cupi)
  if (s.mode === 'same-origin' && [uds, cupi].some((u) => u?.protocol === 'https:')) {
    if (!s.upstreamCaFile)
      throw new SettingsError(
        'upstreamCaFile: same-origin mode checks CUCM’s and Unity Connection’s certificates: name the CA file (PEM) that issued them',
      )
    safe(s.upstreamCaFile, 'upstreamCaFile')
  }
  const rate = s.credentialRate ?? DEFAULT_CREDENTIAL_RATE
  if (
    !Number.isInteger(rate.perMinute) ||
    !Number.isInteger(rate.burst) ||
    rate.perMinute < 1 ||
    rate.burst < 0
  )
    throw new SettingsError('credentialRate: perMinute (≥ 1) and burst (≥ 0) must be whole numbers')
  return { ...s, credentialRate: rate }
}

/** The config.json the portal gets: dist's, the settings' portal values, and the API addresses per mode. */
export function portalConfig(settings: NginxSettings, distConfig: Record<string, unknown>): PortalConfig {
  const sameOrigin = settings.mode === 'same-origin'
  const raw = {
    ...distConfig,
    ...settings.portal,
    udsBaseUrl: sameOrigin ? API_PATHS.uds : settings.udsUrl.replace(/\/+$/, ''),
    cupiBaseUrl:
      settings.cupiUrl === null ? null : sameOrigin ? API_PATHS.cupi : settings.cupiUrl.replace(/\/+$/, ''),
  }
  const parsed = parseConfig(raw)
  if (!parsed.ok)
    throw new SettingsError(`the portal's config.json would be refused: ${parsed.details.join('; ')}`)
  return parsed.config
}

/** The policy in index.html's meta tag (which can't carry frame-ancestors) … */
export function metaPolicy(config: PortalConfig): string {
  return contentSecurityPolicy(apiOrigins(config))
}

/** … and the one nginx sends as a header. */
export function headerPolicy(config: PortalConfig): string {
  return `${metaPolicy(config)}; frame-ancestors 'none'`
}

/** The URL pattern of the portal's pages and their sub-pages (`/speed-dials/3`), for the SPA fallback. */
export function routePattern(routes: readonly string[]): string {
  const names = [...new Set(routes)].map((path) => {
    if (!/^\/[a-z0-9-]+(?:\/[a-z0-9-]+)*$/.test(path))
      throw new SettingsError(`route "${path}" is not a plain path (/lower-case-words)`)
    return path.slice(1)
  })
  return `^/(?:${names.join('|')})(?:/[^.]*)?$`
}

export interface NginxFiles {
  /** The site (http-context include: rate zone, upstreams, servers). */
  'portal.conf': string
  /** Headers every answer carries (included in each location, as nginx doesn't inherit add_header into them). */
  'security-headers.conf': string
  /** The proxy settings of the two API locations (same-origin mode). */
  'proxy.conf': string
  'config.json': string
  'index.html': string
}

function ms(value: number): string {
  return `${value}ms`
}

/** Generates every file of the site. */
export function nginxSite(rawSettings: NginxSettings, built: BuiltPortal): NginxFiles {
  const s = checkSettings(rawSettings)
  const config = portalConfig(s, built.config)
  const sameOrigin = s.mode === 'same-origin'
  const dir = s.installDir.replace(/\/+$/, '')
  const rate = s.credentialRate ?? DEFAULT_CREDENTIAL_RATE
  const tls = s.tls !== null
  const listenOn = `${s.listenAddress ? `${s.listenAddress.includes(':') && !s.listenAddress.startsWith('[') ? `[${s.listenAddress}]` : s.listenAddress}:` : ''}${s.port}`

  const headers = [
    '# Sent with every answer of the portal (scripts/lib/nginx-config.ts says why each is there).',
    `add_header Content-Security-Policy "${headerPolicy(config)}" always;`,
    'add_header Referrer-Policy "no-referrer" always;',
    'add_header X-Content-Type-Options "nosniff" always;',
    `add_header Permissions-Policy "${PERMISSIONS_POLICY}" always;`,
    'add_header Cross-Origin-Opener-Policy "same-origin" always;',
    ...(tls ? ['add_header Strict-Transport-Security "max-age=31536000" always;'] : []),
    '',
  ].join('\n')

  const include = (file: string) => `include ${dir}/${file};`
  const cache = (value: string) => `add_header Cache-Control "${value}" always;`

  const apis = sameOrigin
    ? ([['uds', new URL(s.udsUrl)], ...(s.cupiUrl ? [['cupi', new URL(s.cupiUrl)] as const] : [])] as const)
    : []

  const upstreamBlocks = apis.map(([api, url]) =>
    [
      `upstream uds_portal_${api} {`,
      `    server ${safe(url.host, `${api}Url`)};`,
      '    # TLS connections are reused, and dropped well before the server closes them (Tomcat: 20 s),',
      '    # so a request never meets a connection closing under it (requests are not retried).',
      '    keepalive 8;',
      '    keepalive_timeout 10s;',
      '}',
    ].join('\n'),
  )

  const proxyLocations = apis.map(([api, url]) =>
    [
      `    # ${api === 'uds' ? 'CUCM User Data Services' : 'Unity Connection CUPI'}: only this prefix is forwarded.`,
      `    location ^~ ${API_PATHS[api]}/ {`,
      `        proxy_pass ${url.protocol}//uds_portal_${api};`,
      `        proxy_set_header Host "${url.host}";`,
      ...(url.protocol === 'https:'
        ? [
            `        proxy_ssl_name ${url.hostname};`,
            '        proxy_ssl_server_name on;',
            '        proxy_ssl_verify on;',
            `        proxy_ssl_trusted_certificate ${s.upstreamCaFile};`,
            '        proxy_ssl_verify_depth 4;',
            '        proxy_ssl_protocols TLSv1.2 TLSv1.3;',
          ]
        : []),
      `        ${include('proxy.conf')}`,
      '    }',
    ].join('\n'),
  )

  const proxy = [
    '# The two API prefixes in same-origin mode (included by portal.conf).',
    '',
    '# Requests with credentials count against one limit per client address: UDS and Unity Connection',
    '# check the same directory account when CUCM uses LDAP, so one client cannot spray passwords.',
    `limit_req zone=uds_portal_credentials burst=${rate.burst} nodelay;`,
    '# The largest body the portal sends is a few KiB; anything bigger never reaches CUCM.',
    `client_max_body_size ${MAX_BODY};`,
    "# The portal's own timeout (config.json requestTimeoutMs), so nginx never waits longer than it does.",
    `proxy_connect_timeout ${ms(Math.min(config.requestTimeoutMs, 60_000))};`,
    `proxy_send_timeout ${ms(config.requestTimeoutMs)};`,
    `proxy_read_timeout ${ms(config.requestTimeoutMs)};`,
    '# Each request goes once: a write repeated on another address, or stale credentials tried twice,',
    "# is exactly what the portal's lockout rules prevent.",
    'proxy_next_upstream off;',
    'proxy_http_version 1.1;',
    'proxy_set_header Connection "";',
    "# Authorization passes through untouched. The browser's Origin is dropped: to CUCM this is not a",
    '# cross-origin request, and its CORS filter refuses origins it does not list.',
    'proxy_set_header Origin "";',
    'proxy_set_header Cookie "";',
    "# The portal stays cookie-free: CUCM's session cookies never reach the browser; nor do its",
    '# authentication challenges, CORS answers or product names.',
    'proxy_hide_header Set-Cookie;',
    'proxy_hide_header WWW-Authenticate;',
    'proxy_hide_header Access-Control-Allow-Origin;',
    'proxy_hide_header Access-Control-Allow-Credentials;',
    'proxy_hide_header Access-Control-Expose-Headers;',
    'proxy_hide_header Cache-Control;',
    'proxy_hide_header Server;',
    'proxy_hide_header X-Powered-By;',
    '# Personal data: never stored by the browser or anything in between.',
    cache('no-store'),
    include('security-headers.conf'),
    '',
  ].join('\n')

  const errorPage = (name: string, status: number, body: string, extra: string[] = []) =>
    [
      `    location @${name} {`,
      '        default_type "text/plain; charset=utf-8";',
      `        ${cache('no-store')}`,
      `        ${include('security-headers.conf')}`,
      ...extra.map((line) => `        ${line}`),
      `        return ${status} "${body}\\n";`,
      '    }',
    ].join('\n')

  const httpContext = sameOrigin
    ? [
        '# Only requests that carry credentials are counted (an empty key is not limited).',
        'map $http_authorization $uds_portal_credentialed_client {',
        '    ""      "";',
        '    default $binary_remote_addr;',
        '}',
        `limit_req_zone $uds_portal_credentialed_client zone=uds_portal_credentials:10m rate=${rate.perMinute}r/m;`,
        '',
        ...upstreamBlocks.flatMap((block) => [block, '']),
      ]
    : []

  const redirect =
    tls && s.port === 443
      ? [
          '# Plain http only ever redirects to https.',
          'server {',
          `    listen ${s.listenAddress ? `${s.listenAddress}:` : ''}80;`,
          ...(s.listenAddress ? [] : ['    listen [::]:80;']),
          `    server_name ${s.serverName};`,
          '    return 301 https://$host$request_uri;',
          '}',
          '',
        ]
      : []

  const site = [
    '# The UDS Self-Service Portal, generated by `npm run nginx:config` from the settings file (mode:',
    `# ${s.mode}). Do not edit: change the settings and generate again (after every new build too).`,
    "# Include it in nginx's http context (Debian: link it from /etc/nginx/sites-enabled/).",
    '',
    ...httpContext,
    ...redirect,
    'server {',
    `    listen ${listenOn}${tls ? ' ssl http2' : ''};`,
    // Every address: IPv6 too (nginx's plain `listen 443` is IPv4 only).
    ...(s.listenAddress ? [] : [`    listen [::]:${s.port}${tls ? ' ssl http2' : ''};`]),
    `    server_name ${s.serverName};`,
    ...(tls
      ? [
          `    ssl_certificate ${s.tls!.certificate};`,
          `    ssl_certificate_key ${s.tls!.certificateKey};`,
          '    ssl_protocols TLSv1.2 TLSv1.3;',
        ]
      : []),
    `    root ${s.distDir.replace(/\/+$/, '')};`,
    '    server_tokens off;',
    '    charset utf-8;',
    '    charset_types text/css application/javascript application/json image/svg+xml text/plain;',
    `    client_max_body_size ${MAX_BODY};`,
    '    limit_req_status 429;',
    '    limit_req_log_level warn;',
    '    # Files are served as the build precompressed them; the small per-deployment files are compressed on the fly.',
    '    gzip on;',
    '    gzip_types application/json;',
    '    gzip_vary on;',
    '',
    '    # The default for anything not matched below (nginx does not inherit add_header into locations that set their own).',
    `    ${include('security-headers.conf')}`,
    '',
    '    # Hashed file names: a file never changes, so it is cached for a year and never revalidated.',
    '    location ^~ /assets/ {',
    '        gzip_static on;',
    ...(s.brotli ? ['        brotli_static on;'] : []),
    `        ${cache('public, max-age=31536000, immutable')}`,
    `        ${include('security-headers.conf')}`,
    '        try_files $uri =404;',
    '    }',
    '',
    '    # Changed by each deployment, so revalidated every time (the generated copies, which match this mode).',
    '    location = /index.html {',
    `        alias ${dir}/index.html;`,
    `        ${cache('no-cache')}`,
    `        ${include('security-headers.conf')}`,
    '    }',
    '    location = /config.json {',
    `        alias ${dir}/config.json;`,
    `        ${cache('no-cache')}`,
    `        ${include('security-headers.conf')}`,
    '    }',
    '',
    "    # The portal's pages (src/app/routes.ts) and their sub-pages are the app: the same index.html.",
    '    location = / {',
    '        rewrite ^ /index.html last;',
    '    }',
    `    location ~ ${routePattern(built.routes)} {`,
    '        rewrite ^ /index.html last;',
    '    }',
    '',
    ...proxyLocations.flatMap((block) => [block, '']),
    '    # Hidden files (.vite/ holds the build manifest) are not published.',
    '    location ~ /\\. {',
    '        return 404;',
    '    }',
    '    # Any other file of dist/ (favicon.svg); everything else is a real 404, not the app.',
    '    location / {',
    `        ${cache('no-cache')}`,
    `        ${include('security-headers.conf')}`,
    '        try_files $uri =404;',
    '    }',
    '',
    "    # nginx's own errors in the portal's words. 502/504: the phone system can't be reached (down, wrong",
    '    # host, untrusted certificate); the marker header makes the portal say so, with its helpdesk code.',
    '    error_page 404 @not_found;',
    '    error_page 413 @too_large;',
    '    error_page 429 @too_many;',
    '    error_page 502 @unreachable_502;',
    '    error_page 504 @unreachable_504;',
    errorPage('not_found', 404, 'Not found.'),
    errorPage(
      'too_large',
      413,
      `The request is larger than ${MAX_BODY.replace('k', ' KiB')}, so it was not passed on.`,
    ),
    errorPage(
      'too_many',
      429,
      'Too many requests with a password have come from this address in a short time. Wait a minute, then try again.',
      ['add_header Retry-After "30" always;'],
    ),
    ...[502, 504].map((status) =>
      errorPage(
        `unreachable_${status}`,
        status,
        "The portal couldn't reach the phone system. Try again in a minute.",
        [`add_header ${PROXY_ERROR_HEADER} "${PROXY_UNREACHABLE}" always;`],
      ),
    ),
    '}',
    '',
  ].join('\n')

  return {
    'portal.conf': site,
    'security-headers.conf': headers,
    'proxy.conf': proxy,
    'config.json': `${JSON.stringify(config, null, 2)}\n`,
    'index.html': withCsp(built.indexHtml, metaPolicy(config)),
  }
}
