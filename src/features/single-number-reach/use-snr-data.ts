import { isRemoteDestinationCarrier } from '../../api/devices/devices.ts'
import { singleNumberReachReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'

/**
 * Every read of the page, started together (the route prefetches the same list): the user, their
 * devices and lines, their other phones with schedules (one request, not one per phone), and the
 * time zones.
 */
export function useSnrData(userId: string) {
  const [{ data: user }, { data: devices }, { data: lines }, { data: phones }, { data: timeZones }] =
    usePageReads(singleNumberReachReads, userId)
  const carriers = devices.filter(isRemoteDestinationCarrier)
  const limit = user.remoteDestinationLimit
  /** An administrator gave the user a remote destination profile or CTI remote device. */
  const setUp = carriers.length > 0 && limit > 0
  return {
    user,
    devices,
    lines,
    phones,
    timeZones,
    carriers,
    limit,
    setUp,
    editable: user.homeCluster,
    canAdd: user.homeCluster && setUp && phones.length < limit,
  }
}

export type SnrData = ReturnType<typeof useSnrData>
