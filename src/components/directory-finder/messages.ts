/** Every string of the "Find in directory" combobox (speed dial and forwarding forms). */
export const finderMessages = {
  label: 'Find in directory',
  hint: 'Type at least 2 letters of a name, or digits of a number, then choose a person',
  listLabel: 'People in the directory',
  searching: 'Searching the directory…',
  found: (count: number) =>
    count === 1
      ? '1 number found. Use the up and down arrows to choose it.'
      : `${count} numbers found. Use the up and down arrows to choose one.`,
  more: (total: number) => `Showing the first matches of ${total}. Type more to narrow it down.`,
  none: 'No one found. Check the spelling, or type the number yourself.',
  failed: 'The directory can’t be searched right now. Type the number yourself.',
  option: (name: string, label: string, number: string) => `${name} – ${label} ${number}`,
  work: 'work',
  mobile: 'mobile',
  home: 'home',
  chosen: (name: string, number: string) => `${name}, ${number} filled in`,
}
