import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
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
    // Playwright fixtures use a `use` callback that is not React's hook.
    files: ['e2e/**', 'mock-server/**', 'scripts/**', 'bench/**', '*.config.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
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
    },
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
