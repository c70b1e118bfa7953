/**
 * Speed dials, per phone (`/device/{id}/speedDials`, `/device/{id}/speedDial[/{id}]`) and for the user
 * (`/speedDials`): the user-level list is "unified" (`appliesToAllDevices`) only while every phone's
 * list is the same, and user-level writes act on every phone. Index 1-99, label 30, number 50.
 */
import { created, noContent, query, type Rq } from '../http/context.ts'
import { BadInput, Conflict, NotFound } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { list, scalar, type XmlObject } from '../http/xml-read.ts'
import { DIAL_RE, limitText } from '../model/rules.ts'
import type { Device, Persona, SpeedDial } from '../model/types.ts'
import { allSame, b, body, deviceDescription, findDevice, phones, userUri, ver, xml } from './common.ts'

type NewSpeedDial = Omit<SpeedDial, 'id'>

const INDEX_RE = /^[0-9]{1,2}$/

function readSpeedDial(item: XmlObject): NewSpeedDial & { id?: string } {
  const index = scalar(item, 'index')
  const number = scalar(item, 'number')
  const lab = scalar(item, 'label') ?? ''
  if (index === undefined || index === '') throw new BadInput('<index> is required')
  if (!INDEX_RE.test(index) || Number(index) < 1) throw new BadInput('<index> must be 1-99')
  if (number === undefined || number === '') throw new BadInput('<number> is required')
  if (!DIAL_RE.test(number)) throw new BadInput('<number> may only contain digits, + * # and ,')
  limitText(number, 50, 'number')
  limitText(lab, 30, 'label')
  const id = scalar(item, 'id')
  return { index: Number(index), number, label: lab, ...(id ? { id } : {}) }
}

/** A `<speedDials>` body: each index at most once. */
function readSpeedDialList(bd: XmlObject): NewSpeedDial[] {
  const items = list(bd, 'speedDial').map((i) => readSpeedDial(i))
  const seen = new Set<number>()
  for (const i of items) {
    if (seen.has(i.index)) throw new BadInput('duplicate <index> in the request')
    seen.add(i.index)
  }
  return items.map(({ index, number, label }) => ({ index, number, label }))
}

function sortedDials(dials: SpeedDial[]): SpeedDial[] {
  return [...dials].sort((a, c) => a.index - c.index)
}

function speedDialKey(dials: SpeedDial[]): string {
  return JSON.stringify(sortedDials(dials).map((s) => [s.index, s.number, s.label]))
}

function unified(u: Persona): boolean {
  const ps = phones(u)
  return ps.length > 0 && allSame(ps, (a, c) => speedDialKey(a.speedDials) === speedDialKey(c.speedDials))
}

function speedDialXml(rq: Rq, d: Device | null, s: SpeedDial): XmlNode {
  return el('speedDial', d ? { uri: userUri(rq, `/device/${d.id}/speedDial/${s.id}`) } : null, [
    d && t('id', s.id),
    t('index', String(s.index)),
    t('number', s.number),
    t('label', s.label),
  ])
}

/** The phones of a user-level list, each with the URI of its own list (speed dials or services). */
export function phoneLinksXml(rq: Rq, resource: 'speedDials' | 'subscribedServices'): XmlNode {
  return el(
    'devices',
    null,
    phones(rq.user).map((d) =>
      el('device', {
        name: d.name,
        description: deviceDescription(d),
        [`${resource}Uri`]: userUri(rq, `/device/${d.id}/${resource}`),
      }),
    ),
  )
}

function userSpeedDialsXml(rq: Rq): XmlNode {
  const uni = unified(rq.user)
  const first = phones(rq.user)[0]
  const dials = uni && first ? sortedDials(first.speedDials) : []
  return el('userSpeedDials', { uri: userUri(rq, '/speedDials'), version: ver(rq, 'speedDials') }, [
    el(
      'speedDials',
      { appliesToAllDevices: b(uni), totalCount: String(dials.length) },
      dials.map((s) => speedDialXml(rq, null, s)),
    ),
    phoneLinksXml(rq, 'speedDials'),
  ])
}

function deviceSpeedDialsXml(rq: Rq, d: Device): XmlNode {
  let dials = sortedDials(d.speedDials)
  const q = query(rq)
  const idx = q.get('index')
  const num = q.get('number')
  if (idx !== undefined) dials = dials.filter((s) => String(s.index) === idx)
  if (num !== undefined) dials = dials.filter((s) => s.number === num)
  return el(
    'speedDials',
    {
      totalCount: String(dials.length),
      uri: userUri(rq, `/device/${d.id}/speedDials`),
      version: ver(rq, 'speedDials'),
    },
    dials.map((s) => speedDialXml(rq, d, s)),
  )
}

/** The phones a list request acts on: the one in the path, or every phone of the user. */
function targets(rq: Rq): Device[] {
  const id = rq.param('device')
  return id ? [findDevice(rq, id)] : phones(rq.user)
}

async function postSpeedDials(rq: Rq): Promise<Response> {
  const devs = targets(rq)
  const items = readSpeedDialList(await body(rq, 'speedDials'))
  if (items.length === 0) throw new BadInput('at least one <speedDial> is required')
  for (const d of devs) {
    if (d.speedDials.some((s) => items.some((i) => i.index === s.index)))
      throw new Conflict('a speed dial with this index exists')
  }
  for (const d of devs) for (const i of items) d.speedDials.push({ ...i, id: rq.ctx.nextId('5d') })
  const id = rq.param('device')
  return created(userUri(rq, id ? `/device/${id}/speedDials` : '/speedDials'))
}

async function putSpeedDials(rq: Rq): Promise<Response> {
  const devs = targets(rq)
  const items = readSpeedDialList(await body(rq, 'speedDials'))
  for (const d of devs) d.speedDials = items.map((i) => ({ ...i, id: rq.ctx.nextId('5d') }))
  return noContent()
}

function deleteSpeedDial(rq: Rq): Response {
  const raw = query(rq).get('index')
  if (raw === undefined || !INDEX_RE.test(raw) || Number(raw) < 1) throw new BadInput('index must be 1-99')
  const index = Number(raw)
  const devs = phones(rq.user)
  if (!devs.some((d) => d.speedDials.some((s) => s.index === index)))
    throw new NotFound('no speed dial with this index')
  for (const d of devs) d.speedDials = d.speedDials.filter((s) => s.index !== index)
  return noContent()
}

async function postDeviceSpeedDial(rq: Rq): Promise<Response> {
  const d = findDevice(rq, rq.param('device'))
  const item = readSpeedDial(await body(rq, 'speedDial'))
  if (d.speedDials.some((s) => s.index === item.index))
    throw new Conflict('a speed dial with this index exists')
  const s = { index: item.index, number: item.number, label: item.label, id: rq.ctx.nextId('5d') }
  d.speedDials.push(s)
  return created(userUri(rq, `/device/${d.id}/speedDial/${s.id}`))
}

/** Change one speed dial, found by `<id>` or else by `<index>`. */
async function putDeviceSpeedDial(rq: Rq): Promise<Response> {
  const d = findDevice(rq, rq.param('device'))
  const item = readSpeedDial(await body(rq, 'speedDial'))
  const target = item.id
    ? d.speedDials.find((s) => s.id === item.id)
    : d.speedDials.find((s) => s.index === item.index)
  if (!target) throw new NotFound('speed dial not found')
  if (d.speedDials.some((s) => s !== target && s.index === item.index))
    throw new Conflict('index already in use')
  target.index = item.index
  target.number = item.number
  target.label = item.label
  return noContent()
}

function getDeviceSpeedDial(rq: Rq): Response {
  const d = findDevice(rq, rq.param('device'))
  const s = d.speedDials.find((x) => x.id === rq.param('id'))
  if (!s) throw new NotFound('speed dial not found')
  return xml({
    ...speedDialXml(rq, d, s),
    attrs: { uri: userUri(rq, `/device/${d.id}/speedDial/${s.id}`), version: ver(rq, 'speedDials') },
  })
}

export function speedDialRoutes(r: ApiRouter): void {
  r.own('/speedDials', {
    GET: (rq) => xml(userSpeedDialsXml(rq)),
    POST: postSpeedDials,
    PUT: putSpeedDials,
    DELETE: deleteSpeedDial,
  })
  r.own('/device/:device/speedDials', {
    GET: (rq) => xml(deviceSpeedDialsXml(rq, findDevice(rq, rq.param('device')))),
    POST: postSpeedDials,
    PUT: putSpeedDials,
  })
  r.own('/device/:device/speedDial', { POST: postDeviceSpeedDial, PUT: putDeviceSpeedDial })
  r.own('/device/:device/speedDial/:id', { GET: getDeviceSpeedDial })
}
