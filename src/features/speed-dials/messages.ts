/** Every string of the Speed dials page. */
import { plural, t } from '@lingui/core/macro'
import { ltr } from '../../i18n/format.ts'

export const speedDialMessages = {
  get title() {
    return t`Speed dials`
  },
  get lede() {
    return t`Call people you call often with one button or a short code on your phone.`
  },
  get positionHint() {
    return t`The speed dial number is the button or short code on your phone.`
  },
  get empty() {
    return t`You have no speed dials yet`
  },
  get emptyHint() {
    return t`Add the numbers you call most, like your team, reception or home.`
  },
  get add() {
    return t`Add speed dial`
  },
  get limitReached() {
    return t`You have used all 99 speed dial positions. Remove one to add another.`
  },
  speedDial: (index: number) => t`Speed dial ${index}`,
  get notSaved() {
    return t`Not saved yet`
  },

  // Row actions (each names its item)
  get edit() {
    return t({ message: 'Edit', context: 'speed dial row action' })
  },
  get remove() {
    return t({ message: 'Remove', context: 'speed dial row action' })
  },
  get moveUp() {
    return t`Move up`
  },
  get moveDown() {
    return t`Move down`
  },
  get actions() {
    return t({ message: 'Actions', context: 'speed dial row menu' })
  },

  // Statuses (polite)
  added: (label: string, index: number) => t`''${label}'' added as speed dial ${index} – not saved yet`,
  updated: (label: string, index: number) => t`''${label}'' updated as speed dial ${index} – not saved yet`,
  removed: (label: string) => t`''${label}'' removed – not saved yet`,
  get discarded() {
    return t`Your changes were discarded. The list shows what is on the phone system.`
  },

  // Save bar
  get unsaved() {
    return t`Unsaved changes`
  },
  get save() {
    return t`Save speed dials`
  },
  get saving() {
    return t`Saving…`
  },
  get discard() {
    return t({ message: 'Discard', context: 'unsaved speed dial changes' })
  },
  /** `where`: the phone whose own list was saved; null for the list every phone shares. */
  saved: (count: number, where: string | null) => {
    if (where === null)
      return plural(count, {
        0: 'Speed dials saved. You now have no speed dials.',
        one: 'Speed dials saved. You now have # speed dial.',
        other: 'Speed dials saved. You now have # speed dials.',
      })
    const phone = where
    return plural(count, {
      0: `Speed dials saved. ${phone} now has no speed dials.`,
      one: `Speed dials saved. ${phone} now has # speed dial.`,
      other: `Speed dials saved. ${phone} now has # speed dials.`,
    })
  },
  get unchanged() {
    return t`You haven't changed anything yet.`
  },

  // Form
  get addTitle() {
    return t`Add speed dial`
  },
  editTitle: (index: number) => t`Edit speed dial ${index}`,
  get positionLabel() {
    return t({ message: 'Position', context: 'speed dial position' })
  },
  get positionFieldHint() {
    return t`The speed dial number on your phone, from 1 to 99`
  },
  get nameLabel() {
    return t({ message: 'Name', context: 'speed dial name' })
  },
  get nameHint() {
    return t`Shown on your phone`
  },
  get numberLabel() {
    return t({ message: 'Number', context: 'speed dial number' })
  },
  get numberHint() {
    return t`Digits, and + * # if you need them. A comma adds a 2-second pause, for example 9,01632960000`
  },
  get addToList() {
    return t`Add to list`
  },
  get update() {
    return t({ message: 'Update', context: 'speed dial form button' })
  },
  get back() {
    return t`Back to speed dials`
  },
  get notFoundTitle() {
    return t`Speed dial not found`
  },
  notFound: (position: string) =>
    t`There is no speed dial ${position} in your list. It may have been removed or moved.`,

  // Validation: the label's words, what to do, no "invalid"
  get enterPosition() {
    return t`Enter a position`
  },
  get positionRange() {
    return t`Position must be a whole number from 1 to 99`
  },
  positionTaken: (index: number, label: string) =>
    t`Speed dial ${index} is already used by ''${label}'' – choose another position`,
  get enterName() {
    return t`Enter a name for this speed dial`
  },
  get nameTooLong() {
    return t`Name must be 30 characters or less`
  },
  get nameControl() {
    return t`Name can’t include control characters`
  },
  get enterNumber() {
    return t`Enter the number to dial`
  },
  get numberCharacters() {
    return t`Number can only include 0–9, *, #, + and commas (a comma adds a pause)`
  },
  get numberTooLong() {
    return t`Number must be 50 characters or less`
  },

  // Server refusals, next to the row concerned
  serverTaken: (index: number) =>
    t`Speed dial ${index} is already used on the phone system – choose another position`,
  get serverRefused() {
    return t`The phone system didn't accept this speed dial. Check the name and number, or call the helpdesk (code SD-415).`
  },
  get serverConflict() {
    return t`The phone system didn't accept this position. Choose another position, or call the helpdesk (code SD-409).`
  },

  // Lost-update guard
  get conflictTitle() {
    return t`Your speed dials were changed somewhere else`
  },
  get conflictBody() {
    return t`Since you started, your speed dials were changed on the phone system – on a phone, in another browser or by the helpdesk. Nothing has been saved yet. Choose which list to keep.`
  },
  get conflictServer() {
    return t`On the phone system now`
  },
  get conflictMine() {
    return t`Your changes`
  },
  get conflictPhonesDiffer() {
    return t`Your phones now have different speed dials.`
  },
  get keepMine() {
    return t`Keep mine`
  },
  get keepMineHint() {
    return t`Saves your changes on top of the list on the phone system now. Speed dials changed elsewhere that you did not change are kept.`
  },
  get useTheirs() {
    return t`Use the phone system's`
  },
  get usedTheirs() {
    return t`Your changes were dropped. The list shows what's on the phone system now.`
  },
  get noEntries() {
    return t`No speed dials`
  },

  // Per-phone lists
  get differNotice() {
    return t`Your phones have different speed dials. Choose a phone to see and change its list.`
  },
  get whichPhone() {
    return t`Which phone?`
  },
  get showPhone() {
    return t`Show speed dials`
  },
  onPhone: (phone: string) => t`On ${phone}`,
  get makeSame() {
    return t`Use these speed dials on all my phones`
  },
  get makeSameTitle() {
    return t`Use these speed dials on all your phones?`
  },
  makeSameIntro: (phone: string, count: number) =>
    plural(count, {
      0: `Every phone gets the 0 speed dials of ${phone} (none). The other phones' own speed dials are replaced.`,
      one: `Every phone gets the speed dial of ${phone}. The other phones' own speed dials are replaced.`,
      other: `Every phone gets the # speed dials of ${phone}. The other phones' own speed dials are replaced.`,
    }),
  get makeSameUnsaved() {
    return t`This also saves the changes you haven’t saved yet.`
  },
  willLose: (phone: string) => t`${phone} will lose:`,
  losesNothing: (phone: string) => t`${phone} loses nothing.`,
  get makeSameConfirm() {
    return t`Use on all my phones`
  },
  get makeSameCancel() {
    return t({ message: 'Cancel', context: 'use these speed dials on all phones' })
  },
  get makeSamePending() {
    return t`Updating your phones…`
  },
  get makeSameChanged() {
    return t`The speed dials on one of your phones changed while this was open. Check what each phone will lose, then confirm again.`
  },
  /** `phones`: how many phones (always more than one). */
  madeSame: (count: number, phones: number) =>
    plural(count, {
      one: `Your ${phones} phones now have the same speed dial.`,
      other: `Your ${phones} phones now have the same # speed dials.`,
    }),

  // Read-only
  get readOnlyTitle() {
    return t`Your settings are managed on another phone system`
  },
  readOnly: (address: string | null) => {
    if (!address)
      return t`You can see your speed dials here, but they can only be changed on your home phone system. Ask your helpdesk for the right address.`
    const host = ltr(address)
    return t`You can see your speed dials here, but they can only be changed on your home phone system (${host}). Ask your helpdesk for the right address.`
  },
  get policyTitle() {
    return t`Your administrator manages your speed dials`
  },
  get policy() {
    return t`You can see your speed dials here. To change them, contact your helpdesk.`
  },
  get noPhones() {
    return t`You have no phones yet, so there are no speed dials to show.`
  },

  // Leaving
  get unsavedMessage() {
    return t({
      message: `You haven't saved your speed dial changes. If you leave this page, they will be lost.`,
      comment: 'Asked before leaving a page with unsaved changes',
    })
  },

  // Row actions, as heard (each names its item)
  editName: (label: string) => t`Edit ''${label}''`,
  removeName: (label: string) => t`Remove ''${label}''`,
  moveUpName: (label: string) => t`Move ''${label}'' up`,
  moveDownName: (label: string) => t`Move ''${label}'' down`,
  actionsFor: (label: string) => t`Actions for ''${label}''`,
  moved: (label: string, index: number, count: number) =>
    t`''${label}'' moved to speed dial ${index} of ${count}`,
  movedInList: (label: string, index: number, place: number, count: number) =>
    t`''${label}'' moved to speed dial ${index} (${place} of ${count} in your list)`,

  // The list
  get listTitle() {
    return t`Your speed dials`
  },
  get loading() {
    return t`Loading speed dials…`
  },
  /** Before a row's error, for screen readers. */
  get errorPrefix() {
    return t({ message: 'Error:', context: 'before a speed dial row’s problem, heard only' })
  },
  rowProblem: (index: number, problem: string) => t`Speed dial ${index}: ${problem}`,
  speedDialColon: (index: number) => t`Speed dial ${index}:`,
  phoneOption: (phone: string, unsaved: boolean) => (unsaved ? t`${phone} (unsaved changes)` : phone),
}
