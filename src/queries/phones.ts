/**
 * One phone's reads (its detail, its lines as they are on it, its phone services, the option lists and
 * the services catalogue) and its writes: renaming it, its DND option, a line's settings, adding and
 * removing a phone service. A PUT's answer replaces the cached resource; a POST or DELETE (no body)
 * re-reads exactly the lists it changed.
 */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { isRemoteDestinationCarrier, type Device } from '../api/devices/devices.ts'
import {
  deviceDnd,
  getDeviceDetail,
  putDevice,
  type DeviceDetail,
  type DevicePatch,
} from '../api/devices/device-detail.ts'
import {
  getPhoneLines,
  putPhoneLine,
  replacePhoneLine,
  type LineSettingsPatch,
} from '../api/extensions/line-settings.ts'
import {
  addSubscription,
  getDeviceServices,
  getPhoneService,
  getPhoneServices,
  getUserServices,
  removeSubscription,
  type NewSubscription,
  type ServiceScope,
} from '../api/services/services.ts'
import { getModelGuides } from '../api/system/models.ts'
import { getOptionLists } from '../api/system/option-lists.ts'
import { recordWrite } from '../lib/change-log.ts'
import { deviceChanges, lineSettingsChange, serviceAdded, serviceRemoved } from './change-records.ts'
import { deviceQueries } from './devices.ts'
import { lineQueries } from './extensions.ts'
import { keys } from './keys.ts'
import { speedDialQueries } from './speed-dials.ts'

const HOUR = 60 * 60_000

export const phoneQueries = {
  /**
   * Each phone's do not disturb option ("When someone calls you"), from each phone's detail: the
   * (usually cached) list, then the details not cached yet, at once. Single Number Reach carriers are
   * left out. Built from the same cached details the Phones page reads and its writes update, so the
   * same resource is never read twice under two keys.
   */
  dnd: (userId: string) =>
    queryOptions({
      queryKey: keys.deviceDnd(userId),
      queryFn: async ({ client }) => {
        const devices = await client.ensureQueryData(deviceQueries.list(userId))
        const phones = devices.filter((d) => !isRemoteDestinationCarrier(d))
        const details = await Promise.all(
          phones.map((d) => client.ensureQueryData(phoneQueries.detail(userId, d.id))),
        )
        // (A phone taken away meanwhile has no detail: it no longer rings for this user.)
        return details.filter((d): d is DeviceDetail => d !== null).map(deviceDnd)
      },
      staleTime: 60_000,
    }),
  /**
   * The directory numbers on each phone (the Phones list's cards), from each phone's own line list: UDS
   * lists a user's lines without their phones, and a phone without its lines. Read at once for every
   * phone, under the same keys a phone's page reads, so opening a phone then reads nothing more. A phone
   * whose list can't be read is `undefined` (its card says so); one taken away meanwhile, `null`.
   */
  linesByPhone: (userId: string) =>
    queryOptions({
      queryKey: keys.linesByPhone(userId),
      queryFn: async ({ client }): Promise<Record<string, string[] | null | undefined>> => {
        const devices = await client.ensureQueryData(deviceQueries.list(userId))
        const lists = await Promise.allSettled(
          devices.map((d) => client.ensureQueryData(phoneQueries.lines(userId, d.id))),
        )
        return Object.fromEntries(
          devices.map((d, i) => {
            const got = lists[i]!
            return [
              d.id,
              got.status === 'fulfilled' ? (got.value?.map((l) => l.directoryNumber) ?? null) : undefined,
            ]
          }),
        )
      },
      staleTime: 60_000,
    }),
  detail: (userId: string, deviceId: string) =>
    queryOptions({
      queryKey: keys.device(userId, deviceId),
      queryFn: ({ signal }) => getDeviceDetail(userId, deviceId, signal),
      staleTime: 60_000,
    }),
  lines: (userId: string, deviceId: string) =>
    queryOptions({
      queryKey: keys.deviceLines(userId, deviceId),
      queryFn: ({ signal }) => getPhoneLines(userId, deviceId, signal),
      staleTime: 60_000,
    }),
  userServices: (userId: string) =>
    queryOptions({
      queryKey: keys.services(userId),
      queryFn: ({ signal }) => getUserServices(userId, signal),
      staleTime: 60_000,
    }),
  deviceServices: (userId: string, deviceId: string) =>
    queryOptions({
      queryKey: keys.deviceServices(userId, deviceId),
      queryFn: ({ signal }) => getDeviceServices(userId, deviceId, signal),
      staleTime: 60_000,
    }),
  modelGuides: () =>
    queryOptions({
      queryKey: keys.modelGuides(),
      queryFn: ({ signal }) => getModelGuides(signal),
      staleTime: HOUR,
    }),
  optionLists: () =>
    queryOptions({
      queryKey: keys.optionLists(),
      queryFn: ({ signal }) => getOptionLists(signal),
      staleTime: HOUR,
    }),
  catalogue: () =>
    queryOptions({
      queryKey: keys.phoneServices(),
      queryFn: ({ signal }) => getPhoneServices(signal),
      staleTime: HOUR,
    }),
  service: (id: string) =>
    queryOptions({
      queryKey: keys.phoneService(id),
      queryFn: ({ signal }) => getPhoneService(id, signal),
      staleTime: HOUR,
    }),
}

/** Writes of one user run one at a time (as the user and line writes do). */
const scopeOf = (userId: string) => ({ id: `user:${userId}` })

/** Renames a phone or sets its DND option; the answer replaces the cached phone and its list entry. */
export function useUpdateDevice(userId: string, deviceId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.device(userId, deviceId), 'update'],
    scope: scopeOf(userId),
    mutationFn: (patch: DevicePatch) => putDevice(userId, deviceId, patch),
    onMutate: () => queryClient.getQueryData(phoneQueries.detail(userId, deviceId).queryKey),
    onSuccess: (device, patch, before) => {
      recordWrite(userId, deviceChanges(before, device, patch))
      queryClient.setQueryData(phoneQueries.detail(userId, deviceId).queryKey, device)
      // Rebuilt from the cached details (no request): "When someone calls you" shows the new option.
      void queryClient.invalidateQueries({ queryKey: keys.deviceDnd(userId) })
      queryClient.setQueryData(deviceQueries.list(userId).queryKey, (list: Device[] | undefined) =>
        list?.map((d) =>
          d.id === deviceId
            ? { ...d, description: device.description, descriptionEditable: device.descriptionEditable }
            : d,
        ),
      )
    },
  })
}

export interface UpdatePhoneLineVariables {
  lineId: string
  patch: LineSettingsPatch
}

/**
 * Saves a line's settings on this phone; the answer replaces the line on this phone. The write changes
 * the line on this phone only (CUCM keeps these settings per phone the line is on), so the user's list,
 * which says whether every phone with the line agrees, is read again (the line's other phones keep
 * their own settings, so their cached lists stay as they are).
 */
export function useUpdatePhoneLine(userId: string, deviceId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.deviceLines(userId, deviceId), 'update'],
    scope: scopeOf(userId),
    mutationFn: ({ lineId, patch }: UpdatePhoneLineVariables) =>
      putPhoneLine(userId, deviceId, lineId, patch),
    onMutate: ({ lineId }) =>
      queryClient.getQueryData(phoneQueries.lines(userId, deviceId).queryKey)?.find((l) => l.id === lineId),
    onSuccess: (line, { patch }, before) => {
      recordWrite(
        userId,
        lineSettingsChange(before, line, patch, deviceId, phoneWords(queryClient, userId, deviceId)),
      )
      queryClient.setQueryData(phoneQueries.lines(userId, deviceId).queryKey, (lines) =>
        replacePhoneLine(lines, line),
      )
      void queryClient.invalidateQueries({ queryKey: lineQueries.list(userId).queryKey, exact: true })
    },
  })
}

/** The phone's name as the user sees it, from the cache ('' when not cached). */
export function phoneWords(queryClient: QueryClient, userId: string, deviceId: string): string {
  const detail = queryClient.getQueryData(phoneQueries.detail(userId, deviceId).queryKey)
  const listed = queryClient.getQueryData(deviceQueries.list(userId).queryKey)?.find((d) => d.id === deviceId)
  // (Opened straight at a phone's speed dials, the device list may not be read: their own list names it.)
  const speedDialPhone = queryClient
    .getQueryData(speedDialQueries.user(userId).queryKey)
    ?.phones.find((p) => p.id === deviceId)
  const phone = detail ?? listed ?? speedDialPhone
  return phone ? phone.description || phone.name : ''
}

/** The subscriptions of a scope, as cached. */
function cachedServices(queryClient: QueryClient, userId: string, scope: ServiceScope) {
  return scope === 'allPhones'
    ? queryClient.getQueryData(phoneQueries.userServices(userId).queryKey)?.services
    : queryClient.getQueryData(phoneQueries.deviceServices(userId, scope.deviceId).queryKey)
}

const scopeWords = (queryClient: QueryClient, userId: string, scope: ServiceScope) =>
  scope === 'allPhones' ? '' : phoneWords(queryClient, userId, scope.deviceId)

/** Re-reads the subscription lists a write changed (the writes answer without a body). */
function refreshServices(queryClient: QueryClient, userId: string, scope: ServiceScope) {
  return queryClient.invalidateQueries({
    queryKey: scope === 'allPhones' ? keys.services(userId) : keys.deviceServices(userId, scope.deviceId),
  })
}

export function useAddSubscription(userId: string, scope: ServiceScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.services(userId), 'add'],
    scope: scopeOf(userId),
    mutationFn: (item: NewSubscription) => addSubscription(userId, scope, item),
    onMutate: () => cachedServices(queryClient, userId, scope)?.map((s) => s.id) ?? [],
    onSuccess: async (_data, item, ids) => {
      await refreshServices(queryClient, userId, scope)
      // No body: the new subscription is the one the list read afterwards has in addition.
      const added = cachedServices(queryClient, userId, scope)?.find(
        (s) => !ids?.includes(s.id) && s.phoneServiceId === item.phoneServiceId,
      )
      recordWrite(userId, serviceAdded(scope, scopeWords(queryClient, userId, scope), item, added))
    },
  })
}

export function useRemoveSubscription(userId: string, scope: ServiceScope) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.services(userId), 'remove'],
    scope: scopeOf(userId),
    mutationFn: (id: string) => removeSubscription(userId, scope, id),
    onMutate: (id) => cachedServices(queryClient, userId, scope)?.find((s) => s.id === id),
    onSuccess: (_data, _id, removed) => {
      recordWrite(userId, serviceRemoved(scope, scopeWords(queryClient, userId, scope), removed))
      return refreshServices(queryClient, userId, scope)
    },
  })
}
