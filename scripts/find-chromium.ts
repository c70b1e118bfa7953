// Prints the Chromium the end-to-end tests will use, or exits 1 when there is none (.ci/run installs it).
import { findChromium } from '../e2e/support/chromium.ts'

const found = findChromium()
if (!found) {
  console.error('No Chromium found (set CHROMIUM_PATH, or install Debian chromium).')
  process.exit(1)
}
console.log(found)
