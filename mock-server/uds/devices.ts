/**
 * `/user/{userId}/devices` and `/device/{id}`: the user's phones, soft clients and remote destination
 * profile; a PUT changes the user's own description (when `editable`) and the phone's DND settings.
 */
import type { Rq } from '../http/context.ts'
import { query } from '../http/context.ts'
import { BadInput } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { attrOf, child, has, scalar } from '../http/xml-read.ts'
import { DND, label, LOCALES } from '../model/option-lists.ts'
import { limitText } from '../model/rules.ts'
import type { Device } from '../model/types.ts'
import {
  b,
  body,
  deviceDescription,
  findDevice,
  opt,
  primaryLine,
  readBool,
  userUri,
  ver,
  xml,
} from './common.ts'

const RING_SETTINGS = [
  ['0', 'Disable'],
  ['1', 'Flash Only'],
  ['2', 'Beep Only'],
]

function descriptionXml(rq: Rq, d: Device): XmlNode {
  return t('description', deviceDescription(d), {
    editable: b(d.editable),
    source: rq.ctx.feats.descriptionSource ? (d.userDescription === null ? 'admin' : 'user') : undefined,
  })
}

function deviceItemXml(rq: Rq, d: Device): XmlNode {
  return el('device', { uri: userUri(rq, `/device/${d.id}`) }, [
    t('id', d.id),
    t('name', d.name),
    t('type', d.type),
    t('model', d.model),
    descriptionXml(rq, d),
    t('protocol', d.protocol),
  ])
}

function deviceDetailXml(rq: Rq, d: Device): XmlNode {
  const primary = primaryLine(rq.user)
  return el(
    'device',
    {
      uri: userUri(rq, `/device/${d.id}`),
      version: ver(rq, 'device'),
      hasPrimaryNumber: b(primary !== undefined && d.lineIds.includes(primary.id)),
    },
    [
      t('id', d.id),
      t('name', d.name),
      t('type', d.type),
      descriptionXml(rq, d),
      t('model', d.model),
      t('protocol', d.protocol),
      t('requireCerLocation', 'false'),
      el('doNotDisturbSettings', null, [
        t('enable', b(d.dndEnabled)),
        t('option', label(DND, d.dndOption, 'Ringer Off'), { value: d.dndOption }),
        el(
          'supportedDndOptions',
          null,
          DND.map(([v, n]) => t('option', n, { value: v })),
        ),
        el('incomingCallAlertSetting', { value: d.dndAlert }, [
          el(
            'supportedRingSettings',
            null,
            RING_SETTINGS.map(([v, n]) => t('option', n ?? '', { value: v })),
          ),
        ]),
      ]),
      el('userGuide', {
        uri: `https://www.cisco.com/c/en/us/support/collaboration-endpoints/${encodeURIComponent(d.model)}.pdf`,
      }),
      t('phoneLocale', label(LOCALES, rq.user.locale, 'English, United States'), {
        uri: opt(rq, 'installedLocales'),
        value: rq.user.locale === '' ? '1' : rq.user.locale,
      }),
      el('extensions', { uri: userUri(rq, `/device/${d.id}/extensions`) }),
      el('subscribedServices', { uri: userUri(rq, `/device/${d.id}/subscribedServices`) }),
      el('speedDials', { uri: userUri(rq, `/device/${d.id}/speedDials`) }),
    ],
  )
}

function getDevices(rq: Rq): Response {
  let devs = rq.user.devices
  const model = query(rq).get('model')
  if (model !== undefined) {
    const m = model.replace(/^"(.*)"$/, '$1').toLowerCase()
    devs = devs.filter((d) => d.model.toLowerCase() === m)
  }
  return xml(
    el(
      'devices',
      { uri: userUri(rq, '/devices'), version: ver(rq, 'devices') },
      devs.map((d) => deviceItemXml(rq, d)),
    ),
  )
}

async function putDevice(rq: Rq): Promise<Response> {
  const d = findDevice(rq, rq.param('device'))
  const bd = await body(rq, 'device')
  let description: string | null | undefined
  if (has(bd, 'description')) {
    if (!d.editable) throw new BadInput('the description of this device is not editable')
    const v = scalar(bd, 'description') ?? ''
    description = v === '' ? null : limitText(v, 128, 'description')
  }
  const dndNode = child(bd, 'doNotDisturbSettings')
  let dnd: boolean | undefined
  let dndOption: string | undefined
  let dndAlert: string | undefined
  if (dndNode) {
    // Absent = unchanged, as everywhere in a UDS PUT (setting the option alone leaves DND as it is).
    if (has(dndNode, 'enable')) dnd = readBool(dndNode, 'enable', false)
    if (has(dndNode, 'incomingCallAlertSetting')) {
      const v =
        attrOf(dndNode, 'incomingCallAlertSetting', 'value') ??
        scalar(dndNode, 'incomingCallAlertSetting') ??
        ''
      if (v !== '' && !RING_SETTINGS.some(([o]) => o === v)) throw new BadInput('unknown incoming call alert')
      dndAlert = v === '' ? '0' : v
    }
    if (has(dndNode, 'option')) {
      const v = attrOf(dndNode, 'option', 'value') ?? scalar(dndNode, 'option') ?? ''
      if (v !== '' && !DND.some(([o]) => o === v)) throw new BadInput('unknown DND option')
      dndOption = v === '' ? '0' : v
    }
  }
  if (description !== undefined) d.userDescription = description
  if (dnd !== undefined) d.dndEnabled = dnd
  if (dndOption !== undefined) d.dndOption = dndOption
  if (dndAlert !== undefined) d.dndAlert = dndAlert
  return xml(deviceDetailXml(rq, d))
}

export function deviceRoutes(r: ApiRouter): void {
  r.own('/devices', { GET: getDevices })
  r.own('/device/:device', {
    GET: (rq) => xml(deviceDetailXml(rq, findDevice(rq, rq.param('device')))),
    PUT: putDevice,
  })
}
