import { defineConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-po'

/**
 * The portal's message catalogs (.po, one per language and part), extracted from the code with
 * `npm run messages` and compiled by the build (@lingui/vite-plugin). English is the source.
 *
 * Two parts, so the first page downloads only its own words:
 *   - shell: what the sign-in page and the frame around every page say (app, components, lib, api);
 *   - pages: the signed-in pages and the public connection check (src/features, src/pages, src/queries),
 *     downloaded with the signed-in code.
 * src/i18n/catalogs.ts says which part a screen needs; the pseudo-locale run finds any word a screen
 * shows from a part it didn't load.
 */
const SHELL_FEATURES = ['<rootDir>/src/features/sign-in/', '<rootDir>/src/features/session/']
const SHELL_PAGES = [
  '<rootDir>/src/pages/sign-in-page.tsx',
  '<rootDir>/src/pages/not-found-page.tsx',
  '<rootDir>/src/pages/route-error-page.tsx',
]
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '<rootDir>/src/testing/']

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'fr', 'es', 'ar'],
  fallbackLocales: { default: 'en' },
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}/shell',
      include: [
        '<rootDir>/src/app/',
        '<rootDir>/src/components/',
        '<rootDir>/src/lib/',
        '<rootDir>/src/api/',
        '<rootDir>/src/config/',
        '<rootDir>/src/i18n/',
        '<rootDir>/src/main.tsx',
        ...SHELL_FEATURES,
        ...SHELL_PAGES,
      ],
      exclude: TESTS,
    },
    {
      path: '<rootDir>/src/locales/{locale}/pages',
      include: ['<rootDir>/src/features/', '<rootDir>/src/pages/', '<rootDir>/src/queries/'],
      exclude: [...TESTS, ...SHELL_FEATURES, ...SHELL_PAGES],
    },
  ],
})
