import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './chromium.ts'

/** Fails early and clearly when the build or the browser is missing, and logs the browser in use. */
export default async function globalSetup() {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests (npm test does both).')
  }
  const executablePath = findChromium()
  if (!executablePath) {
    throw new Error(
      'No Chromium found. Install Debian chromium (apt-get install -y chromium) or set CHROMIUM_PATH.',
    )
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const version = browser.version()
  await browser.close()
  const major = Number(version.split('.')[0])
  // Playwright 1.65 speaks Chromium 159's protocol; a browser far from it fails in odd ways.
  if (major < 150 || major > 165) {
    throw new Error(
      `Chromium ${version} at ${executablePath} is too far from the one Playwright 1.65 expects (159).`,
    )
  }
  console.log(`Chromium ${version} (${executablePath})`)
}
