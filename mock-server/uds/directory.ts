/**
 * The directory: `/users` (search and paging; public unless the mock runs with `usersAuth`, CUCM's
 * "Contact Search Authentication") and `/groups` (11.0+). Names match case-insensitively from the start; results are sorted
 * by last name, first name; a page holds at most 64.
 */
import { query, type Rq } from '../http/context.ts'
import { BadInput } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t } from '../http/xml.ts'
import type { Persona } from '../model/types.ts'
import { fieldsXml, NAME_FIELDS, ORG_FIELDS, PHONE_FIELDS, startsWith, ver, xml } from './common.ts'

const PAGE_MAX = 64

const GROUPS = [
  ['Sales', 'CN=Sales,OU=Groups,DC=example,DC=com'],
  ['Sales Managers', 'CN=Sales Managers,OU=Groups,DC=example,DC=com'],
  ['Engineering', 'CN=Engineering,OU=Groups,DC=example,DC=com'],
  ['Support', 'CN=Support,OU=Groups,DC=example,DC=com'],
  ['Finance', 'CN=Finance,OU=Groups,DC=example,DC=com'],
]

/** `name=`: one word matches first, last or email (or display name); several words a first/last split. */
function nameMatch(u: Persona, raw: string, dn: boolean): boolean {
  const tokens = raw.trim().split(/\s+/).filter(Boolean).slice(0, 3)
  if (tokens.length === 0) return true
  const fl = (f: string, l: string) => startsWith(u.firstName, f) && startsWith(u.lastName, l)
  if (tokens.length === 1) {
    const x = tokens[0] ?? ''
    return (
      startsWith(u.firstName, x) ||
      startsWith(u.lastName, x) ||
      startsWith(u.email, x) ||
      (dn && startsWith(u.displayName, x))
    )
  }
  const whole = tokens.join(' ')
  if (
    startsWith(u.lastName, whole) ||
    startsWith(u.firstName, whole) ||
    (dn && startsWith(u.displayName, whole))
  )
    return true
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens.slice(0, i).join(' ')
    const c = tokens.slice(i).join(' ')
    if (fl(a, c) || fl(c, a)) return true
  }
  return false
}

function digits(s: string): string {
  return s.replace(/[\s()+-]/g, '')
}

function numbers(u: Persona): string[] {
  return [u.phoneNumber, u.homeNumber, u.mobileNumber].filter((p) => p !== '').map(digits)
}

const same = (a: string, c: string) => a.toLowerCase() === c.toLowerCase()

function search(rq: Rq): Persona[] {
  const q = query(rq)
  const get = (k: string) => {
    const v = q.get(k)
    return v === undefined || v === '' ? undefined : v
  }
  const dn = rq.ctx.feats.displayNameSearch
  const filters: [string | undefined, (u: Persona, v: string) => boolean][] = [
    [get('name'), (u, v) => nameMatch(u, v, dn)],
    [get('first'), (u, v) => startsWith(u.firstName, v)],
    [get('last'), (u, v) => startsWith(u.lastName, v)],
    [get('number'), (u, v) => numbers(u).some((p) => p.startsWith(digits(v)))],
    [get('numberlast'), (u, v) => numbers(u).some((p) => p.endsWith(digits(v)))],
    [get('username'), (u, v) => same(u.userName, v)],
    [get('email'), (u, v) => same(u.email, v)],
    [get('uri'), (u, v) => same(u.directoryUri, v) || (u.msUri !== '' && same(u.msUri, v))],
    [dn ? get('displayname') : undefined, (u, v) => startsWith(u.displayName, v)],
  ]
  let rows = rq.ctx.state.users.slice()
  for (const [value, match] of filters) if (value) rows = rows.filter((u) => match(u, value))
  return rows.sort(
    (a, c) =>
      a.lastName.localeCompare(c.lastName) ||
      a.firstName.localeCompare(c.firstName) ||
      a.userName.localeCompare(c.userName),
  )
}

function getUsers(rq: Rq): Response {
  const q = query(rq)
  const f = rq.ctx.feats
  const parseNum = (k: string, def: number, min: number): number => {
    const v = q.get(k)
    if (v === undefined || v === '') return def
    if (!/^[0-9]{1,6}$/.test(v) || Number(v) < min) throw new BadInput(`${k} must be a number`)
    return Number(v)
  }
  const start = parseNum('start', 0, 0)
  const requested = parseNum('max', PAGE_MAX, 1)
  const rows = search(rq)
  const page = rows.slice(start, start + Math.min(requested, PAGE_MAX))
  return xml(
    el(
      'users',
      {
        uri: `${rq.base}/cucm-uds/users`,
        version: ver(rq, 'users'),
        start: String(start),
        requestedCount: String(requested),
        returnedCount: String(page.length),
        totalCount: String(rows.length),
      },
      page.map((u) =>
        el('user', { uri: `${rq.base}/cucm-uds/user/${encodeURIComponent(u.userName)}` }, [
          ...fieldsXml(u, NAME_FIELDS),
          f.displayName && t('displayName', u.displayName),
          ...fieldsXml(u, PHONE_FIELDS),
          t('email', u.email),
          t('directoryUri', u.directoryUri, { exist: 'true' }),
          t('msUri', u.msUri),
          ...fieldsXml(u, ORG_FIELDS),
          f.selfServiceId && t('selfServiceId', u.selfServiceId),
        ]),
      ),
    ),
  )
}

function getGroups(rq: Rq): Response {
  const name = query(rq).get('name') ?? ''
  const rows = GROUPS.filter(([n]) => startsWith(n ?? '', name))
  return xml(
    el(
      'groups',
      { uri: `${rq.base}/cucm-uds/groups`, version: ver(rq, 'groups'), returnedCount: String(rows.length) },
      rows.map(([n, dn]) =>
        el('group', null, [
          t('groupName', n),
          t('distinguishedName', dn),
          t('groupType', 'Active LDAP Synchronized Group'),
        ]),
      ),
    ),
  )
}

export function directoryRoutes(r: ApiRouter): void {
  if (r.ctx.opts.usersAuth) r.signedIn('/users', { GET: getUsers })
  else r.public('/users', { GET: getUsers })
  if (r.ctx.feats.groups) r.public('/groups', { GET: getGroups })
}
