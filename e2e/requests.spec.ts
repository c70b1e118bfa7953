/**
 * Request budgets (issue 8), over the requests of one recorded journey: sign in, open every page,
 * change one thing on each, sign out. Orders, never clocks: the mock holds each answer back a little
 * so that "started before the other one finished" is unambiguous, but nothing here is timed.
 */
import { BUDGETS } from '../bench/budgets.ts'
import {
  changeOneSetting,
  DEMO,
  expectUsable,
  fetchLog,
  navLink,
  PORTAL_PAGES,
  RequestRecorder,
  signOut,
  submitSignIn,
} from '../bench/journey.ts'
import {
  duplicates,
  getsAfterPut,
  lateReads,
  lineDetailsAfterList,
  markPreflights,
  roundTrips,
  splitSignIn,
  type ObservedRequest,
} from '../bench/requests.ts'
import { expect, test } from './support/fixtures.ts'

const line = (r: ObservedRequest) =>
  `${r.method} ${r.path}${r.preflighted ? ' (+preflight)' : ''} → ${r.status}`

// Every page of the portal in one session, each pointed at, opened and changed: 10–15 s on a fresh clone
// with three workers, so twice the usual journey limit.
test.describe.configure({ timeout: 60_000 })

test('one session stays within the request budgets', async ({ page, mock }, testInfo) => {
  for (const path of ['/cucm-uds/*', '/vmrest/*']) await mock.fault({ path, delayMs: 25, count: 1000 })
  const recorder = new RequestRecorder(page, mock.url)
  await fetchLog.install(page)
  await page.goto('/sign-in')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  await mock.clearRequests()

  const start = recorder.mark()
  const clockAtStart = await fetchLog.now(page)
  await submitSignIn(page)
  await expectUsable(page, 'Profile')
  const firstLoad = markPreflights(await recorder.between(start, recorder.mark()), await mock.requests())
  const userPath = `/cucm-uds/user/${DEMO.userId}`
  const { signIn, landing } = splitSignIn(firstLoad, userPath)
  // When the page asked for each read (its own clock, before any preflight): whether they went together.
  const askedOnLanding = splitSignIn(await fetchLog.between(page, clockAtStart), userPath).landing

  // Sign-in: the server check (/version), then at most 2 sequential round trips (preflights count).
  expect(signIn[0]?.path, 'sign-in starts with the server check').toBe('/cucm-uds/version')
  const { depths, total } = roundTrips(signIn)
  expect(
    total - depths[0]!,
    `sign-in round trips after /version:\n${signIn.map(line).join('\n')}`,
  ).toBeLessThanOrEqual(BUDGETS.signInRoundTrips)

  // `asked`: the page's reads as it asked for them, by moment (pointing at the link, opening the page).
  const loads: Array<{ page: string; requests: ObservedRequest[]; asked: ObservedRequest[][] }> = [
    { page: 'Profile', requests: landing, asked: [askedOnLanding] },
  ]
  const report: string[] = [`Sign-in:`, ...signIn.map(line), `Profile (first visit):`, ...landing.map(line)]

  for (const portalPage of PORTAL_PAGES) {
    if (portalPage.name !== 'Profile') {
      await mock.clearRequests()
      const from = recorder.mark()
      // Pointing at the link starts the page's reads, opening it those kept for opening (the voicemail
      // check): two moments, each of whose reads must go out together.
      const clockFrom = await fetchLog.now(page)
      await navLink(page, portalPage.name).hover()
      const clockAtClick = await fetchLog.now(page)
      await navLink(page, portalPage.name).click()
      await expectUsable(page, portalPage.name)
      const requests = markPreflights(await recorder.between(from, recorder.mark()), await mock.requests())
      const clockEnd = await fetchLog.now(page)
      const asked = [
        await fetchLog.between(page, clockFrom, clockAtClick),
        await fetchLog.between(page, clockAtClick, clockEnd),
      ]
      loads.push({ page: portalPage.name, requests, asked })
      report.push(`${portalPage.name} (first visit):`, ...requests.map(line))
    }
    const from = recorder.mark()
    const outcome = await changeOneSetting(page, portalPage)
    report.push(
      `${portalPage.name} change: ${JSON.stringify(outcome)}`,
      ...(await recorder.between(from)).map(line),
    )
  }
  await signOut(page)

  const session = await recorder.between(start)
  await testInfo.attach('request-log.txt', { body: report.join('\n'), contentType: 'text/plain' })

  for (const load of loads) {
    // No duplicate requests within a page load.
    expect(duplicates(load.requests), `${load.page}: duplicate requests`).toEqual([])
    // Every read of the page was asked for together (≤ 1 round trip after pointing at its link, and
    // after opening it), by the page's own clock: a CORS preflight slowed by a busy machine delays the browser's start of a request, not
    // the page's asking for it. (Profile's busy and no-answer summary reads each line's detail, which
    // needs the list of lines: on the first visit that list is not cached yet, so those reads follow it,
    // one round trip later.)
    const dependent = load.page === 'Profile' ? [lineDetailsAfterList(`/cucm-uds/user/${DEMO.userId}`)] : []
    expect(
      load.asked.flat().length,
      `${load.page}: the page's reads as it asked for them`,
    ).toBeGreaterThanOrEqual(load.requests.filter((r) => r.method === 'GET').length)
    expect(
      load.asked.flatMap((moment) => lateReads(moment, dependent)),
      `${load.page}: reads that waited for another read`,
    ).toEqual([])
  }
  // A PUT that answered with the resource is never followed by a GET of it.
  expect(getsAfterPut(session), 'GET after a PUT that returned the resource').toEqual([])
})
