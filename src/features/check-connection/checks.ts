/**
 * "Check connection": the portal's path to the phone system, one step after another, each with a
 * plain verdict and its time. Before sign-in only public requests go out (never a password); signed in,
 * the home cluster (public) and the session's credentials (one gated request, never sent when the
 * session is already refused). Pure over its dependencies, so every verdict is unit-tested.
 */
import { ApiError } from '../../api/api-error.ts'
import type { HomeCluster, ServerVersion } from '../../api/system/system.ts'
import { checkMessages as m } from './messages.ts'

export type CheckId = 'files' | 'phoneSystem' | 'cors' | 'voicemail' | 'homeCluster' | 'credentials'

export type Verdict = 'ok' | 'problem' | 'skipped'

export interface CheckResult {
  id: CheckId
  title: string
  /** Absent while the check waits or runs. */
  verdict?: Verdict
  /** One plain sentence; for a problem, what it means and who can fix it. */
  summary?: string
  /** A helpdesk code for a problem, e.g. "CC-CORS-000". */
  code?: string
  ms?: number
  running?: boolean
}

export interface CheckDeps {
  /** Reads the portal's own config.json (never from the cache); throws when it can't. */
  portalSettings(): Promise<void>
  version(): Promise<ServerVersion>
  /** Whether the server answers a no-cors request (running, whatever its CORS list says). */
  reachableWithoutCors(api: 'uds' | 'cupi'): Promise<boolean>
  /** Whether a voicemail server is configured for this portal. */
  voicemailConfigured: boolean
  /** A request to Unity Connection without credentials: resolves or throws an ApiError. */
  voicemail(): Promise<unknown>
  clusterUser(userId: string): Promise<HomeCluster>
  /** One gated request with the session's credentials. */
  credentials(userId: string): Promise<unknown>
  now(): number
}

export interface CheckContext {
  /** This page's origin, the one the phone system's CORS list must name. */
  origin: string
  /** The signed-in user, when there is an active session. */
  userId: string | null
  /** The session was refused (or expired): no credentials are sent again. */
  sessionExpired: boolean
}

export function checkList(context: CheckContext): CheckResult[] {
  const ids: CheckId[] = ['files', 'phoneSystem', 'cors', 'voicemail']
  if (context.userId) ids.push('homeCluster', 'credentials')
  return ids.map((id) => ({ id, title: m.titles[id] }))
}

const code = (kind: string, error?: unknown) =>
  `CC-${kind}-${String(error instanceof ApiError ? error.status || 0 : 0).padStart(3, '0')}`

/** An answer of any kind (even a refusal) proves the server is reachable and allows this origin. */
function answered(error: unknown): boolean {
  return error instanceof ApiError && error.status > 0
}

/**
 * Runs the checks in order, calling `update` with the whole list after each step. A later step that
 * needs an earlier one (CORS needs an answer or a no-cors probe) reads the earlier result.
 */
export async function runChecks(
  deps: CheckDeps,
  context: CheckContext,
  update: (results: CheckResult[]) => void,
): Promise<CheckResult[]> {
  const results = checkList(context)
  let version: ServerVersion | null = null
  let versionError: unknown = null

  /** `untimed`: decided from an earlier step's answer, without a request of its own. */
  type Outcome = Omit<CheckResult, 'id' | 'title' | 'ms'> & { untimed?: boolean }
  const steps: Record<CheckId, () => Promise<Outcome>> = {
    async files() {
      try {
        await deps.portalSettings()
        return { verdict: 'ok', summary: m.filesOk }
      } catch {
        return { verdict: 'problem', summary: m.filesProblem, code: code('FILE') }
      }
    },
    async phoneSystem() {
      try {
        version = await deps.version()
        return { verdict: 'ok', summary: m.phoneSystemOk(version.release) }
      } catch (error) {
        versionError = error
        if (error instanceof ApiError && error.kind === 'network')
          return { verdict: 'problem', summary: m.phoneSystemNoAnswer, code: code('NET', error) }
        if (error instanceof ApiError && error.kind === 'timeout')
          return { verdict: 'problem', summary: m.phoneSystemSlow, code: code('TIME', error) }
        if (error instanceof ApiError && error.kind === 'busy')
          return { verdict: 'problem', summary: m.phoneSystemBusy, code: code('BUSY', error) }
        return { verdict: 'problem', summary: m.phoneSystemError, code: code('SRV', error) }
      }
    },
    async cors() {
      if (version || answered(versionError))
        return { verdict: 'ok', summary: m.corsOk(context.origin), untimed: true }
      if (!(versionError instanceof ApiError && versionError.kind === 'network'))
        return { verdict: 'skipped', summary: m.corsUnknown, untimed: true }
      return (await deps.reachableWithoutCors('uds'))
        ? { verdict: 'problem', summary: m.corsProblem(context.origin), code: code('CORS') }
        : { verdict: 'skipped', summary: m.corsUnknown }
    },
    async voicemail() {
      if (!deps.voicemailConfigured) return { verdict: 'skipped', summary: m.voicemailNotSetUp }
      try {
        await deps.voicemail()
        return { verdict: 'ok', summary: m.voicemailOk }
      } catch (error) {
        if (answered(error)) return { verdict: 'ok', summary: m.voicemailOk }
        if (
          error instanceof ApiError &&
          error.kind === 'network' &&
          (await deps.reachableWithoutCors('cupi'))
        )
          return { verdict: 'problem', summary: m.voicemailCors(context.origin), code: code('VMCORS') }
        return { verdict: 'problem', summary: m.voicemailNoAnswer, code: code('VM', error) }
      }
    },
    async homeCluster() {
      if (!version) return { verdict: 'skipped', summary: m.needsPhoneSystem }
      try {
        const home = await deps.clusterUser(context.userId!)
        if (!home.found) return { verdict: 'problem', summary: m.homeNotFound, code: code('HOME') }
        return { verdict: 'ok', summary: m.homeOk(home.host) }
      } catch (error) {
        return { verdict: 'problem', summary: m.homeError, code: code('HOME', error) }
      }
    },
    async credentials() {
      if (context.sessionExpired)
        return { verdict: 'problem', summary: m.credentialsExpired, code: code('AUTH') }
      if (!version) return { verdict: 'skipped', summary: m.needsPhoneSystem }
      try {
        await deps.credentials(context.userId!)
        return { verdict: 'ok', summary: m.credentialsOk }
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'auth')
          return { verdict: 'problem', summary: m.credentialsRefused, code: code('AUTH', error) }
        return { verdict: 'problem', summary: m.credentialsUnknown, code: code('SRV', error) }
      }
    },
  }

  for (let i = 0; i < results.length; i++) {
    const check = results[i]!
    results[i] = { ...check, running: true }
    update([...results])
    const start = deps.now()
    const { untimed, ...outcome } = await steps[check.id]()
    results[i] = { ...check, ...outcome, ...(untimed ? {} : { ms: Math.round(deps.now() - start) }) }
    update([...results])
  }
  return results
}

/** The results as plain text for a ticket: one line per check, with the origin and the time. */
export function resultsText(results: CheckResult[], context: CheckContext, at: Date): string {
  const lines = results.map((r, i) => {
    const verdict = r.verdict ? m.verdictWord[r.verdict] : m.notRun
    const time = r.ms === undefined ? '' : ` (${m.duration(r.ms)})`
    const codePart = r.code ? ` [${r.code}]` : ''
    return `${i + 1}. ${r.title}: ${verdict}${time}${codePart}${r.summary ? ` – ${r.summary}` : ''}`
  })
  return [
    m.textHeading,
    m.labelled(m.textPortal, context.origin),
    ...(context.userId ? [m.labelled(m.textUser, context.userId)] : []),
    m.labelled(m.textChecked, at.toISOString()),
    ...lines,
  ].join('\n')
}
