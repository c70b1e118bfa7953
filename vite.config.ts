import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react-swc'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { appChunks } from './scripts/lib/app-chunks.ts'
import { apiOrigins, contentSecurityPolicy, withCsp } from './scripts/lib/csp.ts'
import { languageBootScript, withLanguageBoot } from './scripts/lib/language-boot.ts'
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
 * The language boot script (scripts/lib/language-boot.ts): emitted beside the app's code with each
 * language's first catalog URL, and run by index.html before the app.
 */
function languageBootPlugin(): Plugin {
  let base = '/'
  return {
    name: 'portal-language-boot',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base
    },
    generateBundle(_options, bundle) {
      const urls: Record<string, string> = {}
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue
        const match = /[\\/]src[\\/]locales[\\/]([a-z]+)[\\/]first\.po$/.exec(chunk.facadeModuleId)
        if (match?.[1]) urls[match[1]] = base + chunk.fileName
      }
      const fileName = this.getFileName(
        this.emitFile({ type: 'asset', name: 'language.js', source: languageBootScript(urls) }),
      )
      const html = bundle['index.html']
      if (!html || html.type !== 'asset') throw new Error('The build has no index.html for the language boot')
      html.source = withLanguageBoot(String(html.source), base + fileName)
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

/** The first page's code in one chunk, the signed-in layout's in another (scripts/lib/app-chunks.ts). */
const chunks = appChunks([{ name: 'signed-in', module: 'src/app/signed-in-layout.tsx' }])

export default defineConfig({
  define: {
    __PORTAL_VERSION__: JSON.stringify(packageJson.version),
    __PORTAL_BUILT_AT__: JSON.stringify(new Date().toISOString()),
  },
  plugins: [
    // The message macros (@lingui/core/macro) compile through SWC's Lingui plugin; the catalogs (.po)
    // compile on import, and a missing translation or broken ICU message fails the build.
    react({ plugins: [['@lingui/swc-plugin', {}]] }),
    lingui({ failOnMissing: true, failOnCompileError: true }),
    chunks.plugin,
    cspPlugin(),
    languageBootPlugin(),
    reactRouterProductionBuild(),
    precompressPlugin(),
  ],
  server: { port: 5173, strictPort: true, host: 'localhost' },
  build: {
    manifest: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: { groups: [...VENDOR_CHUNKS, ...chunks.groups] } } },
  },
  test: {
    // A plain unit test takes milliseconds; the property and fuzz tests run thousands of generated
    // cases each (1–2 s idle) and took over 5 s, vitest's default limit, with two CPU-bound processes
    // beside them (npm run test:busy). 30 s still catches a hang.
    testTimeout: 30_000,
    // Worker threads rather than processes: the same 955 tests took 70 s instead of 86 s on the 2-core
    // machine (less start-up per file); every file still runs in its own isolated context.
    pool: 'threads',
    // And files share a worker's modules instead of loading them again for each file: the 1 026 tests
    // took 38 s instead of 79 s. Safe here because no test mocks a module (vi.mock); the files that stub
    // a global undo it after each test, and every file passed in four shuffled orders
    // (--sequence.shuffle), which is how to check a new test file for state it leaves behind.
    isolate: false,
    setupFiles: ['src/testing/i18n-setup.ts'],
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
