/**
 * Single Number Reach: `/user/{userId}/remoteDestinations` and `/remoteDestination[/{id}]`. A remote
 * destination rings on the user's remote destination profile (or CTI remote device), optionally on a
 * weekly schedule (model/schedule.ts). Name 50, number 24 digits with an optional leading `+`.
 */
import { created, noContent, type Rq } from '../http/context.ts'
import { BadInput, Conflict, NotFound } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { attrOf, child, has, list, scalar, type XmlObject } from '../http/xml-read.ts'
import { remoteDestination } from '../model/defaults.ts'
import { label, RD_USAGE } from '../model/option-lists.ts'
import { limitText, RD_NUMBER_RE } from '../model/rules.ts'
import { readSchedule, scheduleXml } from '../model/schedule.ts'
import { DEFAULT_TIME_ZONE, type Device, type Persona, type RemoteDestination } from '../model/types.ts'
import { b, body, deviceDescription, opt, readBool, userUri, ver, xml } from './common.ts'

type RdChange = Partial<Omit<RemoteDestination, 'id'>>

function remoteDestinationXml(rq: Rq, r: RemoteDestination, detail: boolean): XmlNode {
  const d = rq.user.devices.find((x) => x.id === r.deviceId)
  return el(
    'remoteDestination',
    {
      uri: userUri(rq, `/remoteDestination/${r.id}`),
      version: detail ? ver(rq, 'remoteDestination') : undefined,
    },
    [
      t('id', r.id),
      t('name', r.name),
      t('destination', r.destination),
      t('ringWhenExtensionDialed', b(r.ringWhenExtensionDialed)),
      t('allowTransferToMobile', b(r.allowTransferToMobile)),
      t('allowControlFromApplication', b(r.allowControlFromApplication)),
      el('associatedDevices', null, [
        el('associatedDevice', null, [
          t('usage', label(RD_USAGE, r.usage, 'Single Number Reach'), {
            uri: opt(rq, 'remoteDestinationUsage'),
            value: r.usage,
          }),
          t('name', d?.name ?? ''),
          t('description', d ? deviceDescription(d) : ''),
          rq.ctx.feats.remoteDestinationModel && t('model', d?.model ?? ''),
          detail &&
            el(
              'associatedExtensions',
              null,
              (d?.lineIds ?? []).map((id) =>
                t('associatedExtension', rq.user.lines.find((l) => l.id === id)?.directoryNumber ?? '', {
                  enable: 'true',
                }),
              ),
            ),
        ]),
      ]),
      detail &&
        el('advancedSettings', null, [
          t('delayBeforeRingTimer', r.delayBeforeRingTimer),
          el('voiceMailAvoidanceSettings', null, [
            t('answerTooSoonTimer', r.answerTooSoonTimer),
            t('voiceMailAvoidancePolicy', 'Use System Default', {
              uri: opt(rq, 'voiceMailAvoidancePolicy'),
              value: '0',
            }),
          ]),
          t('answerTooLateTimer', r.answerTooLateTimer),
        ]),
      scheduleXml(r.schedule),
    ],
  )
}

function findRd(rq: Rq): RemoteDestination {
  const r = rq.user.remoteDestinations.find((x) => x.id === rq.param('id'))
  if (!r) throw new NotFound('remote destination not found')
  return r
}

/** The devices a remote destination can ring on: remote destination profiles and CTI remote devices. */
function profiles(u: Persona): Device[] {
  return u.devices.filter((d) => d.kind === 'rdp' || d.kind === 'ctiRd')
}

function readAssociatedDevice(rq: Rq, bd: XmlObject, c: RdChange): void {
  const ads = child(bd, 'associatedDevices')
  if (!ads) return
  const items = list(ads, 'associatedDevice')
  if (items.length > 1) throw new BadInput('only one associatedDevice is supported')
  const item = items[0]
  if (!item) return
  const n = scalar(item, 'name')
  if (n !== undefined && n !== '') {
    const d = profiles(rq.user).find((x) => x.name === n)
    if (!d)
      throw new BadInput(
        'associatedDevice is not a remote destination profile or CTI remote device of this user',
      )
    c.deviceId = d.id
  }
  if (has(item, 'usage')) {
    const v = attrOf(item, 'usage', 'value') ?? scalar(item, 'usage') ?? ''
    if (v !== '' && !RD_USAGE.some(([o]) => o === v)) throw new BadInput('unknown usage')
    c.usage = v === '' ? '0' : v
  }
}

/** Read the changes of a POST or PUT body (validated, not applied; absent = unchanged). */
function readRd(rq: Rq, bd: XmlObject): RdChange {
  const c: RdChange = {}
  const name = scalar(bd, 'name')
  if (name !== undefined) {
    if (name === '') throw new BadInput('<name> must not be empty')
    c.name = limitText(name, 50, 'name')
  }
  const dest = scalar(bd, 'destination') ?? scalar(bd, 'destinationNumber')
  if (dest !== undefined) {
    if (!RD_NUMBER_RE.test(dest))
      throw new BadInput('<destination> must be digits with an optional leading +')
    c.destination = limitText(dest, 24, 'destination')
  }
  c.ringWhenExtensionDialed = readBool(bd, 'ringWhenExtensionDialed', true)
  c.allowTransferToMobile = readBool(bd, 'allowTransferToMobile', true)
  c.allowControlFromApplication = readBool(bd, 'allowControlFromApplication', false)
  readAssociatedDevice(rq, bd, c)
  const sch = readSchedule(bd, DEFAULT_TIME_ZONE)
  if (sch !== undefined) c.schedule = sch
  return c
}

function applyRd(r: RemoteDestination, c: RdChange): void {
  for (const [k, v] of Object.entries(c)) if (v !== undefined) Object.assign(r, { [k]: v })
}

/** Numbers compared without a leading `+`. */
function sameNumber(a: string, c: string): boolean {
  return a.replace(/^\+/, '') === c.replace(/^\+/, '')
}

/** POST `/remoteDestination[/{anything}]`: the trailing id is ignored. */
async function postRd(rq: Rq): Promise<Response> {
  const u = rq.user
  const c = readRd(rq, await body(rq, 'remoteDestination'))
  const ps = profiles(u)
  if (ps.length === 0) throw new BadInput('the user has no remote destination profile or CTI remote device')
  if (c.name === undefined) throw new BadInput('<name> is required')
  if (c.destination === undefined) throw new BadInput('<destination> is required')
  if (c.deviceId === undefined) {
    if (ps.length !== 1)
      throw new BadInput('<associatedDevices> is required when the user has several profiles')
    c.deviceId = ps[0]?.id
  }
  if (u.remoteDestinations.some((r) => sameNumber(r.destination, c.destination ?? ''))) {
    throw new Conflict('the user already has this remote destination; use PUT')
  }
  if (u.remoteDestinations.length >= u.remoteDestinationLimit)
    throw new Conflict('remoteDestinationLimit reached')
  const r = remoteDestination({ id: rq.ctx.nextId('e1') })
  applyRd(r, c)
  u.remoteDestinations.push(r)
  return created(userUri(rq, `/remoteDestination/${r.id}`))
}

async function putRd(rq: Rq): Promise<Response> {
  const r = findRd(rq)
  const c = readRd(rq, await body(rq, 'remoteDestination'))
  const dest = c.destination
  if (
    dest !== undefined &&
    rq.user.remoteDestinations.some((x) => x !== r && sameNumber(x.destination, dest))
  ) {
    throw new Conflict('another remote destination has this number')
  }
  applyRd(r, c)
  return xml(remoteDestinationXml(rq, r, true))
}

export function remoteDestinationRoutes(r: ApiRouter): void {
  r.own('/remoteDestinations', {
    GET: (rq) =>
      xml(
        el(
          'remoteDestinations',
          { version: ver(rq, 'remoteDestinations'), uri: userUri(rq, '/remoteDestinations') },
          rq.user.remoteDestinations.map((x) => remoteDestinationXml(rq, x, false)),
        ),
      ),
  })
  r.own('/remoteDestination', { POST: postRd })
  r.own('/remoteDestination/:id', {
    GET: (rq) => xml(remoteDestinationXml(rq, findRd(rq), true)),
    PUT: putRd,
    POST: postRd,
    DELETE: (rq) => {
      const x = findRd(rq)
      rq.user.remoteDestinations = rq.user.remoteDestinations.filter((y) => y !== x)
      return noContent()
    },
  })
}
