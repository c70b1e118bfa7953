/** `GET /options`: the option lists the line and DND settings choose from (uds-api §2.5), by list name. */
import { request } from '../client.ts'
import { element, type XmlObject } from '../xml.ts'
import { parseOptions, type Option } from './system.ts'

export const LINE_OPTION_LISTS = [
  'messageWaitingVisualAlertPreference',
  'messageWaitingAudibleAlertPreference',
  'onACallRingPreference',
  'notOnACallRingPreference',
  'doNotDisturbSettings',
] as const
export type OptionListName = (typeof LINE_OPTION_LISTS)[number]

/** Each known list as `{value, name}` items; a list the server leaves out is empty. */
export function parseOptionLists(root: XmlObject): Record<OptionListName, Option[]> {
  return Object.fromEntries(
    LINE_OPTION_LISTS.map((name) => [name, parseOptions(element(root, name) ?? {})]),
  ) as Record<OptionListName, Option[]>
}

export async function getOptionLists(signal?: AbortSignal): Promise<Record<OptionListName, Option[]>> {
  const res = await request({ path: '/options', auth: false, signal, label: 'GET options' }, 'options')
  return parseOptionLists(res.root!)
}
