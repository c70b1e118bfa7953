/** The Call forwarding page: where calls go now, the choices, the number, and Save. */
import type { Page } from '@playwright/test'
import { status } from '../support/session.ts'

export type ForwardTo = "Don't forward" | 'Forward to voicemail' | 'Forward to another number'

export type RuleQuestion = 'If you don’t answer' | 'If you’re already on a call'
export type RuleTo = 'Voicemail' | 'Another number' | 'Your administrator’s setting'

/** "When you don't answer or are busy": the rules now, the choices per question, and Save. */
export function forwardingRules(page: Page) {
  const region = page.getByRole('region', { name: 'When you don’t answer or are busy' })
  const saveButton = region.getByRole('button', { name: 'Save these rules' })
  /** A question's radio group; with `caller`, its half for callers inside or outside. */
  const group = (question: RuleQuestion, caller?: 'inside' | 'outside') =>
    region.getByRole('group', {
      name: caller
        ? `${question}: ${caller === 'inside' ? 'Calls from inside the organisation' : 'Calls from outside'}`
        : question,
      exact: true,
    })
  return {
    region,
    now: region.getByRole('list').first(),
    saveButton,
    group,
    splitButton: region.getByRole('button', { name: 'Different for internal and external callers' }),
    saved: status(page, 'Rules saved.'),
    line: (name: string) => region.getByRole('radio', { name }),
    number: (question: RuleQuestion, caller?: 'inside' | 'outside') =>
      group(question, caller).getByRole('textbox'),
    save: () => saveButton.click(),
    /** Chooses where calls go for a question (a number is typed when given). */
    async choose(question: RuleQuestion, to: RuleTo, number?: string, caller?: 'inside' | 'outside') {
      await group(question, caller).getByRole('radio', { name: to }).check()
      if (number !== undefined) await group(question, caller).getByRole('textbox').fill(number)
    },
  }
}

export function callForwarding(page: Page) {
  const number = page.getByRole('textbox', { name: 'Number to forward to' })
  const saveButton = page.getByRole('button', { name: 'Save forwarding' })
  // The forward-all form's own choices (the rules section below has a "Which lines?" too).
  const form = page.getByRole('form', { name: 'Change forwarding' })
  const radio = (name: string | RegExp) => form.getByRole('radio', { name })
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
