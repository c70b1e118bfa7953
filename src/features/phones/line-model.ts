/**
 * One line's settings form on one phone: its values from the server (a preference not set shows as
 * the list's system-default choice), the choices of each list in plain words, and the patch of only
 * what the user changed.
 */
import type { Option } from '../../api/system/system.ts'
import type { OptionListName } from '../../api/system/option-lists.ts'
import {
  PREFERENCES,
  type LineSettingsPatch,
  type PhoneLine,
  type Preference,
} from '../../api/extensions/line-settings.ts'
import { isSystemDefault, optionWords } from './messages.ts'

export interface LineValues {
  label: string
  mwiVisual: string
  mwiAudible: string
  ringIdle: string
  ringBusy: string
  logMissedCalls: boolean
}

export const PREFERENCE_KEYS = Object.keys(PREFERENCES) as Preference[]

/** A preference's choices: those the line lists inline, else the server's `/options` list; in plain words. */
export function choicesFor(
  line: PhoneLine,
  preference: Preference,
  optionLists: Record<OptionListName, Option[]>,
): { value: string; label: string }[] {
  const list = PREFERENCES[preference]
  const setting = line.settings.preferences[preference]
  const options = setting.options.length > 0 ? setting.options : optionLists[list]
  const choices = options.map((o) => ({ value: o.value, label: optionWords(list, o.value, o.name) }))
  const current = shownValue(line, preference, optionLists)
  if (!choices.some((c) => c.value === current))
    choices.unshift({ value: current, label: optionWords(list, current, setting.name) })
  return choices
}

/** The value a preference shows as: not set ('') is the list's own system-default choice when it has one. */
export function shownValue(
  line: PhoneLine,
  preference: Preference,
  optionLists: Record<OptionListName, Option[]>,
): string {
  const list = PREFERENCES[preference]
  const setting = line.settings.preferences[preference]
  if (setting.value !== '') return setting.value
  const options = setting.options.length > 0 ? setting.options : optionLists[list]
  return options.find((o) => isSystemDefault(list, o.value) && o.value !== '')?.value ?? ''
}

export function lineValues(line: PhoneLine, optionLists: Record<OptionListName, Option[]>): LineValues {
  return {
    label: line.settings.label,
    mwiVisual: shownValue(line, 'mwiVisual', optionLists),
    mwiAudible: shownValue(line, 'mwiAudible', optionLists),
    ringIdle: shownValue(line, 'ringIdle', optionLists),
    ringBusy: shownValue(line, 'ringBusy', optionLists),
    logMissedCalls: line.settings.logMissedCalls,
  }
}

/** Only the fields that differ from what the server has (absent = unchanged); those hidden are never sent. */
export function linePatch(
  values: LineValues,
  initial: LineValues,
  shown: { label: boolean; mwi: boolean; ring: boolean; history: boolean },
): LineSettingsPatch {
  const patch: LineSettingsPatch = {}
  if (shown.label && values.label !== initial.label) patch.label = values.label
  const preferences: Partial<Record<Preference, string>> = {}
  const show: Record<Preference, boolean> = {
    mwiVisual: shown.mwi,
    mwiAudible: shown.mwi,
    ringIdle: shown.ring,
    ringBusy: shown.ring,
  }
  for (const p of PREFERENCE_KEYS) if (show[p] && values[p] !== initial[p]) preferences[p] = values[p]
  if (Object.keys(preferences).length > 0) patch.preferences = preferences
  if (shown.history && values.logMissedCalls !== initial.logMissedCalls)
    patch.logMissedCalls = values.logMissedCalls
  return patch
}
