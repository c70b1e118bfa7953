/** The Call forwarding page: where calls go now, the choices, the number, and Save. */
import type { Page } from '@playwright/test'
import { status } from '../support/session.ts'

export type ForwardTo = "Don't forward" | 'Forward to voicemail' | 'Forward to another number'

export function callForwarding(page: Page) {
  const number = page.getByRole('textbox', { name: 'Number to forward to' })
  const saveButton = page.getByRole('button', { name: 'Save forwarding' })
  const radio = (name: string | RegExp) => page.getByRole('radio', { name })
  return {
    now: page.getByRole('region', { name: 'Where your calls go now' }),
    number,
    saveButton,
    radio,
    saved: status(page, 'Forwarding saved.'),
    save: () => saveButton.click(),
    /** The Undo offered after a save, and its confirmation. */
    undoButton: page.getByRole('button', { name: 'Undo' }),
    undone: status(page, 'Your change was undone.'),
    /**
     * Chooses where calls go (a number is typed when given) and, when given, which line ('Line 1 –
     * 1001'; by default the page's "All my lines" stays as it is).
     */
    async choose(to: ForwardTo, { number: value, line }: { number?: string; line?: string } = {}) {
      await radio(to).check()
      if (value !== undefined) await number.fill(value)
      if (line) await radio(line).check()
    },
  }
}
