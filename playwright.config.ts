import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium.ts'

// Each worker starts its own mock server and serves the built portal on its own origin
// (e2e/support/fixtures.ts), so CORS, auth and XML are real and workers never share state.
// E2E_PORT_BASE moves the ports when several checkouts run tests at once.
//
// Time limits, per kind of test. Each is about twice what the slowest test of its kind takes on a
// busy 2-core machine (two CPU-bound processes beside the suite, `npm run test:busy`), which is about
// four times what it takes on an idle one: the durations reporter prints every run's ten slowest tests
// with their share of their limit, and none should be above half of it on an idle machine.
const LIMITS = {
  // A user journey: sign in (about 2 s idle), a page or two, a few saves, maybe an accessibility scan.
  // Longer journeys are split, so the slowest take about 6 s idle.
  journey: 30_000,
  // One random walk of RANDOM_WALK_STEPS (50) actions, each a click or two, some a sign-in, and a
  // check of the page against the mock after each: about 1 s an action idle, up to 3 s on a busy
  // machine (measured with other test runs beside it), so 150 s a walk at worst.
  walk: 300_000,
  // One expectation: a screen update after a request round trip, or a retried read (a few seconds).
  expect: 8_000,
}

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  // Three workers on the 2-core reference machine: each page waits on the network and the mock part of
  // the time, so a third keeps both cores busy. With two the suite took 9.0 min of browser tests on a
  // fresh clone, with three 8.4 min, every journey within half its limit (README, "Timings"); the race
  // three once showed (stop 13) is fixed.
  workers: Number(process.env.E2E_WORKERS ?? 3),
  // No retries, in CI too: a flaky test is a defect to fix, not something to run again (issue 21).
  retries: 0,
  timeout: LIMITS.journey,
  expect: { timeout: LIMITS.expect },
  forbidOnly: !!process.env.CI,
  // list: progress; durations: the ten slowest tests and their share of their limit (e2e/support/);
  // reliability: the fault matrix and the resilience figures (e2e/resilience/).
  reporter: [
    ['list'],
    ...(process.env.CI ? [['json', { outputFile: 'test-results/results.json' }] as const] : []),
    ['./e2e/support/durations-reporter.ts'],
    ['./e2e/resilience/reporter.ts'],
  ],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    // A failed test keeps its trace (actions, DOM snapshots, network, console) but not the screencast:
    // recording a video-like stream of every test cost about a third of the suite's CPU (profile spec:
    // 34 s with it, 23 s without, 21 s with no trace at all), and the snapshots show the same screens.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', testIgnore: ['resilience/random-walk.spec.ts', 'nginx/**'] },
    // The portal behind Debian's nginx in both modes (deploy/nginx); skipped when nginx is not installed.
    // Each also starts nginx (and its TLS upstream) and signs in a whole session: the slowest took 15 s
    // on a fresh clone with three workers, half the journey limit, so twice that.
    { name: 'nginx', testMatch: 'nginx/**/*.spec.ts', timeout: 2 * LIMITS.journey },
    { name: 'random-walk', testMatch: 'resilience/random-walk.spec.ts', timeout: LIMITS.walk },
  ],
})
