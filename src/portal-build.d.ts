/** Filled in by Vite's `define` (vite.config.ts): package.json's version and when the build ran. */
declare const __PORTAL_VERSION__: string
declare const __PORTAL_BUILT_AT__: string
