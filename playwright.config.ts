import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium.ts'

// Each worker starts its own mock server and serves the built portal on its own origin
// (e2e/support/fixtures.ts), so CORS, auth and XML are real and workers never share state.
// E2E_PORT_BASE moves the ports when several checkouts run tests at once.
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 8_000 },
  forbidOnly: !!process.env.CI,
  // The reliability reporter prints the fault matrix and the resilience figures (e2e/resilience/).
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/results.json' }], ['./e2e/resilience/reporter.ts']]
    : [['list'], ['./e2e/resilience/reporter.ts']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium' }],
})
