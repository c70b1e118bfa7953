import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import globals from 'globals'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import noUnlocalizedText from './eslint-rules/no-unlocalized-text.js'

/** Each feature may import shared code (components, lib, api) but never another feature. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features never import each other: move what both need to src/components or src/lib.',
}))

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML from data.',
        },
      ],
    },
  },
  {
    // React's rules where React is (in the tests, the mock and the scripts, Playwright's fixture
    // callback `use` only looked like a hook and had to be exempted).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The portal's structure: no import cycles, no feature importing another.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: featureZones }],
    },
  },
  {
    // Every word on screen comes from the message catalogs (src/i18n, lingui.config.ts).
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    plugins: { portal: { rules: { 'no-unlocalized-text': noUnlocalizedText } } },
    rules: { 'portal/no-unlocalized-text': 'error' },
  },
  {
    // The app bundle must never import the mock, and only api/client may call fetch.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/mock-server/**'], message: 'The portal never imports the mock.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/api/client.ts calls fetch: use its request functions.' },
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({
          object,
          property: 'fetch',
          message: 'Only src/api/client.ts calls fetch: use its request functions.',
        })),
      ],
    },
  },
  {
    files: ['src/api/client.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // The api layer is a plain UDS/CUPI client (usable from Node): no React, TanStack, router or
    // forms, and nothing from the layers above it. (Repeats the mock rule: a later block replaces it.)
    files: ['src/api/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/mock-server/**'], message: 'The portal never imports the mock.' },
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                '@tanstack/*',
                'react-router',
                'react-router/*',
                'react-hook-form',
                '@hookform/*',
              ],
              message: 'src/api has no React or TanStack: queries and hooks belong in src/queries.',
            },
            {
              group: [
                '**/queries/**',
                '**/features/**',
                '**/components/**',
                '**/app/**',
                '**/pages/**',
                '**/lib/**',
              ],
              message: 'src/api imports nothing from the layers above it.',
            },
          ],
        },
      ],
    },
  },
)
