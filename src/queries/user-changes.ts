/**
 * What a user PUT and a line's forward record in "Your changes" (kept apart from the other writes' records: the sign-in
 * page loads the user and line queries, so this is all of it that the first page carries).
 */
import type { Line } from '../api/extensions/extensions.ts'
import type { User, UserPatch } from '../api/user/user.ts'
import type { ChangeDetail, Forward } from '../lib/change-log.ts'

export const forward = (f: Forward): Forward => ({ toVoicemail: f.toVoicemail, destination: f.destination })
export const sameForward = (a: Forward, b: Forward) =>
  a.toVoicemail === b.toVoicemail && a.destination === b.destination

/** A user PUT: display name, language, do not disturb, forwarding of all lines. */
export function userChanges(
  before: User | undefined,
  after: User,
  patch: UserPatch,
  linesBefore: Line[] | undefined,
): ChangeDetail[] {
  if (!before) return []
  const out: ChangeDetail[] = []
  if (patch.displayName !== undefined && (before.displayName ?? '') !== (after.displayName ?? ''))
    out.push({ kind: 'displayName', before: before.displayName ?? '', after: after.displayName ?? '' })
  if (patch.localeId !== undefined && before.localeId !== after.localeId)
    out.push({
      kind: 'language',
      before: { id: before.localeId, name: before.localeName },
      after: { id: after.localeId, name: after.localeName },
    })
  if (patch.doNotDisturb !== undefined && before.doNotDisturb !== after.doNotDisturb)
    out.push({ kind: 'doNotDisturb', before: before.doNotDisturb, after: after.doNotDisturb })
  if (patch.callForward) {
    if (before.callForwardAllLines || !linesBefore) {
      if (!before.callForwardAllLines || !sameForward(before.callForward, after.callForward))
        out.push({
          kind: 'forwardAll',
          before: forward(before.callForward),
          after: forward(after.callForward),
        })
    } else {
      // The lines differed: each line's own earlier forward is what an undo puts back.
      for (const line of linesBefore)
        if (!sameForward(line.callForward, after.callForward))
          out.push({
            kind: 'lineForward',
            lineId: line.id,
            line: line.directoryNumber,
            before: forward(line.callForward),
            after: forward(after.callForward),
          })
    }
  }
  return out
}

/** One line's forward-all. */
export function lineForwardChange(before: Line | undefined, after: Line): ChangeDetail | null {
  if (!before || sameForward(before.callForward, after.callForward)) return null
  return {
    kind: 'lineForward',
    lineId: after.id,
    line: after.directoryNumber,
    before: forward(before.callForward),
    after: forward(after.callForward),
  }
}
