/** The Speed dials page: the list, its row actions, the add/edit form, the save bar. */
import type { Page } from '@playwright/test'
import { status } from '../support/session.ts'

export function speedDials(page: Page) {
  const saveBar = page.getByRole('region', { name: 'Unsaved changes' })
  const button = (name: string) => page.getByRole('button', { name })
  const row = (i: number) => page.locator('ol.sd-list > li').nth(i)
  const makeSameDialog = page.getByRole('alertdialog', { name: 'Use these speed dials on all your phones?' })
  const api = {
    /** The list's rows, in order. */
    rows: () => page.locator('ol.sd-list > li'),
    saveBar: () => saveBar,
    saveButton: page.getByRole('button', { name: 'Save speed dials' }),
    addLink: page.getByRole('link', { name: 'Add speed dial' }),
    saved: status(page, 'Speed dials saved'),
    edit: (label: string) => page.getByRole('link', { name: `Edit '${label}'` }),
    moveUp: (label: string) => button(`Move '${label}' up`),
    moveDown: (label: string) => button(`Move '${label}' down`),
    remove: (label: string) => button(`Remove '${label}'`),
    /** The same actions by row (0 = the first), whatever the entry is called. */
    editRow: (i: number) => row(i).getByRole('link', { name: /^Edit / }),
    moveRowUp: (i: number) => row(i).getByRole('button', { name: /^Move .* up$/ }),
    removeRow: (i: number) => row(i).getByRole('button', { name: /^Remove / }),
    /** When the phones' lists differ: which phone's list is shown, and the list's heading. */
    phoneChooser: page.getByLabel('Which phone?'),
    listTitle: page.locator('#sd-list-title'),
    /** Shows another phone's list (by the phone's name in the chooser). */
    async showPhone(name: string) {
      await api.phoneChooser.selectOption({ label: name })
      await button('Show speed dials').click()
    },
    makeSameButton: button('Use these speed dials on all my phones'),
    /** The confirmation of "Use these speed dials on all my phones". */
    makeSameDialog,
    /** Confirms it in that dialog. */
    confirmMakeSame: () => makeSameDialog.getByRole('button', { name: 'Use on all my phones' }).click(),
    /** The panel shown when the list changed elsewhere since it was read. */
    conflict: () => page.getByRole('region', { name: 'Your speed dials were changed somewhere else' }),
    /** Opens the add form, fills it and adds the entry to the draft list (not saved yet). */
    async add({ name, number }: { name: string; number: string }) {
      await api.addLink.click()
      await api.fill({ name, number })
      await api.addToList()
    },
    /** The add form's "Add to list" (a draft change, not saved yet). */
    addToList: () => page.getByRole('button', { name: 'Add to list' }).click(),
    /** Fills the add/edit form. */
    async fill({ name, number }: { name?: string; number?: string }) {
      if (name !== undefined) await api.name.fill(name)
      if (number !== undefined) await api.number.fill(number)
    },
    /** The add/edit form's fields. */
    name: page.getByLabel('Name'),
    number: page.getByLabel('Number'),
    position: page.getByLabel('Position'),
    /** The edit form's "Update" (back to the draft list, not saved yet). */
    update: () => button('Update').click(),
    /** Opens an entry's form, renames it and puts it back in the draft list. */
    async rename(label: string, name: string) {
      await api.edit(label).click()
      await api.fill({ name })
      await api.update()
    },
    save: () => api.saveButton.click(),
  }
  return api
}
