/** Every string of the Speed dials page. */
export const speedDialMessages = {
  title: 'Speed dials',
  lede: 'Call people you call often with one button or a short code on your phone.',
  positionHint: 'The speed dial number is the button or short code on your phone.',
  empty: 'You have no speed dials yet',
  emptyHint: 'Add the numbers you call most, like your team, reception or home.',
  add: 'Add speed dial',
  limitReached: 'You have used all 99 speed dial positions. Remove one to add another.',
  speedDial: (index: number) => `Speed dial ${index}`,
  notSaved: 'Not saved yet',

  // Row actions (each names its item)
  edit: 'Edit',
  remove: 'Remove',
  moveUp: 'Move up',
  moveDown: 'Move down',
  actions: 'Actions',

  // Statuses (polite)
  added: (label: string, index: number) => `'${label}' added as speed dial ${index} – not saved yet`,
  updated: (label: string, index: number) => `'${label}' updated as speed dial ${index} – not saved yet`,
  removed: (label: string) => `'${label}' removed – not saved yet`,
  discarded: 'Your changes were discarded. The list shows what is on the phone system.',

  // Save bar
  unsaved: 'Unsaved changes',
  save: 'Save speed dials',
  saving: 'Saving…',
  discard: 'Discard',
  saved: (count: number, where: string | null) =>
    `Speed dials saved. ${where ? `${where} now has` : 'You now have'} ${count === 0 ? 'no speed dials' : count === 1 ? '1 speed dial' : `${count} speed dials`}.`,
  unchanged: "You haven't changed anything yet.",

  // Form
  addTitle: 'Add speed dial',
  editTitle: (index: number) => `Edit speed dial ${index}`,
  positionLabel: 'Position',
  positionFieldHint: 'The speed dial number on your phone, from 1 to 99',
  nameLabel: 'Name',
  nameHint: 'Shown on your phone',
  numberLabel: 'Number',
  numberHint: 'Digits, and + * # if you need them. A comma adds a 2-second pause, for example 9,01632960000',
  addToList: 'Add to list',
  update: 'Update',
  back: 'Back to speed dials',
  notFoundTitle: 'Speed dial not found',
  notFound: (position: string) =>
    `There is no speed dial ${position} in your list. It may have been removed or moved.`,

  // Validation: the label's words, what to do, no "invalid"
  enterPosition: 'Enter a position',
  positionRange: 'Position must be a whole number from 1 to 99',
  positionTaken: (index: number, label: string) =>
    `Speed dial ${index} is already used by '${label}' – choose another position`,
  enterName: 'Enter a name for this speed dial',
  nameTooLong: 'Name must be 30 characters or less',
  nameControl: 'Name can’t include control characters',
  enterNumber: 'Enter the number to dial',
  numberCharacters: 'Number can only include 0–9, *, #, + and commas (a comma adds a pause)',
  numberTooLong: 'Number must be 50 characters or less',

  // Server refusals, next to the row concerned
  serverTaken: (index: number) =>
    `Speed dial ${index} is already used on the phone system – choose another position`,
  serverRefused:
    "The phone system didn't accept this speed dial. Check the name and number, or call the helpdesk (code SD-415).",
  serverConflict:
    "The phone system didn't accept this position. Choose another position, or call the helpdesk (code SD-409).",

  // Lost-update guard
  conflictTitle: 'Your speed dials were changed somewhere else',
  conflictBody:
    'Since you started, your speed dials were changed on the phone system – on a phone, in another browser or by the helpdesk. Nothing has been saved yet. Choose which list to keep.',
  conflictServer: 'On the phone system now',
  conflictMine: 'Your changes',
  conflictPhonesDiffer: 'Your phones now have different speed dials.',
  keepMine: 'Keep mine',
  keepMineHint:
    'Saves your changes on top of the list on the phone system now. Speed dials changed elsewhere that you did not change are kept.',
  useTheirs: "Use the phone system's",
  usedTheirs: "Your changes were dropped. The list shows what's on the phone system now.",
  noEntries: 'No speed dials',

  // Per-phone lists
  differNotice: 'Your phones have different speed dials. Choose a phone to see and change its list.',
  whichPhone: 'Which phone?',
  showPhone: 'Show speed dials',
  onPhone: (phone: string) => `On ${phone}`,
  makeSame: 'Use these speed dials on all my phones',
  makeSameTitle: 'Use these speed dials on all your phones?',
  makeSameIntro: (phone: string, count: number) =>
    `Every phone gets the ${count === 1 ? 'speed dial' : `${count} speed dials`} of ${phone}${count === 0 ? ' (none)' : ''}. The other phones' own speed dials are replaced.`,
  makeSameUnsaved: 'This also saves the changes you haven’t saved yet.',
  willLose: (phone: string) => `${phone} will lose:`,
  losesNothing: (phone: string) => `${phone} loses nothing.`,
  makeSameConfirm: 'Use on all my phones',
  makeSameCancel: 'Cancel',
  makeSamePending: 'Updating your phones…',
  makeSameChanged:
    'The speed dials on one of your phones changed while this was open. Check what each phone will lose, then confirm again.',
  madeSame: (count: number, phones: number) =>
    `Your ${phones} phones now have the same ${count === 1 ? 'speed dial' : `${count} speed dials`}.`,

  // Read-only
  readOnlyTitle: 'Your settings are managed on another phone system',
  readOnly: (host: string | null) =>
    `You can see your speed dials here, but they can only be changed on your home phone system${host ? ` (${host})` : ''}. Ask your helpdesk for the right address.`,
  policyTitle: 'Your administrator manages your speed dials',
  policy: 'You can see your speed dials here. To change them, contact your helpdesk.',
  noPhones: 'You have no phones yet, so there are no speed dials to show.',

  // Leaving
  guardWhat: 'your speed dial changes',
}
