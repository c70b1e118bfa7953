/** The Single Number Reach page: the phone cards, the phone form and its schedule step. */
import type { Page } from '@playwright/test'

export function singleNumberReach(page: Page) {
  const card = (name: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) })
  const name = page.getByLabel('Name', { exact: true })
  const number = page.getByLabel('Phone number')
  const saveButton = page.getByRole('button', { name: 'Save phone' })
  const removeDialog = page.getByRole('alertdialog')
  return {
    /** The list of phones. */
    list: page.getByRole('region', { name: 'Your other phones' }),
    /** A phone's card in the list, by its name. */
    card,
    addLink: page.getByRole('link', { name: 'Add a phone' }),
    /** A phone's switch as the page reports it (checked or not). */
    ringSwitch: (phone: string) => card(phone).getByRole('switch', { name: `Ring this phone: ${phone}` }),
    /** A day's group in the schedule step ('Monday'), with its From and To. */
    day: (day: string) => page.getByRole('group', { name: day, exact: true }),
    name,
    number,
    saveButton,
    save: () => saveButton.click(),
    /** A choice of when the phone rings ('At any time', …). */
    ringWhen: (when: string) => page.getByRole('radio', { name: when }),
    /** The switch a user clicks: the label (its thumb covers the native input). */
    ringToggle: (phone: string) => card(phone).locator('label', { hasText: 'Ring this phone' }),
    change: (phone: string) => card(phone).getByRole('link', { name: `Change phone: ${phone}` }),
    /** Opens a phone's form from its card. */
    openPhone: (phone: string) =>
      card(phone)
        .getByRole('link', { name: `Change phone: ${phone}` })
        .click(),
    /** A phone's Remove button (it asks first). */
    removeButton: (phone: string) =>
      page.getByRole('button', { name: `Remove phone: ${phone}`, exact: true }),
    /** The confirmation that asks before a phone is removed. */
    removeDialog,
    /** Confirms the removal in that dialog. */
    confirmRemove: () => removeDialog.getByRole('button', { name: 'Remove phone' }).click(),
    /** Asks to remove a phone and confirms. */
    async removePhone(phone: string) {
      await page.getByRole('button', { name: `Remove phone: ${phone}` }).click()
      await removeDialog.getByRole('button', { name: 'Remove phone' }).click()
    },
    /** Fills a new phone's details: name, number and when it rings. */
    async fillNewPhone(phoneName: string, phoneNumber: string, when = 'At any time') {
      await name.fill(phoneName)
      await number.fill(phoneNumber)
      await page.getByRole('radio', { name: when }).check()
    },
  }
}
