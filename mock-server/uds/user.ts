/**
 * `/user/{userId}`: who the user is, with the settings that apply to all their lines and phones (DND,
 * forward all, locale, missed-call logging) and the primary line. A PUT changes every line / phone.
 */
import type { Rq } from '../http/context.ts'
import { BadInput } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { child, has, scalar } from '../http/xml-read.ts'
import { label, LOCALES } from '../model/option-lists.ts'
import { limitText } from '../model/rules.ts'
import {
  allSame,
  b,
  body,
  fieldsXml,
  NAME_FIELDS,
  opt,
  ORG_FIELDS,
  PHONE_FIELDS,
  phones,
  primaryLine,
  readBool,
  userUri,
  ver,
  xml,
} from './common.ts'
import {
  applyForward,
  applyLineChange,
  forwardXml,
  labelAndLoggingXml,
  prefsXml,
  readForward,
  readLineChange,
  sameForward,
} from './lines.ts'
import { setEverywhere } from '../model/appearances.ts'

function userXml(rq: Rq): XmlNode {
  const u = rq.user
  const f = rq.ctx.feats
  const lines = u.lines
  const ps = phones(u)
  const cfaAll = allSame(lines, (a, c) => sameForward(a.callForwardAll, c.callForwardAll))
  const primary = primaryLine(u)
  const cfa = (primary ?? lines[0])?.callForwardAll ?? { voicemail: false, destination: '' }
  const dndAll = allSame(ps, (a, c) => a.dndEnabled === c.dndEnabled)
  const dnd = ps[0]?.dndEnabled ?? false
  return el('user', { uri: userUri(rq), version: ver(rq, 'user') }, [
    ...fieldsXml(u, NAME_FIELDS),
    f.displayName && t('displayName', u.displayName),
    f.jabberProfile && t('emMaxLoginTime', u.emMaxLoginTime),
    f.jabberProfile && t('allowProvisionEMMaxLoginTime', 'false'),
    ...fieldsXml(u, PHONE_FIELDS),
    t('mobileConnect', b(u.mobileConnect)),
    t('remoteDestinationLimit', String(u.remoteDestinationLimit)),
    t('userLocale', label(LOCALES, u.locale, 'English, United States'), {
      uri: opt(rq, 'installedLocales'),
      value: u.locale,
      appliesToAllDevices: 'true',
    }),
    t('email', u.email),
    t('directoryUri', u.directoryUri),
    t('msUri', u.msUri),
    ...fieldsXml(u, ORG_FIELDS),
    f.selfServiceId && t('selfServiceId', u.selfServiceId),
    t('accountType', u.accountType, { useLdapAuth: b(u.useLdapAuth) }),
    t('homeCluster', b(u.homeCluster), {
      enableImAndPresence: b(u.enableImAndPresence),
      enableCalendarPresence: b(u.enableCalendarPresence),
    }),
    el('imAndPresence', null, [t('server', 'cups.example.com')]),
    primary &&
      el('primaryExtension', { uri: userUri(rq, `/extension/${primary.id}`) }, [
        t('description', primary.description),
        t('directoryNumber', primary.directoryNumber),
        forwardXml('callForwardAllDestination', primary.callForwardAll, 'destination'),
        t('messageWaitingVisualAlert', b(primary.messageWaitingVisualAlert)),
        ...prefsXml(primary, u),
        t('voiceMailPilotNumber', primary.voiceMailPilotNumber),
        ...labelAndLoggingXml(primary, u),
      ]),
    forwardXml('callForwardAllDestination', cfa, 'destination', { appliesToAllExtensions: b(cfaAll) }),
    t('enableDoNotDisturb', b(dnd), { appliesToAllDevices: b(dndAll) }),
    el('serviceProfile', null, [t('uri', `http://tftp.example.com:6970/SPDefault.cnf.xml`)]),
    f.jabberProfile &&
      el('jabberProfile', null, [t('uri', `${rq.base.replace(/:\d+$/, '')}:6972/JAB_${u.id}.cnf.xml`)]),
    el('devices', { uri: userUri(rq, '/devices') }),
    el('credentials', { uri: userUri(rq, '/credentials') }),
    el('extensions', { uri: userUri(rq, '/extensions') }),
    el('subscribedServices', { uri: userUri(rq, '/subscribedServices') }),
    el('speedDials', { uri: userUri(rq, '/speedDials') }),
    // Undocumented extra (newer releases add elements; clients must ignore unknown ones).
    f.conferencing && el('conferencing', { uri: userUri(rq, '/conferencing') }),
  ])
}

async function putUser(rq: Rq): Promise<Response> {
  const u = rq.user
  const bd = await body(rq, 'user')
  const prim = primaryLine(u)
  const primNode = child(bd, 'primaryExtension')
  const primChange = primNode ? readLineChange(primNode, 'destination', false) : undefined
  let locale: string | undefined
  if (has(bd, 'userLocale')) {
    locale = scalar(bd, 'userLocale') ?? ''
    if (locale === '0') locale = ''
    if (locale !== '' && !LOCALES.some(([v]) => v === locale)) throw new BadInput('unknown userLocale')
  }
  const calendar = readBool(bd, 'enableCalendarPresence', false)
  const dnd = readBool(bd, 'enableDoNotDisturb', false)
  const cfa = readForward(bd, 'callForwardAllDestination', 'destination')
  const logMissed = readBool(bd, 'logMissedCalls', true)
  let displayName: string | undefined
  if (rq.ctx.feats.displayNamePut && has(bd, 'displayName')) {
    displayName = limitText(scalar(bd, 'displayName') ?? '', 64, 'displayName')
  }
  // Apply (everything above validated).
  if (prim && primChange) applyLineChange(u, prim, primChange)
  if (locale !== undefined) u.locale = locale
  if (calendar !== undefined) u.enableCalendarPresence = calendar
  if (dnd !== undefined) for (const d of phones(u)) d.dndEnabled = dnd
  if (cfa) for (const l of u.lines) applyForward(l.callForwardAll, cfa)
  if (logMissed !== undefined) for (const l of u.lines) setEverywhere(u, l, { logMissedCalls: logMissed })
  if (displayName !== undefined)
    u.displayName = displayName === '' ? `${u.firstName} ${u.lastName}`.trim() : displayName
  return xml(userXml(rq))
}

export function userRoutes(r: ApiRouter): void {
  r.own('', { GET: (rq) => xml(userXml(rq)), PUT: putUser })
}
