/** `/options/userPolicy`: what the administrator lets users see and change (needs credentials). */
import type { Rq } from '../http/context.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { LOCALES, MWI_AUDIBLE, MWI_VISUAL, RING, VM_AVOIDANCE, type Options } from '../model/option-lists.ts'
import type { Persona } from '../model/types.ts'
import { ver, xml } from './common.ts'

interface Policy {
  name: string
  value: string
  options?: Options
  range?: [string, string, string]
}

const SHOW_FLAGS = [
  'ShowChangePassword',
  'ShowChangePin',
  'ShowDirectorySearch',
  'ShowApplications',
  'ShowIPPhoneServices',
  'ShowLineLabel',
  'ShowHistorySettings',
  'ShowConferencingScheduler',
  'ShowVoicemailIVROption',
  'ShowMessageWaitingAlertPreference',
  'ShowExternalPhoneSettings',
  'ShowOnlinePhoneGuide',
  'ShowPhoneContacts',
  'ShowRingPreferences',
  'ShowSpeedDials',
  'ShowCalendarPreference',
  'ShowCallHistory',
  'ShowVideoConferencingScheduler',
]

/** The system's policies with the persona's overrides applied. */
export function policies(u: Persona): Policy[] {
  const out: Policy[] = [
    {
      name: 'ShowCallForward',
      value: '1',
      options: [
        ['1', 'Show all settings'],
        ['2', 'Hide all settings'],
        ['3', 'Show only Call Forward All'],
      ],
    },
    ...SHOW_FLAGS.map((name) => ({ name, value: 'true' })),
    { name: 'OnACallRingPreferenceDefault', value: '4', options: RING },
    { name: 'NotOnACallRingPreferenceDefault', value: '4', options: RING },
    { name: 'MessageWaitingAlertAudioPreferenceDefault', value: '1', options: MWI_AUDIBLE },
    { name: 'MessageWaitingAlertVisualPreferenceDefault', value: '1', options: MWI_VISUAL },
    { name: 'UserLocalDefault', value: '1', options: LOCALES },
    { name: 'VoiceMailAvoidancePolicy', value: '0', options: VM_AVOIDANCE },
    { name: 'PhoneServiceDisplay', value: '3' },
    { name: 'EnableAllUserSearch', value: 'true' },
    { name: 'UserSearchLimit', value: '64', range: ['64', '1', '500'] },
    { name: 'NumberofDigitstoMatch', value: '10' },
    { name: 'URILookupPolicy', value: '0' },
  ]
  for (const p of out) {
    const o = u.policy[p.name]
    if (o !== undefined) p.value = o
  }
  return out
}

function userPolicyXml(rq: Rq): XmlNode {
  const base = `${rq.base}/cucm-uds/options/userPolicy`
  return el(
    'userPolicy',
    { uri: base, version: ver(rq, 'userPolicy') },
    policies(rq.user).map((p) =>
      el('policy', { uri: `${base}/${p.name}` }, [
        t('name', p.name),
        t('value', p.value),
        p.options &&
          el(
            'options',
            null,
            p.options.map(([v, n]) => t('option', n, { value: v })),
          ),
        p.range && el('range', null, [t('default', p.range[0]), t('min', p.range[1]), t('max', p.range[2])]),
      ]),
    ),
  )
}

export function policyRoutes(r: ApiRouter): void {
  r.signedIn('/options/userPolicy', { GET: (rq) => xml(userPolicyXml(rq)) })
}
