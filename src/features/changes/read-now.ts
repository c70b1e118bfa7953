/**
 * The lost-update guard's read: the value a change touched, as the phone system has it now (read
 * past the cache, which the answer then refreshes), in the shape of the change's "after".
 */
import type { QueryClient } from '@tanstack/react-query'
import type { Change } from '../../lib/change-log.ts'
import {
  dndValues,
  lineSettingValues,
  snrEntry,
  snrValues,
  subscriptionOf,
} from '../../queries/change-records.ts'
import { lineQueries } from '../../queries/extensions.ts'
import { lineRuleQueries } from '../../queries/line-rules.ts'
import { phoneQueries } from '../../queries/phones.ts'
import { remoteDestinationQueries } from '../../queries/remote-destinations.ts'
import { readServerList } from '../../queries/speed-dial-save.ts'
import { userQueries } from '../../queries/user.ts'
import type { RuleKind } from '../../api/extensions/line-rules.ts'
import type { LineSettingsPatch } from '../../api/extensions/line-settings.ts'
import type { RemoteDestinationPatch } from '../../api/remote-destinations/remote-destinations.ts'
import type { ChangeValue } from './undo.ts'

const fresh = { staleTime: 0 } as const

export async function readNow(
  queryClient: QueryClient,
  userId: string,
  change: Change,
): Promise<ChangeValue> {
  switch (change.kind) {
    case 'displayName':
    case 'language':
    case 'doNotDisturb':
    case 'forwardAll': {
      const user = await queryClient.fetchQuery({ ...userQueries.detail(userId), ...fresh })
      if (change.kind === 'displayName') return user.displayName ?? ''
      if (change.kind === 'language') return { id: user.localeId, name: user.localeName }
      if (change.kind === 'doNotDisturb') return user.doNotDisturb
      return { toVoicemail: user.callForward.toVoicemail, destination: user.callForward.destination }
    }
    case 'lineForward': {
      const lines = await queryClient.fetchQuery({ ...lineQueries.list(userId), ...fresh })
      const cf = lines.find((l) => l.id === change.lineId)?.callForward
      return { toVoicemail: cf?.toVoicemail ?? false, destination: cf?.destination ?? '' }
    }
    case 'lineRules': {
      const all = await queryClient.fetchQuery({ ...lineRuleQueries.all(userId), ...fresh })
      const rules = all.find((r) => r.lineId === change.lineId)?.rules
      const now: Partial<Record<RuleKind, { toVoicemail: boolean; destination: string }>> = {}
      for (const kind of Object.keys(change.after) as RuleKind[])
        now[kind] = {
          toVoicemail: rules?.[kind].toVoicemail ?? false,
          destination: rules?.[kind].destination ?? '',
        }
      return now
    }
    case 'phoneName':
    case 'phoneDnd': {
      const device = await queryClient.fetchQuery({
        ...phoneQueries.detail(userId, change.deviceId),
        ...fresh,
      })
      if (change.kind === 'phoneName') return device?.description ?? ''
      return device ? dndValues(device) : { option: '', optionName: '', alert: '', alertName: '' }
    }
    case 'lineSettings': {
      const lines = await queryClient.fetchQuery({ ...phoneQueries.lines(userId, change.deviceId), ...fresh })
      const line = lines?.find((l) => l.id === change.lineId)
      if (!line) return {}
      const patch: LineSettingsPatch = {
        label: change.after.label,
        logMissedCalls: change.after.logMissedCalls,
        preferences: Object.fromEntries(Object.keys(change.after.preferences ?? {}).map((p) => [p, ''])),
      }
      return lineSettingValues(line, patch)
    }
    case 'speedDials':
      return (await readServerList(queryClient, userId, change.target)) ?? []
    case 'snrPhone':
    case 'snrList': {
      const list = await queryClient.fetchQuery({ ...remoteDestinationQueries.list(userId), ...fresh })
      const phone = list.find((p) => p.id === change.itemId)
      if (change.kind === 'snrList') return phone ? snrEntry(phone) : null
      return phone ? snrValues(phone, Object.keys(change.after) as (keyof RemoteDestinationPatch)[]) : {}
    }
    case 'service': {
      const scope = change.scope
      const services =
        scope === 'allPhones'
          ? (await queryClient.fetchQuery({ ...phoneQueries.userServices(userId), ...fresh })).services
          : ((await queryClient.fetchQuery({
              ...phoneQueries.deviceServices(userId, scope.deviceId),
              ...fresh,
            })) ?? [])
      const item = change.after
        ? services.find((s) => s.phoneServiceId === change.after?.phoneServiceId)
        : services.find((s) => s.id === change.itemId)
      return item ? subscriptionOf(item) : null
    }
    case 'secret':
      return null
  }
}
