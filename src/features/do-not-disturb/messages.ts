/** Every string of the Do not disturb page and the notice shown on every page while it is on. */
export const dndMessages = {
  title: 'Do not disturb',
  switchLabel: 'Do not disturb',
  description: "Your phones won't ring. Callers hear busy or go to voicemail, depending on your system.",
  turningOn: 'Turning on…',
  turningOff: 'Turning off…',
  isOn: 'Do not disturb is on',
  isOff: 'Do not disturb is off',
  notTurned: (on: boolean) => `Do not disturb wasn't turned ${on ? 'on' : 'off'}.`,
  maybeTurned: (on: boolean) => `Do not disturb may already be ${on ? 'on' : 'off'}.`,
  helpdesk: (code: string) => `If it keeps happening, call the helpdesk and quote ${code}.`,
  tryAgain: 'Try again',
  phonesTitle: 'Phones it applies to',
  phonesHint: 'While it is on, these phones show DND on their screen.',
  noPhones: "You don't have any desk phones or soft phones, so there is nothing to silence.",
  stateOn: 'On',
  stateOff: 'Off',
  // Read-only
  readOnlyTitle: 'Your settings are managed on another phone system',
  readOnly: (host: string | null) =>
    `You can see whether do not disturb is on here, but it can only be changed on your home phone system${host ? ` (${host})` : ''}. Ask your helpdesk for the right address.`,
  // The notice on every page
  notice: 'Do not disturb is on — your phones won’t ring',
  turnOff: 'Turn off',
  turnedOff: 'Do not disturb is off — your phones will ring again.',
}
