/**
 * The log of UDS/CUPI requests the mock answered: what tests assert on. Never headers or bodies, and
 * secret query values (CUPI's `newpin`, an external account's `password`, …) are redacted.
 */

import { CappedList } from './capped.ts'

/** Query parameter names whose values are secrets. */
const SECRET_PARAM = /pin|pass|secret|token|credential|code/i

/** A query string (`?a=1&newpin=2468`) with every secret value replaced by `REDACTED`. */
export function redactQuery(search: string): string {
  if (search === '') return ''
  return (
    '?' +
    search
      .slice(1)
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=')
        if (eq < 0) return pair
        let name = pair.slice(0, eq)
        try {
          name = decodeURIComponent(name.replaceAll('+', ' '))
        } catch {
          // keep the raw name
        }
        return SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=REDACTED` : pair
      })
      .join('&')
  )
}

export interface RequestLogEntry {
  method: string
  path: string
  status: number
  user: string | null
  at: string
  preflight: boolean
}

/** At most `limit` entries; the oldest are dropped first. */
export class RequestLog extends CappedList<RequestLogEntry> {}
