import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { apiOrigins, contentSecurityPolicy, withCsp } from './scripts/lib/csp.ts'
import { precompress } from './scripts/lib/precompress.ts'
import { VENDOR_CHUNKS } from './scripts/lib/vendor-chunks.ts'

/** Strict CSP in the built index.html only: the dev server needs an inline refresh preamble. */
function cspPlugin(): Plugin {
  return {
    name: 'portal-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const config = JSON.parse(readFileSync(new URL('./public/config.json', import.meta.url), 'utf8'))
      return withCsp(html, contentSecurityPolicy(apiOrigins(config)))
    },
  }
}

/**
 * Gzip and brotli copies of the hashed files under assets/ (scripts/lib/precompress.ts), for web
 * servers that send precompressed files (deploy/nginx). index.html and config.json change per
 * deployment, so they are left to the server.
 */
function precompressPlugin(): Plugin {
  let outDir = 'dist'
  return {
    name: 'portal-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle(_options, bundle) {
      precompress(
        outDir,
        Object.keys(bundle).filter((name) => name.startsWith('assets/')),
      )
    },
  }
}

/**
 * react-router's package exports name its development build for every condition (a temporary choice
 * upstream: remix-run/react-router#12437, #14102), so production bundles shipped its dev warnings.
 * Builds take the production build that the package ships next to it.
 */
function reactRouterProductionBuild(): Plugin {
  return {
    name: 'react-router-production-build',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== 'react-router') return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (!resolved || !/[\\/]dist[\\/]development[\\/]/.test(resolved.id)) return resolved
      return { ...resolved, id: resolved.id.replace(/([\\/]dist[\\/])development([\\/])/, '$1production$2') }
    },
  }
}

/** The portal's version and build time, for the helpdesk summary (src/portal-build.d.ts). */
const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string
}

export default defineConfig({
  define: {
    __PORTAL_VERSION__: JSON.stringify(packageJson.version),
    __PORTAL_BUILT_AT__: JSON.stringify(new Date().toISOString()),
  },
  plugins: [react(), cspPlugin(), reactRouterProductionBuild(), precompressPlugin()],
  server: { port: 5173, strictPort: true, host: 'localhost' },
  build: {
    manifest: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
  },
  test: {
    // A plain unit test takes milliseconds; the property and fuzz tests run thousands of generated
    // cases each (1–2 s idle) and took over 5 s, vitest's default limit, with two CPU-bound processes
    // beside them (npm run test:busy). 30 s still catches a hang.
    testTimeout: 30_000,
    // Worker threads rather than processes: the same 955 tests took 70 s instead of 86 s on the 2-core
    // machine (less start-up per file); every file still runs in its own isolated context.
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'mock-server/**/*.test.ts',
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
        },
      },
    ],
  },
})
