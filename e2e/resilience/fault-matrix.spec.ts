/**
 * The fault matrix: every write action of every page × 401, 503 and a hang past the portal's timeout,
 * and a dropped connection for one write per HTTP method. A 500 and a dropped connection take the
 * same path in the page as a 503 (one message component, "Try again") and differ in the error's kind
 * and words, which src/api/write-faults.test.ts checks for every write; what the browser does with a
 * dropped connection (Chromium resends an idempotent request by itself) depends only on the method. Per cell: one clear message, the draft intact, no blank screen, no
 * automatic repeat of the write, success after the user retries, and the mock's final state equal to
 * exactly one application of the change. e2e/resilience/reporter.ts prints the matrix and writes
 * test-results/fault-matrix.json.
 */
import { test, expect } from '../support/fixtures.ts'
import { asClient, matchesPath, writesTo } from '../support/mock-api.ts'
import { alert, openSignedIn, reauthDialog, reauthenticate } from '../support/session.ts'
import { FAULTS } from './faults.ts'
import { expectNotBlank, useShortTimeout, visibleAlerts } from './support.ts'
import { writeActions } from './write-actions.ts'

/** The writes that meet a dropped connection in the browser: one per HTTP method. */
const DROPPED_IN_BROWSER = new Set(
  ['PUT', 'POST', 'DELETE'].map((method) => writeActions.find((a) => a.write.method === method)),
)

for (const action of writeActions) {
  test.describe(`${action.page}: ${action.name}`, () => {
    for (const fault of FAULTS.filter((f) => f.id !== 'drop' || DROPPED_IN_BROWSER.has(action))) {
      test(
        `fault matrix · ${action.page} · ${action.name} · ${fault.label}`,
        {
          tag: '@fault-matrix',
          annotation: {
            type: 'fault-matrix',
            description: JSON.stringify({ page: action.page, action: action.name, fault: fault.label }),
          },
        },
        async ({ page, mock, request, baseURL }) => {
          for (const p of action.preset ?? []) await asClient(mock, action.persona, p.method, p.path, p.body)
          if (fault.id === 'hang') await useShortTimeout(page, request, baseURL!)
          await openSignedIn(page, action.page, action.persona)
          await action.arrange(page)
          const before = await mock.state(action.persona)
          await action.assertNotApplied(before, before, mock)
          await mock.clearRequests()
          // The write requests the portal itself made (the browser may resend one on a dropped
          // keep-alive connection below fetch; the mock's log shows those too).
          const sent: string[] = []
          page.on('request', (r) => {
            if (r.method() === action.write.method && matchesPath(action.write, new URL(r.url()).pathname))
              sent.push(r.url())
          })
          // A dropped connection stays dropped until the portal has given up (Chromium resends a request
          // by itself when a reused connection closes before any answer: once per pooled connection, and
          // a page with more parallel reads leaves more of them, hence the margin).
          await mock.fault({
            ...action.write,
            status: fault.status,
            delayMs: fault.delayMs,
            count: fault.id === 'drop' ? 20 : 1,
          })
          await action.act(page)

          // One clear message.
          if (!(await action.message?.(page, fault))) {
            if (fault.id === '401') {
              await expect(reauthDialog(page)).toBeVisible()
              await expect(reauthDialog(page).getByLabel('Password', { exact: true })).toBeFocused()
            } else {
              await expect(alert(page, fault.words)).toBeVisible({ timeout: 10_000 })
            }
          }
          if (fault.id !== '401') expect(await visibleAlerts(page), 'exactly one message').toHaveLength(1)
          // No blank screen, and the draft is intact.
          await expectNotBlank(page)
          await action.draft(page, fault)
          if (fault.id === 'drop') await mock.clearFaults()
          expect(sent, 'the portal sent the write once').toHaveLength(1)

          if (fault.id === 'hang') {
            // The server answers late and applies the change after the portal gave up; wait for it, so
            // the user's retry meets a server that already has the change (the realistic order).
            await expect
              .poll(async () => (await writesTo(mock, action.write)).length, { timeout: 10_000 })
              .toBe(1)
          } else {
            // Not applied, and not repeated behind the user's back.
            const statuses = (await writesTo(mock, action.write)).map((r) => r.status)
            if (fault.id === 'drop') expect(new Set(statuses)).toEqual(new Set([0]))
            else expect(statuses).toEqual([fault.status])
            await action.assertNotApplied(await mock.state(action.persona), before, mock)
          }

          // The user retries: by signing in again (401), or with the message's own action.
          if (!(await action.retry?.(page, fault))) {
            if (fault.id === '401') {
              await reauthenticate(page)
              await expect(reauthDialog(page)).toBeHidden()
            } else {
              await alert(page, fault.words).getByRole('button', { name: 'Try again' }).click()
            }
          }
          await action.saved(page)
          expect(await visibleAlerts(page), 'no message left after success').toEqual([])

          // One write per user attempt (the failed one and the retry), and the last one succeeded ...
          const attempts = 2 + (action.resends?.[fault.id] ?? 0)
          if (fault.id === 'hang') {
            // A retry that first re-reads may find the late write there and have nothing left to send.
            expect(sent.length, 'at most one write per user attempt').toBeLessThanOrEqual(attempts)
          } else expect(sent, 'one write per user attempt').toHaveLength(attempts)
          const writes = await writesTo(mock, action.write)
          const ok = writes.filter((w) => w.status >= 200 && w.status < 300)
          if (fault.id === 'hang') {
            // The late write went through; the retry either did the same again (PUT) or was told it
            // was already done (409 for a POST, 404 for a DELETE) — which the page must recognise.
            expect(writes[0]!.status, 'the late write succeeded').toBeLessThan(300)
          } else {
            expect(ok, 'one successful write').toHaveLength(1)
            expect(writes.at(-1)!.status, 'the retry succeeded').toBeLessThan(300)
          }
          // (Chromium's own resends of a dropped write: one per idle pooled connection, at most 6 per host.)
          expect(writes.length, 'no write the portal did not send').toBeLessThanOrEqual(
            sent.length + (fault.id === 'drop' ? 6 : 0),
          )
          // ... and the change is there exactly once.
          await action.assertApplied(await mock.state(action.persona), before, mock)
        },
      )
    }
  })
}
