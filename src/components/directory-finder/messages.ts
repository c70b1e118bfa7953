/**
 * Every string of the "Find in directory" combobox (speed dial and forwarding forms), as messages in
 * the catalogs (lingui.config.ts): read in the active language each time they are used.
 */
import { plural, t } from '@lingui/core/macro'
import { formatNumber, ltr } from '../../i18n/format.ts'

export const finderMessages = {
  get label() {
    return t`Find in directory`
  },
  get hint() {
    return t`Type at least 2 letters of a name, or digits of a number, then choose a person`
  },
  get listLabel() {
    return t`People in the directory`
  },
  get searching() {
    return t`Searching the directory…`
  },
  found: (count: number) =>
    plural(count, {
      one: '# number found. Use the up and down arrows to choose it.',
      other: '# numbers found. Use the up and down arrows to choose one.',
    }),
  more: (count: number) => {
    const total = formatNumber(count)
    return t`Showing the first matches of ${total}. Type more to narrow it down.`
  },
  get none() {
    return t`No one found. Check the spelling, or type the number yourself.`
  },
  get failed() {
    return t`The directory can’t be searched right now. Type the number yourself.`
  },
  option: (name: string, label: string, value: string) => {
    const number = ltr(value)
    return t({ message: `${name} – ${label} ${number}`, comment: 'label: work, mobile or home' })
  },
  /** An option's number after its kind: "work 5551234". */
  labelledNumber: (label: string, value: string) => {
    const number = ltr(value)
    return t({ message: `${label} ${number}`, comment: 'label: work, mobile or home; then the number' })
  },
  get work() {
    return t({ message: 'work', context: 'phone number in the directory finder' })
  },
  get mobile() {
    return t({ message: 'mobile', context: 'phone number in the directory finder' })
  },
  get home() {
    return t({ message: 'home', context: 'phone number in the directory finder' })
  },
  chosen: (name: string, value: string) => {
    const number = ltr(value)
    return t`${name}, ${number} filled in`
  },
}
