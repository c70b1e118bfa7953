import { defineConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-po'

/**
 * The portal's message catalogs (.po, one per language and part), extracted from the code with
 * `npm run messages` and compiled by the build (@lingui/vite-plugin). English is the source.
 *
 * Two parts, so the first page downloads only the words it can show:
 *   - first: the sign-in page, the shared components and the pages for when something goes wrong;
 *   - pages: the signed-in portal (its frame and every page) and the public connection check,
 *     downloaded with the signed-in code (src/app/preload.ts).
 * The pseudo-locale run (e2e/languages.spec.ts) finds any word a screen shows from a part it didn't load.
 */
const FIRST = [
  '<rootDir>/src/components/',
  '<rootDir>/src/app/messages.ts',
  '<rootDir>/src/app/config-error-page.tsx',
  '<rootDir>/src/pages/sign-in-page.tsx',
  '<rootDir>/src/pages/not-found-page.tsx',
  '<rootDir>/src/pages/route-error-page.tsx',
  '<rootDir>/src/features/sign-in/',
  '<rootDir>/src/i18n/',
  '<rootDir>/src/api/',
  '<rootDir>/src/config/',
  '<rootDir>/src/main.tsx',
]
/** Shared components only the signed-in pages use. */
const LATER_COMPONENTS = ['<rootDir>/src/components/directory-finder/']
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '<rootDir>/src/testing/**']
/** Exclusions are glob patterns: a folder's files need `**`. */
const excluding = (paths: string[]) => paths.map((p) => (p.endsWith('/') ? `${p}**` : p))

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'fr', 'es', 'ar'],
  fallbackLocales: { default: 'en' },
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}/first',
      include: FIRST,
      exclude: excluding([...TESTS, ...LATER_COMPONENTS]),
    },
    {
      path: '<rootDir>/src/locales/{locale}/pages',
      include: [
        '<rootDir>/src/app/',
        '<rootDir>/src/features/',
        '<rootDir>/src/pages/',
        '<rootDir>/src/queries/',
        '<rootDir>/src/lib/',
        ...LATER_COMPONENTS,
      ],
      // (src/components/ stays out by not being included; its later part is included above.)
      exclude: excluding([...TESTS, ...FIRST.filter((path) => path !== '<rootDir>/src/components/')]),
    },
  ],
})
