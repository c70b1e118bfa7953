/**
 * Hostile input: the corpus typed into every text field of every form, at phone width. Each value is
 * refused with a message (and the server keeps its value) or round-trips exactly (the server has it,
 * and the page shows it back as typed); nothing executes and the layout never scrolls sideways.
 */
import { test, expect } from '../support/fixtures.ts'
import { attempt, CORPUS, TEXT_FIELDS } from './hostile-input.ts'
import { horizontalOverflow, signInAs } from './support.ts'

for (const field of TEXT_FIELDS) {
  test(
    `hostile input · ${field.page} · ${field.label}`,
    { annotation: { type: 'figure', description: `hostile inputs=${CORPUS.length}` } },
    async ({ page, mock }) => {
      await page.setViewportSize({ width: 375, height: 800 })
      const dialogs: string[] = []
      page.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
      })
      await page.goto('/sign-in')
      await signInAs(page, field.persona)
      await field.open(page)
      const results: string[] = []
      for (const { name, value } of CORPUS) {
        await test.step(name, async () => {
          const before = field.stored(await mock.state(field.persona))
          const input = page.getByLabel(field.label, { exact: true })
          await input.fill(value)
          const typed = await input.inputValue()
          const outcome = await attempt(page, mock, field)
          const stored = field.stored(await mock.state(field.persona))
          if (outcome === 'saved') {
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
          results.push(`${name}: ${outcome}`)
          if (outcome === 'saved' && field.reopen) await field.reopen(page)
        })
      }
      console.log(`${field.page} · ${field.label}: ${results.join('; ')}`)
    },
  )
}
