/** A change in plain words: what changed, and each value ("Not forwarded", "07700 900123"). */
import type { RuleKind } from '../../api/extensions/line-rules.ts'
import type { Preference } from '../../api/extensions/line-settings.ts'
import type {
  NewRemoteDestination,
  RemoteDestinationPatch,
} from '../../api/remote-destinations/remote-destinations.ts'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import type { Change, Forward, LineSettingValues, Locale, PhoneDndValues } from '../../lib/change-log.ts'
import { scheduleSentence } from '../../lib/schedule-words.ts'
import { ltr } from '../../i18n/format.ts'
import { changesMessages as m } from './messages.ts'
import type { ChangeValue } from './undo.ts'

export function whatChanged(change: Change): string {
  switch (change.kind) {
    case 'displayName':
      return m.displayName
    case 'language':
      return m.language
    case 'doNotDisturb':
      return m.doNotDisturb
    case 'forwardAll':
      return m.forwardAll
    case 'lineForward':
      return m.lineForward(change.line)
    case 'lineRules':
      return m.lineRules(change.line)
    case 'phoneName':
      return m.phoneName(change.phone)
    case 'phoneDnd':
      return m.phoneDnd(change.phone)
    case 'lineSettings':
      return m.lineSettings(change.line, change.phone)
    case 'speedDials':
      return m.speedDials(change.phone)
    case 'snrPhone':
    case 'snrList':
      return m.snrPhone(change.phone)
    case 'service':
      return m.service(change.service, change.phone)
    case 'secret':
      return m.secret[change.secret]
  }
}

const forwardWords = (f: Forward, unset = m.notForwarded) =>
  f.toVoicemail ? m.voicemail : ltr(f.destination) || unset

function rulesWords(rules: Partial<Record<RuleKind, Forward>>): string {
  return (Object.entries(rules) as [RuleKind, Forward][])
    .map(([kind, f]) => m.labelled(m.rules[kind], forwardWords(f, m.adminSetting)))
    .join('; ')
}

function settingsWords(values: LineSettingValues): string {
  const parts: string[] = []
  if (values.label !== undefined) parts.push(m.labelled(m.label, values.label || m.notSet))
  for (const [p, v] of Object.entries(values.preferences ?? {}) as [
    Preference,
    { value: string; name: string },
  ][])
    parts.push(m.labelled(m.preferences[p], v.name || v.value || m.systemDefault))
  if (values.logMissedCalls !== undefined) parts.push(m.missedCalls(values.logMissedCalls))
  return parts.join('; ')
}

/** The positions whose entries differ between two lists. */
export function changedPositions(a: readonly SpeedDial[], b: readonly SpeedDial[]): number[] {
  const positions = new Set([...a, ...b].map((s) => s.index))
  const key = (list: readonly SpeedDial[], i: number) => {
    const s = list.find((d) => d.index === i)
    return s ? `${s.label}\u0000${s.number}` : ''
  }
  return [...positions].filter((i) => key(a, i) !== key(b, i)).sort((x, y) => x - y)
}

function speedDialWords(list: readonly SpeedDial[], positions: number[]): string {
  if (positions.length === 0) return list.length === 0 ? m.noSpeedDials : m.none
  return positions
    .map((i) => {
      const s = list.find((d) => d.index === i)
      return s ? m.speedDial(i, s.label, ltr(s.number)) : m.speedDialEmpty(i)
    })
    .join('; ')
}

function snrWords(values: RemoteDestinationPatch): string {
  const parts: string[] = []
  if (values.name !== undefined) parts.push(m.labelled(m.name, values.name))
  if (values.number !== undefined) parts.push(m.labelled(m.number, ltr(values.number)))
  if (values.ringWhenExtensionDialed !== undefined)
    parts.push(values.ringWhenExtensionDialed ? m.rings : m.doesNotRing)
  if (values.schedule !== undefined) parts.push(scheduleSentence(values.schedule))
  if (values.allowTransferToMobile !== undefined) parts.push(m.transfer(values.allowTransferToMobile))
  if (values.allowControlFromApplication !== undefined)
    parts.push(m.control(values.allowControlFromApplication))
  return parts.join('; ')
}

/**
 * One value of a change in words. For speed dials only the positions that differ between the
 * change's before and after (and `also`, e.g. the list now) are named.
 */
export function valueWords(change: Change, value: ChangeValue, also?: ChangeValue): string {
  let words = ''
  switch (change.kind) {
    case 'displayName':
      words = (value as string) || m.notSet
      break
    case 'language': {
      const locale = value as Locale
      words = locale.name || locale.id || m.systemDefault
      break
    }
    case 'doNotDisturb':
      words = value ? m.on : m.off
      break
    case 'forwardAll':
    case 'lineForward':
      words = forwardWords(value as Forward)
      break
    case 'lineRules':
      words = rulesWords(value as Partial<Record<RuleKind, Forward>>)
      break
    case 'phoneName':
      words = (value as string) || m.adminName
      break
    case 'phoneDnd': {
      const dnd = value as PhoneDndValues
      words = [dnd.optionName || dnd.option, dnd.alertName].filter(Boolean).join('; ') || m.systemDefault
      break
    }
    case 'lineSettings':
      words = settingsWords(value as LineSettingValues)
      break
    case 'speedDials': {
      const extra = Array.isArray(also) ? changedPositions(also as SpeedDial[], change.after) : []
      const positions = [...new Set([...changedPositions(change.before, change.after), ...extra])]
      words = speedDialWords(
        value as SpeedDial[],
        positions.sort((x, y) => x - y),
      )
      break
    }
    case 'snrPhone':
      words = snrWords(value as RemoteDestinationPatch)
      break
    case 'snrList': {
      const entry = value as NewRemoteDestination | null
      words = entry
        ? m.snrEntryWhen(m.snrEntry(entry.name, ltr(entry.number)), scheduleSentence(entry.schedule))
        : m.notThere
      break
    }
    case 'service':
      words = value ? m.serviceAdded : m.serviceNotAdded
      break
    case 'secret':
      words = ''
  }
  return words || m.none
}
