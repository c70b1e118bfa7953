/** Every string of the Directory page. */
import type { QueryKind } from '../../api/users/directory-query.ts'

export const directoryMessages = {
  title: 'Directory',
  lede: 'Find a colleague’s number, call or email them, or use their number for a speed dial or forwarding.',
  searchLabel: 'Search by name or number',
  searchHint: 'For example Dana Morgan, dana m, 2001, +1 312 555 or an email address',
  search: 'Search',
  enterSomething: 'Enter a name or number to search for',
  tooShort: 'Enter at least 2 letters or digits',
  policyOffTitle: 'Directory search is turned off',
  policyOff:
    'Your administrator has turned off directory search for your account. Ask your helpdesk for a colleague’s number.',
  empty: 'Type a name, part of a name, a number or an email address, then select Search.',
  searching: 'Searching…',
  slow: 'Still searching – the phone system is taking longer than usual. You can wait, or search for a longer name.',
  searched: (kind: QueryKind | 'numberlast', text: string) =>
    ({
      name: `People whose name starts with “${text}”`,
      number: `People with a number starting ${text}`,
      numberlast: `People with a number ending ${text}`,
      email: `People whose email address is “${text}”`,
    })[kind],
  noneTitle: 'No one found',
  none: (kind: QueryKind) =>
    kind === 'name'
      ? 'Check the spelling, or try just the first few letters of the first or last name.'
      : kind === 'number'
        ? 'Check the number, or try its last 4 digits.'
        : 'Check the address, or search by name instead.',
  showing: (from: number, to: number, total: number) =>
    total === 1 ? 'Showing 1 person' : `Showing ${from}–${to} of ${total}`,
  tooMany: (limit: number) =>
    `More than ${limit} people match – the phone system returns at most ${limit} at a time. Type more of the name or number to find someone faster.`,
  pastEnd: 'There are no more results. Go back to the first page.',
  firstPage: 'First page',
  previous: 'Previous',
  next: 'Next',
  pagesLabel: 'Result pages',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  loadWhat: 'the directory',
  resultsLabel: 'People found',
  // A person
  work: 'Work',
  mobile: 'Mobile',
  home: 'Home',
  email: 'Email',
  call: (name: string, label: string) => `Call ${name}, ${label.toLowerCase()}`,
  copy: 'Copy',
  copyName: (name: string, label: string) => ` ${name}’s ${label.toLowerCase()} number`,
  copied: (number: string) => `Copied ${number}`,
  copyFailed: 'Couldn’t copy – select the number and copy it yourself',
  addSpeedDial: 'Add as speed dial',
  forwardHere: 'Forward my calls here',
  actionFor: (name: string, label: string) => ` (${name}, ${label.toLowerCase()})`,
  noNumbers: 'No phone numbers in the directory',
}
