/** The public system resources: `/version`, `/servers`, `/clusterUser` and the `/options` lists. */
import type { Rq } from '../http/context.ts'
import { query } from '../http/context.ts'
import { udsError } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import {
  DAYS,
  DND,
  LOCALES,
  MODELS,
  MWI_AUDIBLE,
  MWI_VISUAL,
  RD_USAGE,
  RING,
  TIME_ZONES,
  timeOfDay,
  VM_AVOIDANCE,
  type Options,
} from '../model/option-lists.ts'
import { opt, ver, xml } from './common.ts'

function versionXml(rq: Rq): XmlNode {
  return el(
    'versionInformation',
    { uri: `${rq.base}/cucm-uds/version`, version: ver(rq, 'versionInformation') },
    [
      t('version', rq.ctx.opts.udsVersion),
      rq.ctx.feats.capabilities &&
        el('capabilities', null, [
          t('usersResourceAuthEnabled', String(rq.ctx.opts.usersAuth)),
          t('upgradeInProgress', 'false'),
        ]),
    ],
  )
}

function optionList(rq: Rq, name: string, opts: Options): XmlNode {
  return el(
    name,
    { uri: opt(rq, name) },
    opts.map(([v, n]) => el('option', null, [t('value', v), t('name', n)])),
  )
}

const OPTION_LISTS: Record<string, () => Options> = {
  messageWaitingVisualAlertPreference: () => MWI_VISUAL,
  messageWaitingAudibleAlertPreference: () => MWI_AUDIBLE,
  onACallRingPreference: () => RING,
  notOnACallRingPreference: () => RING,
  doNotDisturbSettings: () => DND,
  voiceMailAvoidancePolicy: () => VM_AVOIDANCE,
  remoteDestinationUsage: () => RD_USAGE,
  installedLocales: () => LOCALES,
  timeZones: () => TIME_ZONES,
  dayOfWeek: () => DAYS,
  timeOfDay,
}

/** The lists `/options` carries in full; the others it only links to. */
const MAIN_LISTS = [
  'messageWaitingVisualAlertPreference',
  'messageWaitingAudibleAlertPreference',
  'onACallRingPreference',
  'notOnACallRingPreference',
  'doNotDisturbSettings',
  'voiceMailAvoidancePolicy',
  'remoteDestinationUsage',
]

function modelsXml(rq: Rq): XmlNode {
  return el(
    'models',
    { uri: opt(rq, 'models'), version: ver(rq, 'options') },
    MODELS.map(([v, n, pid]) =>
      el('option', null, [
        t('value', v),
        t('name', n),
        t('productId', pid),
        el('userGuides', null, [
          el('userGuide', {
            uri: `https://www.cisco.com/c/en/us/support/collaboration-endpoints/${encodeURIComponent(n)}.pdf`,
            protocol: 'SIP',
          }),
        ]),
      ]),
    ),
  )
}

function getOptionList(rq: Rq): Response {
  const name = rq.param('name')
  if (name === 'models') return xml(modelsXml(rq))
  const make = Object.prototype.hasOwnProperty.call(OPTION_LISTS, name) ? OPTION_LISTS[name] : undefined
  if (!make) return udsError(404, 'Not Found')
  const node = optionList(rq, name, make())
  return xml({ ...node, attrs: { ...node.attrs, version: ver(rq, 'options') } })
}

function getOptions(rq: Rq): Response {
  return xml(
    el('options', { uri: `${rq.base}/cucm-uds/options`, version: ver(rq, 'options') }, [
      ...MAIN_LISTS.map((n) => optionList(rq, n, OPTION_LISTS[n]!())),
      el('installedLocales', { uri: opt(rq, 'installedLocales') }),
      el('timeZones', { uri: opt(rq, 'timeZones') }),
      el('models', { uri: opt(rq, 'models') }),
      el('dayOfWeek', { uri: opt(rq, 'dayOfWeek') }),
      el('timeOfDay', { uri: opt(rq, 'timeOfDay') }),
      el('userPolicy', { uri: opt(rq, 'userPolicy') }),
    ]),
  )
}

function getClusterUser(rq: Rq): Response {
  const q = query(rq)
  const username = q.get('username')
  const email = q.get('email')
  const upn = q.get('useridentifier')
  if (!username && !email && !upn) return udsError(415, 'username, email or useridentifier is required')
  const u = rq.ctx.state.users.find(
    (x) =>
      (username !== undefined && x.userName.toLowerCase() === username.toLowerCase()) ||
      (email !== undefined && x.email.toLowerCase() === email.toLowerCase()) ||
      (upn !== undefined && x.email.toLowerCase() === upn.toLowerCase()),
  )
  const self = `${rq.base}${rq.url.pathname}${rq.url.search}`
  if (!u) {
    return xml(
      el('clusterUser', { uri: self, version: ver(rq, 'clusterUser') }, [el('result', { found: 'false' })]),
    )
  }
  const home = u.homePublisher ? `https://${u.homePublisher}:8443` : rq.base
  const homeHost = u.homePublisher ?? rq.url.hostname
  return xml(
    el('clusterUser', { uri: self, version: ver(rq, 'clusterUser') }, [
      el('result', {
        found: 'true',
        uri: `${home}/cucm-uds/user/${encodeURIComponent(u.userName)}`,
        version: ver(rq, 'user'),
      }),
      t('homeCluster', homeHost, { serversUri: `${home}/cucm-uds/servers` }),
      el('homeClusterDetails', null, [
        t('selfProvisioningSecureMode', 'true'),
        t('adminProvisionMode', 'false'),
      ]),
    ]),
  )
}

export function systemRoutes(r: ApiRouter): void {
  r.public('/version', { GET: (rq) => xml(versionXml(rq)) })
  r.public('/servers', {
    GET: (rq) =>
      xml(
        el('servers', { uri: `${rq.base}/cucm-uds/servers`, version: ver(rq, 'servers') }, [
          t('server', rq.url.hostname),
        ]),
      ),
  })
  r.public('/clusterUser', { GET: getClusterUser })
  r.public('/options', { GET: getOptions })
}

/** After `/options/userPolicy` (uds/policy.ts), which this pattern also matches. */
export function optionListRoutes(r: ApiRouter): void {
  r.public('/options/:name', { GET: getOptionList })
}
