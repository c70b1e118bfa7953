/**
 * Phone services (XML services on a phone's screen, uds-api §2.6, §3.9, §4.5): the public catalogue
 * (`phoneServices`, one service's parameters in `phoneService/{id}`), the user's subscriptions (for
 * all phones, with a link per phone) and one phone's own; adding (POST, 201 without a body) and
 * removing (DELETE, 204) a subscription.
 */
import { ApiError } from '../api-error.ts'
import { request, segment } from '../client.ts'
import { attr, bool, buildXml, element, list, text, type XmlBody, type XmlObject } from '../xml.ts'

export interface ServiceParameterValue {
  paramId: string
  value: string
}

export interface SubscribedService {
  /** The subscription's id ('' when the server names none: it can't be removed then). */
  id: string
  name: string
  phoneServiceId: string
  url: string
  parameters: ServiceParameterValue[]
}

export interface UserServices {
  /** The same subscriptions on every phone (the user-level list is each phone's). */
  appliesToAllDevices: boolean
  services: SubscribedService[]
  /** The phones the user-level list covers, as the server names them. */
  phones: { name: string; description: string }[]
}

export function parseSubscribedService(node: XmlObject): SubscribedService {
  const serviceName = element(node, 'phoneServiceName')
  return {
    id: text(node, 'id'),
    name: text(node, 'name').trim() || text(serviceName).trim(),
    phoneServiceId: attr(serviceName, 'phoneServiceId') ?? text(node, 'phoneServiceId'),
    url: text(node, 'url').trim() || text(node, 'secureUrl').trim(),
    parameters: list(element(node, 'parameters'), 'parameter').map((p) => ({
      paramId: text(p, 'paramId'),
      value: text(p, 'value'),
    })),
  }
}

/** `GET /user/{id}/subscribedServices` (root `userSubscribedServices`). */
export function parseUserServices(root: XmlObject): UserServices {
  const services = element(root, 'subscribedServices')
  return {
    appliesToAllDevices: attr(services, 'appliesToAllDevices') !== 'false',
    services: list(services, 'subscribedService').map(parseSubscribedService),
    phones: list(element(root, 'devices'), 'device').map((d) => ({
      name: attr(d, 'name') ?? '',
      description: attr(d, 'description') ?? '',
    })),
  }
}

/** `GET /user/{id}/device/{id}/subscribedServices` (root `subscribedServices`). */
export function parseDeviceServices(root: XmlObject): SubscribedService[] {
  return list(root, 'subscribedService').map(parseSubscribedService)
}

export interface PhoneServiceParameter {
  paramId: string
  displayName: string
  description: string
  defaultValue: string
  required: boolean
  /** A password-like value (never prefilled, typed masked). */
  credential: boolean
}

export interface PhoneService {
  id: string
  name: string
  description: string
  category: string
  enabled: boolean
  /** Only in one service's detail (`phoneService/{id}`); the catalogue list leaves them out. */
  parameters: PhoneServiceParameter[]
}

export function parsePhoneService(node: XmlObject): PhoneService {
  return {
    id: text(node, 'id'),
    name: text(node, 'name').trim(),
    description: text(node, 'description').trim(),
    category: text(node, 'category'),
    enabled: bool(node, 'enabled', true),
    parameters: list(element(node, 'parameters'), 'parameter').map((p) => ({
      paramId: text(p, 'paramId'),
      displayName: text(p, 'displayName').trim() || text(p, 'name').trim(),
      description: text(p, 'description').trim(),
      defaultValue: text(p, 'defaultValue'),
      required: bool(p, 'isRequired'),
      credential: bool(p, 'isCredential'),
    })),
  }
}

export function parsePhoneServices(root: XmlObject): PhoneService[] {
  return list(root, 'phoneService').map(parsePhoneService)
}

export interface NewSubscription {
  phoneServiceId: string
  /** The name the phone shows; the catalogue's when ''. */
  name: string
  parameters: ServiceParameterValue[]
}

/** The POST body in the `<parameters>` form (seed 001); no URL, so the two forms can't disagree. */
export function toSubscribedServicesXml(items: NewSubscription[]): string {
  return buildXml('subscribedServices', {
    subscribedService: items.map((item): XmlBody => ({
      name: item.name === '' ? undefined : item.name,
      phoneServiceId: item.phoneServiceId,
      parameters:
        item.parameters.length === 0
          ? undefined
          : { parameter: item.parameters.map((p) => ({ paramId: p.paramId, value: p.value })) },
    })),
  })
}

const userPath = (userId: string) => `/user/${segment(userId)}`

export async function getUserServices(userId: string, signal?: AbortSignal): Promise<UserServices> {
  const res = await request(
    { path: `${userPath(userId)}/subscribedServices`, signal, label: 'GET subscribedServices' },
    'userSubscribedServices',
  )
  return parseUserServices(res.root!)
}

/** One phone's subscriptions; null when the phone has none of its own to show (not a phone, or gone). */
export async function getDeviceServices(
  userId: string,
  deviceId: string,
  signal?: AbortSignal,
): Promise<SubscribedService[] | null> {
  try {
    const res = await request(
      {
        path: `${userPath(userId)}/device/${segment(deviceId)}/subscribedServices`,
        signal,
        label: 'GET device subscribedServices',
      },
      'subscribedServices',
    )
    return parseDeviceServices(res.root!)
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'notFound') return null
    throw error
  }
}

export async function getPhoneServices(signal?: AbortSignal): Promise<PhoneService[]> {
  const res = await request(
    { path: '/phoneServices', auth: false, signal, label: 'GET phoneServices' },
    'phoneServices',
  )
  return parsePhoneServices(res.root!)
}

export async function getPhoneService(id: string, signal?: AbortSignal): Promise<PhoneService> {
  const res = await request(
    { path: `/phoneService/${segment(id)}`, auth: false, signal, label: 'GET phoneService' },
    'phoneService',
  )
  return parsePhoneService(res.root!)
}

/** Where a subscription is written: for every phone (user level) or for one phone. */
export type ServiceScope = { deviceId: string } | 'allPhones'

const servicesPath = (userId: string, scope: ServiceScope) =>
  scope === 'allPhones'
    ? `${userPath(userId)}/subscribedServices`
    : `${userPath(userId)}/device/${segment(scope.deviceId)}/subscribedServices`

export async function addSubscription(userId: string, scope: ServiceScope, item: NewSubscription) {
  await request({
    method: 'POST',
    path: servicesPath(userId, scope),
    body: toSubscribedServicesXml([item]),
    label: 'POST subscribedServices',
  })
}

/**
 * Removes a subscription: at user level `DELETE …/subscribedServices/{id}` (every phone); on one phone
 * the device list with `?id=` (the device-level DELETE takes no id in its path).
 */
export async function removeSubscription(userId: string, scope: ServiceScope, id: string) {
  await request(
    scope === 'allPhones'
      ? {
          method: 'DELETE',
          path: `${servicesPath(userId, scope)}/${segment(id)}`,
          label: 'DELETE subscribedService',
        }
      : {
          method: 'DELETE',
          path: servicesPath(userId, scope),
          query: { id },
          label: 'DELETE subscribedService',
        },
  )
}
