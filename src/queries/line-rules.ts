/**
 * Each line's busy and no-answer forwarding, and saving one line's rules. Only the extension's detail
 * carries them, so the read takes the (usually cached) list of lines and reads every line's detail at
 * once: with the list cached (after Profile or any page that shows lines) it is one round trip.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { replaceLine } from '../api/extensions/extensions.ts'
import { getLineRules, putLineRules, replaceRules, type RulesPatch } from '../api/extensions/line-rules.ts'
import { lineQueries } from './extensions.ts'
import { recordWrite } from '../lib/change-log.ts'
import { lineRulesChange } from './change-records.ts'
import { keys } from './keys.ts'

export const lineRuleQueries = {
  all: (userId: string) =>
    queryOptions({
      queryKey: keys.lineRules(userId),
      // Not cancelled when its page is left (no abort signal): Profile shows it and Call forwarding
      // needs it, so a read in flight when one hands over to the other carries on rather than starting again.
      queryFn: async ({ client }) => {
        const lines = await client.ensureQueryData(lineQueries.list(userId))
        return Promise.all(lines.map((line) => getLineRules(userId, line.id)))
      },
      staleTime: 60_000,
    }),
}

export interface UpdateRulesVariables {
  lineId: string
  patch: RulesPatch
}

/**
 * Saves one line's rules; the answer (the whole extension) replaces that line in both cached lists.
 * Writes for one user run one at a time.
 */
export function useUpdateLineRules(userId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...keys.lineRules(userId), 'update'],
    scope: { id: `user:${userId}` },
    mutationFn: ({ lineId, patch }: UpdateRulesVariables) => putLineRules(userId, lineId, patch),
    onMutate: ({ lineId }) =>
      queryClient.getQueryData(lineRuleQueries.all(userId).queryKey)?.find((r) => r.lineId === lineId),
    onSuccess: ({ line, rules }, { patch }, before) => {
      recordWrite(userId, lineRulesChange(before, rules, patch))
      queryClient.setQueryData(lineQueries.list(userId).queryKey, (lines) => replaceLine(lines, line))
      queryClient.setQueryData(lineRuleQueries.all(userId).queryKey, (all) => replaceRules(all, rules))
    },
  })
}
