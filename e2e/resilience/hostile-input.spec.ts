/**
 * Hostile input in the browser, at phone width: corpus values typed into the free-text fields whose
 * value the page shows back (e2e/resilience/hostile-input.ts says which values, and why). Each value
 * is refused with a message (and the server keeps its value) or round-trips exactly (the server has
 * it, and the page shows it back as typed); nothing executes and the layout never scrolls sideways.
 * Every value in every text field, numbers and PINs included, is checked against the forms' rules and
 * the server in src/features/hostile-input.test.ts.
 */
import { test, expect } from '../support/fixtures.ts'
import { ACCEPTED, CORPUS } from '../../src/testing/hostile-corpus.ts'
import { attempt, TEXT_FIELDS } from './hostile-input.ts'
import { horizontalOverflow } from './support.ts'
import { allWrites } from '../support/mock-api.ts'
import { signIn } from '../support/session.ts'

for (const field of TEXT_FIELDS) {
  const accepted = ACCEPTED[`${field.page} · ${field.label}`]!
  const values = field.browser === 'all' ? CORPUS : CORPUS.filter((c) => field.browser.includes(c.name))
  test(
    `hostile input · ${field.page} · ${field.label}`,
    { annotation: { type: 'figure', description: `hostile inputs in the browser=${values.length}` } },
    async ({ page, mock }) => {
      await page.setViewportSize({ width: 375, height: 800 })
      const dialogs: string[] = []
      page.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
      })
      await page.goto('/sign-in')
      await signIn(page, field.persona)
      await field.open(page)
      const results: string[] = []
      let saves = 0
      for (const { name, value } of values) {
        await test.step(name, async () => {
          const expected = accepted.includes(name) ? 'saved' : 'refused'
          const before = field.stored(await mock.state(field.persona))
          const input = page.getByLabel(field.label, { exact: true })
          await input.fill(value)
          const typed = await input.inputValue()
          await attempt(page, mock, field, expected)
          const stored = field.stored(await mock.state(field.persona))
          if (expected === 'saved') {
            saves++
            // Round trip: the server has exactly what was sent, and the page shows it back as typed
            // (a secret is never shown: its field is emptied).
            if (field.secret)
              expect(await mock.checkSecret(field.persona, field.secret, typed), 'stored as typed').toBe(true)
            else expect(stored, 'stored as typed').toBe(field.sent ? field.sent(typed) : typed)
            if (field.secret) await expect(input).toHaveValue('')
            else {
              const shown = field.shownBack ? await field.shownBack(page) : await input.inputValue()
              expect(shown, 'shown back as stored').toBe(stored)
            }
          } else {
            expect(stored, 'a refused value changes nothing on the server').toBe(before)
            // The draft stays for correction; a secret the server refused is cleared on purpose.
            if (field.secret) expect(['', typed]).toContain(await input.inputValue())
            else await expect(input, 'the draft stays for correction').toHaveValue(typed)
          }
          // Nothing executed, nothing became markup.
          expect(dialogs, 'no dialog opened').toEqual([])
          expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
          expect(await page.locator('body script, body img, body iframe, body object').count()).toBe(0)
          expect(await horizontalOverflow(page), 'no sideways scrolling at 375 px').toBeLessThanOrEqual(0)
          results.push(`${name}: ${expected}`)
          if (expected === 'saved' && field.reopen) await field.reopen(page)
        })
      }
      // Only the accepted values ever reached the server successfully (a refusal sent late would show).
      const succeeded = (await allWrites(mock)).filter((w) => w.status < 300)
      expect(succeeded, 'one successful write per saved value').toHaveLength(saves)
      console.log(`${field.page} · ${field.label}: ${results.join('; ')}`)
    },
  )
}
