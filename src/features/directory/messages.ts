/**
 * Every string of the Directory page, as messages in the catalogs (lingui.config.ts): read in the
 * active language each time they are used.
 */
import { plural, t } from '@lingui/core/macro'
import type { QueryKind } from '../../api/users/directory-query.ts'
import { formatNumber, ltr } from '../../i18n/format.ts'

/** Which of a person's numbers. */
export type NumberKind = 'work' | 'mobile' | 'home'

export const directoryMessages = {
  get title() {
    return t`Directory`
  },
  get lede() {
    return t`Find a colleague’s number, call or email them, or use their number for a speed dial or forwarding.`
  },
  get searchLabel() {
    return t`Search by name or number`
  },
  get searchHint() {
    return t`For example Dana Morgan, dana m, 2001, +1 312 555 or an email address`
  },
  get search() {
    return t({ message: 'Search', context: 'directory search button' })
  },
  get enterSomething() {
    return t`Enter a name or number to search for`
  },
  get tooShort() {
    return t`Enter at least 2 letters or digits`
  },
  get policyOffTitle() {
    return t`Directory search is turned off`
  },
  get policyOff() {
    return t`Your administrator has turned off directory search for your account. Ask your helpdesk for a colleague’s number.`
  },
  get empty() {
    return t`Type a name, part of a name, a number or an email address, then select Search.`
  },
  get searching() {
    return t`Searching…`
  },
  get slow() {
    return t`Still searching – the phone system is taking longer than usual. You can wait, or search for a longer name.`
  },
  searched: (kind: QueryKind | 'numberlast', text: string) => {
    if (kind === 'name') return t`People whose name starts with “${text}”`
    const number = ltr(text)
    if (kind === 'number') return t`People with a number starting ${number}`
    if (kind === 'numberlast') return t`People with a number ending ${number}`
    return t`People whose email address is “${text}”`
  },
  get noneTitle() {
    return t`No one found`
  },
  none: (kind: QueryKind) =>
    kind === 'name'
      ? t`Check the spelling, or try just the first few letters of the first or last name.`
      : kind === 'number'
        ? t`Check the number, or try its last 4 digits.`
        : t`Check the address, or search by name instead.`,
  showing: (first: number, last: number, count: number) => {
    const from = formatNumber(first)
    const to = formatNumber(last)
    return plural(count, {
      1: 'Showing 1 person',
      one: `Showing ${from}–${to} of #`,
      other: `Showing ${from}–${to} of #`,
    })
  },
  tooMany: (count: number) => {
    const limit = formatNumber(count)
    return t`More than ${limit} people match – the phone system returns at most ${limit} at a time. Type more of the name or number to find someone faster.`
  },
  get pastEnd() {
    return t`There are no more results. Go back to the first page.`
  },
  get firstPage() {
    return t`First page`
  },
  get previous() {
    return t({ message: 'Previous', context: 'page of results' })
  },
  get next() {
    return t({ message: 'Next', context: 'page of results' })
  },
  get pagesLabel() {
    return t`Result pages`
  },
  pageOf: (current: number, count: number) => {
    const page = formatNumber(current)
    const pages = formatNumber(count)
    return t`Page ${page} of ${pages}`
  },
  get loadFailedTitle() {
    return t`Sorry, we couldn't load the directory`
  },
  get resultsLabel() {
    return t`People found`
  },
  // A person
  get work() {
    return t({ message: 'Work', context: 'phone number' })
  },
  get mobile() {
    return t({ message: 'Mobile', context: 'phone number' })
  },
  get home() {
    return t({ message: 'Home', context: 'phone number' })
  },
  get email() {
    return t({ message: 'Email', context: 'address' })
  },
  /** The link that calls a number: "Call Dana Morgan, work". */
  call: (name: string, kind: NumberKind) =>
    kind === 'work'
      ? t`Call ${name}, work`
      : kind === 'mobile'
        ? t`Call ${name}, mobile`
        : t`Call ${name}, home`,
  copied: (value: string) => {
    const number = ltr(value)
    return t`Copied ${number}`
  },
  get copyFailed() {
    return t`Couldn’t copy – select the number and copy it yourself`
  },
  get noNumbers() {
    return t`No phone numbers in the directory`
  },
}
