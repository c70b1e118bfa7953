import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../api/api-error.ts'
import { runChecks, resultsText, type CheckContext, type CheckDeps, type CheckResult } from './checks.ts'

const ORIGIN = 'https://portal.example.com'
const signedOut: CheckContext = { origin: ORIGIN, userId: null, sessionExpired: false }
const signedIn: CheckContext = { origin: ORIGIN, userId: 'demo', sessionExpired: false }

const apiError = (kind: ApiError['kind'], status: number) => new ApiError({ kind, status, request: 'GET x' })

/** Dependencies that all succeed, each overridable; every call is recorded. */
function fakes(over: Partial<CheckDeps> = {}) {
  let clock = 0
  const deps: CheckDeps = {
    portalSettings: vi.fn(async () => undefined),
    version: vi.fn(async () => ({
      release: '14.0.1',
      schemaVersion: '14.0.1',
      usersResourceAuthEnabled: false,
    })),
    reachableWithoutCors: vi.fn(async () => false),
    voicemailConfigured: true,
    voicemail: vi.fn(async () => Promise.reject(apiError('auth', 401))),
    clusterUser: vi.fn(async () => ({ found: true, host: 'cucm-pub.example.com' })),
    credentials: vi.fn(async () => undefined),
    now: () => (clock += 10),
    ...over,
  }
  return deps
}

const byId = (results: CheckResult[]) => Object.fromEntries(results.map((r) => [r.id, r]))

describe('runChecks', () => {
  it('signed out: the four public checks pass, and no credentials are ever sent', async () => {
    const deps = fakes()
    const results = await runChecks(deps, signedOut, () => {})
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['files', 'ok'],
      ['phoneSystem', 'ok'],
      ['cors', 'ok'],
      ['voicemail', 'ok'],
    ])
    expect(byId(results).phoneSystem!.summary).toContain('14.0.1')
    expect(byId(results).cors!.summary).toContain(ORIGIN)
    expect(deps.credentials).not.toHaveBeenCalled()
    expect(deps.clusterUser).not.toHaveBeenCalled()
    // Each check's own time (the fake clock ticks 10 ms per reading); CORS is read from the answer.
    expect(results.map((r) => r.ms)).toEqual([10, 10, undefined, 10])
  })

  it('reports each step as running, then done, in order', async () => {
    const seen: string[] = []
    await runChecks(fakes(), signedOut, (list) =>
      seen.push(list.map((r) => (r.verdict ? 'd' : r.running ? 'r' : '.')).join('')),
    )
    expect(seen).toEqual(['r...', 'd...', 'dr..', 'dd..', 'ddr.', 'ddd.', 'dddr', 'dddd'])
  })

  it.each([
    [
      'network, answering without CORS',
      apiError('network', 0),
      true,
      'problem',
      'CC-NET-000',
      'problem',
      'CC-CORS-000',
    ],
    [
      'network, no answer at all',
      apiError('network', 0),
      false,
      'problem',
      'CC-NET-000',
      'skipped',
      undefined,
    ],
    ['timeout', apiError('timeout', 0), false, 'problem', 'CC-TIME-000', 'skipped', undefined],
    ['busy (503)', apiError('busy', 503), false, 'problem', 'CC-BUSY-503', 'ok', undefined],
    ['server error (500)', apiError('server', 500), false, 'problem', 'CC-SRV-500', 'ok', undefined],
  ] as const)(
    'phone system %s',
    async (_name, error, reachable, phoneVerdict, phoneCode, corsVerdict, corsCode) => {
      const deps = fakes({
        version: vi.fn(async () => Promise.reject(error)),
        reachableWithoutCors: vi.fn(async () => reachable),
      })
      const r = byId(await runChecks(deps, signedIn, () => {}))
      expect([r.phoneSystem!.verdict, r.phoneSystem!.code]).toEqual([phoneVerdict, phoneCode])
      expect([r.cors!.verdict, r.cors!.code]).toEqual([corsVerdict, corsCode])
      if (corsVerdict === 'problem') expect(r.cors!.summary).toContain(ORIGIN)
      // Without an answer from the phone system, nothing about the user is asked.
      expect([r.homeCluster!.verdict, r.credentials!.verdict]).toEqual(['skipped', 'skipped'])
      expect(deps.credentials).not.toHaveBeenCalled()
    },
  )

  it("the portal's settings file failing is a problem of its own", async () => {
    const r = byId(
      await runChecks(
        fakes({ portalSettings: async () => Promise.reject(new Error('404')) }),
        signedOut,
        () => {},
      ),
    )
    expect([r.files!.verdict, r.files!.code]).toEqual(['problem', 'CC-FILE-000'])
    expect(r.phoneSystem!.verdict).toBe('ok')
  })

  const voicemailCases: [string, Partial<CheckDeps>, string, string | undefined][] = [
    ['not set up', { voicemailConfigured: false }, 'skipped', undefined],
    ['answers (a refusal without credentials is an answer)', {}, 'ok', undefined],
    ['answers 200', { voicemail: async (): Promise<unknown> => undefined }, 'ok', undefined],
    [
      'refuses this origin',
      {
        voicemail: async (): Promise<unknown> => Promise.reject(apiError('network', 0)),
        reachableWithoutCors: async () => true,
      },
      'problem',
      'CC-VMCORS-000',
    ],
    [
      'is down',
      { voicemail: async (): Promise<unknown> => Promise.reject(apiError('network', 0)) },
      'problem',
      'CC-VM-000',
    ],
  ]
  it.each(voicemailCases)('voicemail %s', async (_name, over, verdict, code) => {
    const r = byId(await runChecks(fakes(over), signedOut, () => {}))
    expect([r.voicemail!.verdict, r.voicemail!.code]).toEqual([verdict, code])
  })

  it('signed in: home cluster and credentials, one request each', async () => {
    const deps = fakes()
    const r = byId(await runChecks(deps, signedIn, () => {}))
    expect(r.homeCluster).toMatchObject({ verdict: 'ok' })
    expect(r.homeCluster!.summary).toContain('cucm-pub.example.com')
    expect(r.credentials!.verdict).toBe('ok')
    expect(deps.clusterUser).toHaveBeenCalledWith('demo')
    expect(deps.credentials).toHaveBeenCalledTimes(1)
  })

  it('signed in: a refused password says sign in again; an unknown user is a problem', async () => {
    const r = byId(
      await runChecks(
        fakes({
          credentials: async () => Promise.reject(apiError('auth', 401)),
          clusterUser: async () => ({ found: false, host: null }),
        }),
        signedIn,
        () => {},
      ),
    )
    expect([r.credentials!.verdict, r.credentials!.code]).toEqual(['problem', 'CC-AUTH-401'])
    expect(r.credentials!.summary).toMatch(/Sign in again/)
    expect([r.homeCluster!.verdict, r.homeCluster!.code]).toEqual(['problem', 'CC-HOME-000'])
  })

  it('an expired session sends no credentials at all', async () => {
    const deps = fakes()
    const r = byId(await runChecks(deps, { ...signedIn, sessionExpired: true }, () => {}))
    expect(r.credentials!.verdict).toBe('problem')
    expect(r.credentials!.summary).toMatch(/nothing was sent/)
    expect(deps.credentials).not.toHaveBeenCalled()
  })
})

describe('resultsText', () => {
  it('one numbered line per check with verdict, time, code and sentence, plus origin, user and time', async () => {
    const deps = fakes({
      version: async () => Promise.reject(apiError('network', 0)),
      reachableWithoutCors: async () => true,
    })
    const results = await runChecks(deps, signedIn, () => {})
    const text = resultsText(results, signedIn, new Date('2026-11-30T12:00:00Z'))
    const lines = text.split('\n')
    expect(lines.slice(0, 4)).toEqual([
      'Connection check',
      `Portal: ${ORIGIN}`,
      'User ID: demo',
      'Checked: 2026-11-30T12:00:00.000Z',
    ])
    expect(lines[5]).toMatch(/^2\. The phone system answers: Problem \(10 ms\) \[CC-NET-000\] – No answer/)
    expect(lines[6]).toContain('[CC-CORS-000]')
    expect(lines).toHaveLength(4 + 6)
  })

  it('a check not run yet says so', () => {
    const text = resultsText([{ id: 'files', title: 'Files' }], signedOut, new Date(0))
    expect(text.split('\n').at(-1)).toBe('1. Files: Not run')
  })
})
