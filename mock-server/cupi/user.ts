/** `GET /vmrest/user`: the signed-in user's Unity Connection user object. */
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import type { Persona } from '../model/types.ts'
import { cupiXml } from './common.ts'

function userXml(u: Persona): XmlNode {
  const oid = u.cupi.objectId
  return el('User', null, [
    t('URI', `/vmrest/users/${oid}`),
    t('ObjectId', oid),
    t('Alias', u.userName),
    t('FirstName', u.firstName),
    t('LastName', u.lastName),
    t('DisplayName', u.displayName),
    t('DtmfAccessId', u.cupi.dtmfAccessId),
    t('EmailAddress', u.email),
    t('TimeZone', '12'),
    t('Language', '1033'),
    t('CosObjectId', '0a987b74-acf0-4310-ab81-4ebe0190cca4'),
    t('IsVmEnrolled', 'true'),
    t('ListInDirectory', 'true'),
    t('UserVoicePinURI', `/vmrest/users/${oid}/credential/pin`),
    t('ExternalServiceAccountsURI', `/vmrest/user/externalserviceaccounts`),
  ])
}

export function cupiUserRoutes(r: ApiRouter): void {
  r.signedIn('/user', { GET: (rq) => cupiXml(userXml(rq.user)) })
}
