/** Defaults CUCM gives a new object, used by the fixtures and by the resources that create one. */
import type { Forward, RemoteDestination } from './types.ts'

export function offForward(): Forward {
  return { voicemail: false, destination: '' }
}

/** A remote destination with CUCM's defaults: rings with the extension, transfer allowed, no schedule. */
export function remoteDestination(
  fields: Pick<RemoteDestination, 'id'> & Partial<RemoteDestination>,
): RemoteDestination {
  const { id, ...rest } = fields
  return {
    id,
    name: '',
    destination: '',
    ringWhenExtensionDialed: true,
    allowTransferToMobile: true,
    allowControlFromApplication: false,
    deviceId: '',
    usage: '0',
    delayBeforeRingTimer: '4.0',
    answerTooSoonTimer: '1.5',
    answerTooLateTimer: '19.0',
    schedule: null,
    ...rest,
  }
}
