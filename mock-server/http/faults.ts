/**
 * Injected faults: the next `count` requests matching a method and path wait `delayMs`, then fail with
 * `status` (0 drops the connection). A fault with only `delayMs` is a slow server that still answers,
 * and applies the write, after the wait.
 */

export interface Fault {
  method: string | null
  path: string
  status: number | null
  delayMs: number
  count: number
}

import { CappedList } from './capped.ts'

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE'])

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

/** A fault from a control request's JSON, or the problems with it. */
export function readFault(raw: unknown): Fault | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'body must be a JSON object'
  const f = raw as Record<string, unknown>
  const { method, status, delayMs: delay, count } = f
  const problems: string[] = []
  if (typeof f['path'] !== 'string' || !f['path'].startsWith('/'))
    problems.push('path must be a string starting with /')
  if (method !== undefined && (typeof method !== 'string' || !METHODS.has(method.toUpperCase()))) {
    problems.push('method must be GET, POST, PUT or DELETE')
  }
  if (status !== undefined && (!isInt(status) || (status !== 0 && (status < 100 || status > 599)))) {
    problems.push('status must be 0 or an HTTP status 100-599')
  }
  if (delay !== undefined && (!isInt(delay) || delay < 0 || delay > 120_000)) {
    problems.push('delayMs must be an integer 0-120000')
  }
  if (count !== undefined && (!isInt(count) || count < 1)) problems.push('count must be a positive integer')
  if (status === undefined && delay === undefined) problems.push('give status and/or delayMs')
  if (problems.length) return problems.join('; ')
  return {
    method: typeof method === 'string' ? method.toUpperCase() : null,
    path: f['path'] as string,
    status: typeof status === 'number' ? status : null,
    delayMs: typeof delay === 'number' ? delay : 0,
    count: typeof count === 'number' ? count : 1,
  }
}

/** The armed faults of one mock instance (at most `limit`; arming one more drops the oldest). */
export class FaultList extends CappedList<Fault> {
  /** The first armed fault for this request, counted down (and removed when used up). */
  take(method: string, path: string): Fault | null {
    for (const f of this.items) {
      if (f.count <= 0) continue
      if (f.method && f.method !== method) continue
      const match = f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : path === f.path
      if (!match) continue
      f.count--
      this.items = this.items.filter((x) => x.count > 0)
      return f
    }
    return null
  }
}
