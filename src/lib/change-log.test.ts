import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  addChange,
  clearChanges,
  getChanges,
  MAX_CHANGES,
  newChange,
  parseChanges,
  recordChange,
  recordWrite,
  serialiseChanges,
  type Change,
  type ChangeDetail,
  type SecretKind,
} from './change-log.ts'

/** This tab's sessionStorage, as a plain map. */
function fakeStorage() {
  const data = new Map<string, string>()
  return {
    data,
    storage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
      get length() {
        return data.size
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      clear: () => data.clear(),
    },
  }
}

let store: ReturnType<typeof fakeStorage>
beforeEach(() => {
  store = fakeStorage()
  // Object.keys(sessionStorage) lists the stored keys in a browser: the same here.
  const storage = new Proxy(store.storage, {
    ownKeys: () => [...store.data.keys()],
    getOwnPropertyDescriptor: (_t, k) =>
      store.data.has(String(k))
        ? { enumerable: true, configurable: true, value: store.data.get(String(k)) }
        : undefined,
  })
  vi.stubGlobal('window', { sessionStorage: storage })
  clearChanges()
})
afterEach(() => {
  clearChanges()
  vi.unstubAllGlobals()
})

const dnd = (before: boolean): ChangeDetail => ({ kind: 'doNotDisturb', before, after: !before })

describe('the change log', () => {
  it('keeps changes newest first, and at most MAX_CHANGES', () => {
    let log: Change[] = []
    for (let i = 0; i < MAX_CHANGES + 5; i++) log = addChange(log, newChange(dnd(i % 2 === 0), 1000 + i))
    expect(log).toHaveLength(MAX_CHANGES)
    expect(log[0]!.at).toBe(new Date(1000 + MAX_CHANGES + 4).toISOString())
    expect(log.at(-1)!.at).toBe(new Date(1005).toISOString())
    expect(new Set(log.map((c) => c.id)).size).toBe(MAX_CHANGES)
  })

  it('reads back what it stored, and drops what it cannot read', () => {
    const log = [
      newChange({
        kind: 'lineForward',
        lineId: 'l1',
        line: '1002',
        before: { toVoicemail: false, destination: '' },
        after: { toVoicemail: false, destination: '07700 900123' },
      }),
      newChange({ kind: 'secret', secret: 'phonePin' }),
    ]
    expect(parseChanges(serialiseChanges(log))).toEqual(log)
    expect(parseChanges('not json')).toEqual([])
    expect(parseChanges('{"a":1}')).toEqual([])
    expect(parseChanges(null)).toEqual([])
    expect(
      parseChanges(
        JSON.stringify([
          { id: 'x', at: 'now', kind: 'nonsense', before: 1, after: 2 },
          { id: 'y', at: 5, kind: 'doNotDisturb', before: true, after: false },
          { id: 'z', at: 'now', kind: 'secret', secret: 'pinCode' },
          { id: 'w', at: 'now', kind: 'displayName' },
        ]),
      ),
    ).toEqual([])
  })

  it('is per user, survives a reload (sessionStorage) and clears at sign-out', () => {
    recordChange('demo', dnd(false))
    recordWrite('demo', [dnd(true), dnd(false)])
    recordWrite('demo', null)
    recordChange('jdoe', dnd(true))
    expect(getChanges('jdoe')).toHaveLength(1)
    // A reload: the memory is gone, the tab's storage is not.
    const stored = new Map(store.data)
    clearChanges()
    for (const [k, v] of stored) store.data.set(k, v)
    expect(getChanges('demo').map((c) => c.kind)).toEqual(['doNotDisturb', 'doNotDisturb', 'doNotDisturb'])
    expect(getChanges('demo')[0]).toMatchObject({ before: false, after: true })
    clearChanges()
    expect(store.data.size).toBe(0)
    expect(getChanges('demo')).toEqual([])
  })
})

describe('secrets', () => {
  const secretKinds = fc.constantFrom<SecretKind>('phonePin', 'password', 'voicemailPin', 'accessCode')
  // PINs (digits: a stored time or id never holds more than four in a row), and passwords with a
  // character the stored JSON never has of its own, so no match can be by chance.
  const secret = fc.oneof(
    fc.stringMatching(/^\d{5,12}$/),
    fc.string({ minLength: 6, maxLength: 24 }).filter((s) => /[^\w\s".:{}[\],-]/.test(s)),
  )

  it('never stores a PIN, password or access code, whatever else the log holds', () => {
    fc.assert(
      fc.property(secretKinds, secret, fc.array(fc.boolean(), { maxLength: 5 }), (kind, value, others) => {
        clearChanges()
        for (const on of others) recordWrite('demo', dnd(on))
        // Even a change built carelessly from the mutation's variables keeps no value.
        const careless = { kind: 'secret', secret: kind, value, pin: value, before: value, after: value }
        recordWrite('demo', careless as ChangeDetail)
        const everything = [
          ...store.data.values(),
          serialiseChanges(getChanges('demo')),
          JSON.stringify(getChanges('demo')),
        ].join('\n')
        expect(everything.includes(value)).toBe(false)
        expect(everything.includes(JSON.stringify(value).slice(1, -1))).toBe(false)
        expect(getChanges('demo')[0]).toMatchObject({ kind: 'secret', secret: kind })
      }),
    )
  })
})
