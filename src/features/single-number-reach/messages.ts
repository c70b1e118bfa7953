/** Every string of the Single Number Reach page (users see "phones", never "remote destinations"). */
import { plural, t } from '@lingui/core/macro'
import { ltr } from '../../i18n/format.ts'

export const snrMessages = {
  get title() {
    return t`Single Number Reach`
  },
  get lede() {
    return t`Ring your mobile or home phone at the same time as your desk phone, so you can answer anywhere`
  },
  get howItWorks() {
    return t`How it works`
  },
  get howItWorksText() {
    return [
      t`When someone calls your desk number, your desk phone and the phones you add here ring at the same time. Answer on whichever is nearest.`,
      t`You can choose when each phone rings, for example only on weekdays during working hours. Outside those times, only your desk phone rings.`,
      t`Turn “Ring this phone” off to stop a phone ringing for a while without removing it.`,
    ]
  },
  get listTitle() {
    return t`Your other phones`
  },
  get none() {
    return t`You haven’t added any other phones yet.`
  },
  get addPhone() {
    return t`Add a phone`
  },
  limit: (limit: number, count: number) =>
    plural(limit, {
      one: `You can add up to # other phone (you have ${count}).`,
      other: `You can add up to # other phones (you have ${count}).`,
    }),
  get atLimit() {
    return t`Remove one to add another.`
  },
  get notSetUp() {
    return t`An administrator needs to set up Single Number Reach for you first.`
  },
  get notSetUpHelp() {
    return t`Ask your helpdesk to turn it on for you. Then you can add your mobile or home phone here.`
  },
  get readOnlyTitle() {
    return t`Your settings are managed on another phone system`
  },
  get readOnly() {
    return t`You can see your other phones here, but they can only be changed on your home phone system. Ask your helpdesk for the right address.`
  },

  // card
  get number() {
    return t({ message: 'Number', context: 'phone card label' })
  },
  get rings() {
    return t({ message: 'Rings', context: 'phone card label: when the phone rings' })
  },
  get timeZone() {
    return t`Time zone`
  },
  get atAnyTime() {
    return t`at any time`
  },
  get ringsWhenCalled() {
    return t`Rings when your desk number is called`
  },
  get ringSwitch() {
    return t`Ring this phone`
  },
  ringSwitchName: (name: string) => t`Ring this phone: ${name}`,
  get ringSwitchHint() {
    return t`When this is off, the phone stays on your list but doesn’t ring.`
  },
  get turningOn() {
    return t`Turning on…`
  },
  get turningOff() {
    return t`Turning off…`
  },
  nowRings: (name: string) => t`${name} will ring when your desk number is called`,
  nowSilent: (name: string) => t`${name} won’t ring`,
  ringFailed: (name: string, on: boolean) =>
    on ? t`Ringing wasn’t turned on for ${name}.` : t`Ringing wasn’t turned off for ${name}.`,
  ringMaybe: (name: string, on: boolean) =>
    on ? t`Ringing may already be turned on for ${name}.` : t`Ringing may already be turned off for ${name}.`,
  get tryAgain() {
    return t({ message: 'Try again', context: 'ringing a phone' })
  },
  get change() {
    return t({ message: 'Change', context: 'link on a phone card' })
  },
  get removePhone() {
    return t`Remove phone`
  },

  // remove
  removeTitle: (name: string, phoneNumber: string) => {
    const number = ltr(phoneNumber)
    return t`Remove ‘${name}’ (${number})?`
  },
  removeConsequence: (name: string) =>
    t`${name} will stop ringing when your desk number is called. To use it again, you’d need to add it again.`,
  removeScheduleGoes: (sentence: string) => t`Its ring schedule (${sentence}) will be removed too.`,
  get removing() {
    return t`Removing…`
  },
  get cancel() {
    return t({ message: 'Cancel', context: 'remove phone dialog' })
  },
  get close() {
    return t({ message: 'Close', context: 'remove phone dialog' })
  },
  removed: (name: string) => t`${name} removed`,
  removeFailed: (name: string) => t`${name} wasn’t removed.`,
  removeMaybe: (name: string) => t`${name} may already be removed.`,
  get removeUnsupportedTitle() {
    return t`Phones can’t be removed here`
  },
  removeUnsupported: (name: string) =>
    t`Your phone system doesn’t let this portal remove phones, so ${name} is still on your list. Ask your helpdesk to remove it.`,
  stopRingingInstead: (name: string) => t`You can stop ${name} ringing instead.`,
  stopRinging: (name: string) => t`Stop ringing ${name}`,
  get stopping() {
    return t`Turning off…`
  },
  alreadyNotRinging: (name: string) => t`${name} is already set not to ring.`,

  // form
  get addTitle() {
    return t`Add a phone`
  },
  changeTitle: (name: string) => t`Change ${name}`,
  get backToList() {
    return t`Back to Single Number Reach`
  },
  get nameLabel() {
    return t({ message: 'Name', context: 'name of the phone' })
  },
  get nameHint() {
    return t`For example, Mobile`
  },
  get numberLabel() {
    return t`Phone number`
  },
  get numberHint() {
    return t`Include the area code. For a number abroad, start with +`
  },
  get whenLegend() {
    return t`When should this phone ring?`
  },
  get whenAlways() {
    return t`At any time`
  },
  get whenScheduled() {
    return t`Only at times I choose`
  },
  get chooseTimes() {
    return t`Choose times`
  },
  get noTimesYet() {
    return t`You haven’t chosen any times yet.`
  },
  get moreOptions() {
    return t`More options`
  },
  get allowTransfer() {
    return t`Allow moving calls to this phone`
  },
  get allowTransferHint() {
    return t`Lets you move a call you’re on from your desk phone to this phone.`
  },
  get allowControl() {
    return t`Allow control from applications`
  },
  get allowControlHint() {
    return t`Lets apps such as Jabber make and manage calls on this phone for you.`
  },
  get deviceLabel() {
    return t`Single Number Reach profile`
  },
  get deviceHint() {
    return t`Your administrator set these up. Choose the one this phone belongs to.`
  },
  get save() {
    return t`Save phone`
  },
  get saving() {
    return t`Saving…`
  },
  get unchanged() {
    return t`You haven’t changed anything yet.`
  },

  // validation: the label's words, what to do, no "invalid"
  get enterName() {
    return t`Enter a name for this phone`
  },
  get nameTooLong() {
    return t`Name must be 50 characters or less`
  },
  get nameControl() {
    return t`Name can’t include control characters`
  },
  get enterNumber() {
    return t`Enter the phone number`
  },
  get numberCharacters() {
    return t`Phone number can only include 0–9 and a + at the start`
  },
  get numberTooLong() {
    return t`Phone number must be 24 characters or less`
  },
  get ownLine() {
    return t`This number is one of your desk lines – add a mobile or home number`
  },
  duplicate: (name: string) => t`You’ve already added this number as ‘${name}’ – enter a different number`,
  get selectWhen() {
    return t`Select when this phone should ring`
  },
  get atLeastOneDay() {
    return t`Select at least one day`
  },
  endAfterStart: (day: string) => t`${day}: end time must be after start time`,

  // server refusals
  get numberInUse() {
    return t`The phone system already has this number for you – enter a different number, or change the phone that has it`
  },
  get numberRefused() {
    return t`The phone system didn’t accept this number. Check it and try again, or call the helpdesk (code SNR-415)`
  },
  limitReached: (limit: number) =>
    plural(limit, {
      one: 'You already have # other phone, the most you can add. Remove one to add another. Your details are still here.',
      other:
        'You already have # other phones, the most you can add. Remove one to add another. Your details are still here.',
    }),

  // success
  added: (name: string) => t`${name} added.`,
  saved: (name: string) => t`${name} saved.`,
  get ringsAnyTime() {
    return t`It rings at any time when your desk number is called.`
  },
  /** `sentence`: the schedule's read-back ("Rings Monday to Friday, …"), its first letter lowered after "It". */
  ringsScheduled: (sentence: string) => {
    const schedule = `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`
    return t`It ${schedule}.`
  },
  /** The read-back with the schedule's zone: "Rings Monday to Friday, 8:00am to 6:00pm (America/Chicago time)". */
  readBackInZone: (sentence: string, zone: string) => t`${sentence} (${zone} time)`,
  get ringOffNote() {
    return t`It won’t ring until you turn on “Ring this phone”.`
  },
  get checkItWorks() {
    return t`To check it works, call your desk number from another phone.`
  },

  // schedule step
  get scheduleTitle() {
    return t`Ring schedule`
  },
  scheduleHeading: (name: string) => (name ? t`Ring schedule for ${name}` : t`Ring schedule`),
  get scheduleLede() {
    return t`Choose the days and times this phone rings. At other times, only your desk phone rings.`
  },
  get timeZoneLabel() {
    return t`Time zone`
  },
  get timeZoneHint() {
    return t`The times below are in this time zone`
  },
  get systemTimeZone() {
    return t`The phone system’s time zone`
  },
  get daysLegend() {
    return t`Days and times`
  },
  ringOnDay: (day: string) => t`Ring on ${day}`,
  get from() {
    return t({ message: 'From', context: 'schedule start time' })
  },
  get to() {
    return t({ message: 'To', context: 'schedule end time' })
  },
  get copyToWeekdays() {
    return t`Copy Monday’s times to Tuesday–Friday`
  },
  get copied() {
    return t`Monday’s times copied to Tuesday to Friday`
  },
  get readBackTitle() {
    return t`Summary`
  },
  timesIn: (zone: string) => t`Times are in ${zone}.`,
  get noDaysYet() {
    return t`Doesn’t ring on any day yet – choose at least one day.`
  },
  get backToDetails() {
    return t`Back to phone details`
  },
  get notFoundTitle() {
    return t`Phone not found`
  },
  get notFound() {
    return t`We couldn’t find this phone. It may have been removed.`
  },

  // card, continued
  get yes() {
    return t({ message: 'Yes', context: 'rings when your desk number is called' })
  },
  get no() {
    return t({ message: 'No', context: 'rings when your desk number is called' })
  },
  tryAgainFor: (name: string) => t`Try again: Ring this phone: ${name}`,
  changePhoneName: (name: string) => t`Change phone: ${name}`,
  removePhoneName: (name: string) => t`Remove phone: ${name}`,

  // times in the schedule's From/To lists
  get midnightStart() {
    return t`Midnight (start of day)`
  },
  get midnightEnd() {
    return t`Midnight (end of day)`
  },
  midday: (time: string) => t`${time} (midday)`,

  // leaving with unsaved changes
  get unsavedMessage() {
    return t({
      message: `You haven't saved this phone's details. If you leave this page, they will be lost.`,
      comment: 'Asked before leaving a page with unsaved changes',
    })
  },
}
