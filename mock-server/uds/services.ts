/**
 * Phone services: the public catalogue (`/phoneServices`, `/phoneService/{id}`) and the services a
 * user subscribes to: for all their phones (`/user/{userId}/subscribedServices`) or one phone
 * (`/device/{id}/subscribedServices`; that phone then keeps its own list until a user-level PUT).
 * Same service and name twice → 409; an unknown service or parameter → 415.
 */
import { created, noContent, query, type Rq } from '../http/context.ts'
import { BadInput, Conflict, NotFound, udsError } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { child, list, scalar, type XmlObject } from '../http/xml-read.ts'
import { limitText } from '../model/rules.ts'
import type { PhoneService, SubscribedService } from '../model/types.ts'
import { b, body, findDevice, userUri, ver, xml } from './common.ts'
import { phoneLinksXml } from './speed-dials.ts'

function phoneServiceXml(rq: Rq, s: PhoneService, detail: boolean): XmlNode {
  return el(
    'phoneService',
    {
      uri: `${rq.base}/cucm-uds/phoneService/${s.id}`,
      version: detail ? ver(rq, 'phoneServices') : undefined,
    },
    [
      t('id', s.id),
      t('name', s.name),
      t('description', s.description),
      detail && t('urlTemplate', s.urlTemplate),
      detail && t('secureUrlTemplate', s.secureUrlTemplate),
      t('category', s.category),
      detail && t('type', s.type),
      t('vendor', s.vendor),
      t('serviceVersion', s.serviceVersion),
      t('enabled', b(s.enabled)),
      detail &&
        el(
          'parameters',
          null,
          s.parameters.map((p) =>
            el('parameter', null, [
              t('paramId', p.paramId),
              t('displayName', p.displayName),
              t('description', p.description),
              t('defaultValue', p.defaultValue),
              t('isRequired', b(p.isRequired)),
              t('isCredential', 'false'),
            ]),
          ),
        ),
    ],
  )
}

function subscribedServiceXml(s: SubscribedService): XmlNode {
  return el('subscribedService', null, [
    t('id', s.id),
    t('name', s.name),
    t('url', s.url),
    t('secureUrl', s.secureUrl),
    t('phoneServiceName', s.name, { phoneServiceId: s.phoneServiceId }),
    s.parameters.length > 0 &&
      el(
        'parameters',
        null,
        s.parameters.map((p) => el('parameter', null, [t('paramId', p.paramId), t('value', p.value)])),
      ),
  ])
}

function userSubscribedServicesXml(rq: Rq): XmlNode {
  const u = rq.user
  return el(
    'userSubscribedServices',
    { uri: userUri(rq, '/subscribedServices'), version: ver(rq, 'subscribedServices') },
    [
      el(
        'subscribedServices',
        {
          appliesToAllDevices: b(u.devices.every((d) => d.ownServices === null)),
          totalCount: String(u.subscribedServices.length),
        },
        u.subscribedServices.map(subscribedServiceXml),
      ),
      phoneLinksXml(rq, 'subscribedServices'),
    ],
  )
}

/** A `<subscribedServices>` body; required parameters left out get their defaults. */
function readServices(rq: Rq, bd: XmlObject): Omit<SubscribedService, 'id'>[] {
  return list(bd, 'subscribedService').map((item) => {
    const sid = scalar(item, 'phoneServiceId')
    const svc = rq.ctx.state.phoneServices.find((p) => p.id === sid)
    if (!svc) throw new BadInput('<phoneServiceId> is required and must exist')
    const name = limitText(scalar(item, 'name') || svc.name, 50, 'name')
    const url = limitText(scalar(item, 'url') ?? '', 512, 'url')
    const secureUrl = limitText(scalar(item, 'secureUrl') ?? '', 512, 'secureUrl')
    const paramsNode = child(item, 'parameters')
    const parameters = (paramsNode ? list(paramsNode, 'parameter') : []).map((p) => {
      const paramId = scalar(p, 'paramId') ?? ''
      if (!svc.parameters.some((sp) => sp.paramId === paramId))
        throw new BadInput('unknown paramId for this service')
      return { paramId, value: limitText(scalar(p, 'value') ?? '', 256, 'value') }
    })
    for (const sp of svc.parameters) {
      if (
        sp.isRequired &&
        !parameters.some((p) => p.paramId === sp.paramId) &&
        url === '' &&
        secureUrl === ''
      ) {
        parameters.push({ paramId: sp.paramId, value: sp.defaultValue })
      }
    }
    return {
      name,
      phoneServiceId: svc.id,
      url: url || svc.urlTemplate,
      secureUrl: secureUrl || svc.secureUrlTemplate,
      parameters,
    }
  })
}

/** The list a request acts on: the phone's own (copied from the user's on first write) or the user's. */
function servicesOf(
  rq: Rq,
  forWrite: boolean,
): { list: SubscribedService[]; save(l: SubscribedService[]): void } {
  const u = rq.user
  const id = rq.param('device')
  if (!id) return { list: u.subscribedServices, save: (l) => (u.subscribedServices = l) }
  const d = findDevice(rq, id)
  if (d.kind !== 'phone') throw new NotFound('this device has no phone services')
  if (forWrite && !d.ownServices)
    d.ownServices = u.subscribedServices.map((s) => ({ ...s, id: rq.ctx.nextId('5b') }))
  return { list: d.ownServices ?? u.subscribedServices, save: (l) => (d.ownServices = l) }
}

async function postServices(rq: Rq): Promise<Response> {
  const target = servicesOf(rq, false)
  const items = readServices(rq, await body(rq, 'subscribedServices'))
  if (items.length === 0) throw new BadInput('at least one <subscribedService> is required')
  for (const i of items) {
    if (target.list.some((s) => s.phoneServiceId === i.phoneServiceId && s.name === i.name)) {
      throw new Conflict('already subscribed')
    }
  }
  const list = servicesOf(rq, true).list
  for (const i of items) list.push({ ...i, id: rq.ctx.nextId('5b') })
  const id = rq.param('device')
  return created(userUri(rq, id ? `/device/${id}/subscribedServices` : '/subscribedServices'))
}

/** Replace the list; at user level every phone follows the user's list again. */
async function putServices(rq: Rq): Promise<Response> {
  const target = servicesOf(rq, false)
  const items = readServices(rq, await body(rq, 'subscribedServices'))
  target.save(items.map((i) => ({ ...i, id: rq.ctx.nextId('5b') })))
  if (!rq.param('device')) for (const d of rq.user.devices) d.ownServices = null
  return noContent()
}

/** DELETE `/subscribedServices/{id}`, or `…/device/{id}/subscribedServices?id=` (an invented form). */
function deleteService(rq: Rq): Response {
  const id = rq.param('id') || query(rq).get('id')
  if (!id) throw new BadInput('give the subscribed service as ?id=')
  const target = servicesOf(rq, false)
  if (!target.list.some((s) => s.id === id)) throw new NotFound('subscribed service not found')
  target.save(target.list.filter((s) => s.id !== id))
  return noContent()
}

function deviceServicesXml(rq: Rq): XmlNode {
  const d = findDevice(rq, rq.param('device'))
  const list = servicesOf(rq, false).list
  const uri = userUri(rq, `/device/${d.id}/subscribedServices`)
  return el(
    'subscribedServices',
    { totalCount: String(list.length), uri, version: ver(rq, 'subscribedServices') },
    list.map(subscribedServiceXml),
  )
}

export function serviceRoutes(r: ApiRouter): void {
  r.public('/phoneServices', {
    GET: (rq) =>
      xml(
        el(
          'phoneServices',
          { uri: `${rq.base}/cucm-uds/phoneServices`, version: ver(rq, 'phoneServices') },
          rq.ctx.state.phoneServices.map((s) => phoneServiceXml(rq, s, false)),
        ),
      ),
  })
  r.public('/phoneService/:id', {
    GET: (rq) => {
      const s = rq.ctx.state.phoneServices.find((p) => p.id === rq.param('id'))
      return s ? xml(phoneServiceXml(rq, s, true)) : udsError(404, 'Not Found')
    },
  })
  r.own('/subscribedServices', {
    GET: (rq) => xml(userSubscribedServicesXml(rq)),
    POST: postServices,
    PUT: putServices,
  })
  r.own('/subscribedServices/:id', { DELETE: deleteService })
  r.own('/device/:device/subscribedServices', {
    GET: (rq) => xml(deviceServicesXml(rq)),
    POST: postServices,
    PUT: putServices,
    DELETE: deleteService,
  })
}
