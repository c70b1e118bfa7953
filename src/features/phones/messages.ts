/** Every string of the Phones page and its phone pages, as catalog messages read in the active language. */
import { plural, t } from '@lingui/core/macro'
import type { DeviceKind } from '../../api/devices/devices.ts'
import { formatList, ltr } from '../../i18n/format.ts'

export const phonesMessages = {
  get title() {
    return t`Phones`
  },
  get lede() {
    return t`Name your phones, set up each line and choose the services on their screens`
  },
  get noPhones() {
    return t`You have no phones. Ask your helpdesk to add one for you.`
  },
  get model() {
    return t({ message: 'Model', context: 'phone model' })
  },
  get deviceName() {
    return t`Device name`
  },
  settingsLink: (name: string) => t`Settings for ${name}`,
  get kind() {
    return {
      phone: '',
      softphone: t`Jabber on your computer`,
      remoteDestinationProfile: t`Single Number Reach profile`,
      ctiRemoteDevice: t`Single Number Reach phone`,
    } satisfies Record<DeviceKind, string>
  },
  emMaxLoginTime: (duration: string) => t`You can stay signed in to a shared phone for up to ${duration}`,
  get readOnlyTitle() {
    return t`Your settings are managed on another phone system`
  },
  readOnly: (host: string | null) =>
    host
      ? t`You can see your phones here, but they can only be changed on your home phone system (${host}).`
      : t`You can see your phones here, but they can only be changed on your home phone system.`,

  /** Completes the leave guard's "You haven't saved …" (the guard's own sentence). */
  unsavedMessage: (name: string) =>
    t({
      message: `You haven't saved your changes to ${name}. If you leave this page, they will be lost.`,
      comment: 'Asked before leaving a page with unsaved changes',
    }),

  // one phone
  get backToList() {
    return t`Back to Phones`
  },
  get goneTitle() {
    return t`This phone is no longer yours`
  },
  get gone() {
    return t`An administrator has moved this phone or removed it from your account. Nothing on it was changed.`
  },
  get phoneGuide() {
    return t`Phone guide (PDF)`
  },
  /** The guide link's name for screen readers (the visible text is phoneGuide). */
  guideFor: (name: string) => t`Phone guide (PDF) for ${name}`,
  get linesOnIt() {
    return t({ message: 'Lines', context: 'the lines on a phone' })
  },
  get linesReading() {
    return t`Reading…`
  },
  get linesUnknown() {
    return t`Can’t be read right now (see the phone’s page)`
  },
  get linesNone() {
    return t({ message: 'None', context: 'no lines on a phone' })
  },
  get aboutTitle() {
    return t`About this phone`
  },
  get remoteProfile() {
    return t`This profile makes your mobile or home phone ring with your desk number. Choose those phones on the Single Number Reach page.`
  },
  get remoteProfileLink() {
    return t`Go to Single Number Reach`
  },

  get nameTitle() {
    return t`Phone name`
  },
  get nameLabel() {
    return t`Phone name`
  },
  get nameHint() {
    return t`Shown on the phone and in lists. Leave it empty to go back to the name your administrator gave it.`
  },
  get nameAdmin() {
    return t`Your administrator names this phone`
  },
  get saveName() {
    return t`Save name`
  },
  get savingName() {
    return t`Saving…`
  },
  nameSaved: (name: string) => t`The phone is now called “${name}”.`,
  nameReset: (name: string) => t`The phone has its administrator’s name again: “${name}”.`,
  get nameUnchanged() {
    return t`Nothing to save: the name is as it was.`
  },
  nameTooLong: (count: number) =>
    plural(count, {
      one: 'Phone name must be 128 characters or fewer (you have # character)',
      other: 'Phone name must be 128 characters or fewer (you have # characters)',
    }),
  get nameControl() {
    return t`Phone name can’t contain control characters`
  },
  get nameRefused() {
    return t`The phone system didn’t accept this name. Try a shorter one, or one without unusual characters.`
  },

  get dndTitle() {
    return t`Do not disturb on this phone`
  },
  get dndIsOn() {
    return t`Do not disturb is on.`
  },
  get dndIsOff() {
    return t`Do not disturb is off.`
  },
  get dndSwitchElsewhere() {
    return t`Turn it on or off for all your phones on the Do not disturb page.`
  },
  get dndLink() {
    return t`Go to Do not disturb`
  },
  get dndOptionLabel() {
    return t`When Do not disturb is on, this phone should`
  },
  get dndAlertLabel() {
    return t`Incoming call alert when Do not disturb is on`
  },
  get dndAlertHint() {
    return t`What the phone does when a call comes in while it rings silently or rejects calls.`
  },
  get dndNoChoice() {
    return t`This phone has no Do not disturb options to choose from.`
  },
  get saveDnd() {
    return t`Save Do not disturb settings`
  },
  get dndSaved() {
    return t`Do not disturb settings saved.`
  },
  get dndUnchanged() {
    return t`Nothing to save: the settings are as they were.`
  },

  lineTitle: (position: number, dn: string) => {
    const number = ltr(dn)
    return t({
      message: `Line ${position} – ${number}`,
      comment: 'A phone line button: its position on the phone and its directory number',
    })
  },
  get noLines() {
    return t`This phone has no lines.`
  },
  get labelLabel() {
    return t`Line label`
  },
  get labelHint() {
    return t`The text on the phone’s button for this line. Up to 30 characters; leave it empty for the number.`
  },
  labelTooLong: (count: number) =>
    plural(count, {
      one: 'Line label must be 30 characters or fewer (you have # character)',
      other: 'Line label must be 30 characters or fewer (you have # characters)',
    }),
  get labelControl() {
    return t`Line label can’t contain control characters`
  },
  get labelRefused() {
    return t`The phone system didn’t accept this label.`
  },
  get mwiVisualLabel() {
    return t`Voicemail light`
  },
  get mwiAudibleLabel() {
    return t`Voicemail alert sound`
  },
  get ringIdleLabel() {
    return t`When you’re not on a call`
  },
  get ringBusyLabel() {
    return t`When you’re on a call`
  },
  get ringLegend() {
    return t`How this line rings`
  },
  get logMissedLabel() {
    return t`Log missed calls`
  },
  get yes() {
    return t({ message: 'Yes', context: 'log missed calls' })
  },
  get no() {
    return t({ message: 'No', context: 'log missed calls' })
  },
  get logMissedHint() {
    return t`Calls you don’t answer appear in the phone’s missed calls list.`
  },
  // A save here changes the line on this phone only; these say so, and which settings differ elsewhere.
  alsoOn: (dn: string, phones: string) => {
    const line = ltr(dn)
    return t`Line ${line} is also on ${phones}. Saving here changes its settings on this phone only.`
  },
  thisPhoneOnly: (dn: string) => {
    const line = ltr(dn)
    return t`Saving here changes line ${line}’s settings on this phone only.`
  },
  differsElsewhere: (dn: string) => {
    const line = ltr(dn)
    return t`Different on your other phones with line ${line}.`
  },
  get saveLine() {
    return t`Save line settings`
  },
  /** The save button's name for screen readers (the visible text is saveLine). */
  saveLineFor: (dn: string) => {
    const line = ltr(dn)
    return t`Save line settings for line ${line}`
  },
  get savingLine() {
    return t`Saving…`
  },
  lineSaved: (dn: string) => {
    const line = ltr(dn)
    return t`Settings for line ${line} saved.`
  },
  get lineUnchanged() {
    return t`Nothing to save: the settings are as they were.`
  },
  get policyLabel() {
    return t`Your administrator manages the line labels.`
  },
  get policyRing() {
    return t`Your administrator manages how your lines ring.`
  },
  get policyMwi() {
    return t`Your administrator manages the voicemail light and sound.`
  },
  get policyHistory() {
    return t`Your administrator manages missed-call logging.`
  },
  get policyServices() {
    return t`Your administrator manages the services on your phones.`
  },

  get servicesTitle() {
    return t`Phone services`
  },
  get servicesLede() {
    return t`Services on the phone’s screen, such as a company directory.`
  },
  get servicesNone() {
    return t`This phone has no services.`
  },
  servicesAllPhones: (phones: string) => t`These services are on all your phones: ${phones}.`,
  get servicesThisPhone() {
    return t`These services are on this phone only.`
  },
  get serviceGone() {
    return t`no longer offered`
  },
  get remove() {
    return t({ message: 'Remove', context: 'a phone service' })
  },
  removeName: (name: string) => t`Remove ${name}`,
  removeTitle: (name: string) => t`Remove ‘${name}’?`,
  removeAll: (name: string) => t`${name} will disappear from the screen of every phone that has it.`,
  removeOne: (name: string) => t`${name} will disappear from this phone’s screen.`,
  get removing() {
    return t`Removing…`
  },
  removed: (name: string) => t`${name} removed`,
  removeFailed: (name: string) => t`${name} wasn’t removed.`,
  removeMaybe: (name: string) => t`${name} may already be removed.`,
  get cancel() {
    return t({ message: 'Cancel', context: 'removing a phone service' })
  },
  get addTitle() {
    return t`Add a service`
  },
  get serviceLabel() {
    return t({ message: 'Service', context: 'phone service field label' })
  },
  get chooseService() {
    return t`Choose a service`
  },
  get noMoreServices() {
    return t`There are no other services to add.`
  },
  get loadingService() {
    return t`Loading the service’s settings…`
  },
  get serviceLoadFailed() {
    return t`We couldn’t load this service’s settings. Try again.`
  },
  optional: (name: string) => t`${name} (optional)`,
  get addService() {
    return t`Add service`
  },
  get adding() {
    return t`Adding…`
  },
  added: (name: string) => t`${name} added`,
  get enterService() {
    return t`Choose a service to add`
  },
  enterParam: (name: string) => t`Enter ${name}`,
  paramTooLong: (name: string) => t`${name} must be 256 characters or fewer`,
  alreadyThere: (name: string) => t`${name} is already on this phone.`,
  get serviceRefused() {
    return t`The phone system didn’t accept this service. Check its settings.`
  },
}

/**
 * The server's option lists in plain words, by list and value (uds-api §2.5), with the server's own
 * words for values it lists that the portal doesn't know.
 */
function words(): Record<string, Record<string, string>> {
  const systemDefault = t`Use the system default`
  return {
    messageWaitingVisualAlertPreference: {
      '': systemDefault,
      '0': systemDefault,
      '1': t({ message: 'Light and prompt', context: 'voicemail light' }),
      '2': t({ message: 'Prompt on the screen only', context: 'voicemail light' }),
      '3': t({ message: 'Light only', context: 'voicemail light' }),
      '4': t({ message: 'No light or prompt', context: 'voicemail light' }),
    },
    messageWaitingAudibleAlertPreference: {
      '': systemDefault,
      '0': t({ message: 'No sound', context: 'voicemail alert sound' }),
      '1': t({ message: 'Play a sound', context: 'voicemail alert sound' }),
      '2': systemDefault,
    },
    ring: {
      '': systemDefault,
      '0': systemDefault,
      '1': t({ message: 'Don’t ring or flash', context: 'how a line rings' }),
      '2': t({ message: 'Flash only', context: 'how a line rings' }),
      '3': t({ message: 'Ring once', context: 'how a line rings' }),
      '4': t({ message: 'Ring', context: 'how a line rings' }),
      '5': t({ message: 'Beep only', context: 'how a line rings' }),
    },
    doNotDisturbSettings: {
      '0': t`Turn the ringer off (calls still show, silently)`,
      '1': t`Reject calls (callers get your busy treatment)`,
      '2': t`Use your administrator’s setting for this phone`,
    },
  }
}

/** The incoming call alert while DND is on, by the server's name (its values differ between lists). */
function alertWords(): Record<string, string> {
  return {
    none: t`Use your administrator’s setting`,
    disable: t({ message: 'No alert', context: 'incoming call alert' }),
    'flash only': t({ message: 'Flash only', context: 'incoming call alert' }),
    'beep only': t({ message: 'Beep only', context: 'incoming call alert' }),
  }
}

export type OptionList =
  | 'messageWaitingVisualAlertPreference'
  | 'messageWaitingAudibleAlertPreference'
  | 'onACallRingPreference'
  | 'notOnACallRingPreference'
  | 'doNotDisturbSettings'
  | 'incomingCallAlert'

/** One option in plain words: the portal's words for known values, else the server's. */
export function optionWords(list: OptionList, value: string, serverName: string): string {
  if (list === 'incomingCallAlert') return alertWords()[serverName.trim().toLowerCase()] ?? serverName
  const table =
    words()[list === 'onACallRingPreference' || list === 'notOnACallRingPreference' ? 'ring' : list]
  return table?.[value] ?? (serverName || value)
}

/** The values that mean "the system default" in a list ('' = not set, and the list's own default). */
export function isSystemDefault(list: OptionList, value: string): boolean {
  if (value === '') return true
  if (list === 'messageWaitingAudibleAlertPreference') return value === '2'
  return (
    (list === 'messageWaitingVisualAlertPreference' ||
      list === 'onACallRingPreference' ||
      list === 'notOnACallRingPreference') &&
    value === '0'
  )
}

/** "8:00" / "08:30" (hours:minutes) or a number of minutes, in words; undefined when unreadable. */
export function durationWords(raw: string): string | undefined {
  const hm = /^(\d{1,3}):(\d{2})$/.exec(raw.trim())
  const minutes = hm ? Number(hm[1]) * 60 + Number(hm[2]) : /^\d+$/.test(raw.trim()) ? Number(raw) : NaN
  if (!Number.isFinite(minutes) || minutes <= 0) return undefined
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  const hours = h === 0 ? '' : plural(h, { one: '# hour', other: '# hours' })
  const mins = m === 0 ? '' : plural(m, { one: '# minute', other: '# minutes' })
  return formatList([hours, mins].filter(Boolean))
}
