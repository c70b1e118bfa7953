/**
 * Signing in: check the server (version), then find the home cluster (clusterUser) and load the user
 * with Basic auth in parallel. One authenticated request, so a wrong password costs one attempt.
 */
import type { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../../api/api-error.ts'
import { isReachableWithoutCors } from '../../api/client.ts'
import { basicHeader, startSession } from '../../api/session.ts'
import { getClusterUser, getVersion } from '../../api/system/system.ts'
import { systemQueries } from '../../queries/system.ts'
import { getUser } from '../../api/user/user.ts'
import { userQueries } from '../../queries/user.ts'
import { portalLocaleForCucm } from '../../i18n/cucm-locale.ts'
import { applyUserLocale } from '../../i18n/i18n.ts'

export type SignInOutcome =
  | { ok: true }
  | { ok: false; reason: 'credentials' | 'unreachable' | 'cors' | 'busy' | 'server'; error?: ApiError }

export async function signIn(
  queryClient: QueryClient,
  userId: string,
  password: string,
): Promise<SignInOutcome> {
  let version
  try {
    version = await getVersion()
  } catch (error) {
    return failure(error, await whyUnreachable(error))
  }
  const authorization = basicHeader(userId, password)
  const [cluster, user] = await Promise.allSettled([
    getClusterUser(userId),
    getUser(userId, undefined, authorization),
  ])
  if (user.status === 'rejected') {
    const error = user.reason
    if (error instanceof ApiError && error.kind === 'auth') return { ok: false, reason: 'credentials', error }
    return failure(error, await whyUnreachable(error))
  }
  // The portal in the user's own language from the first signed-in page (unless they chose one here;
  // the system default, value="", says nothing about the user, so the browser's language stays).
  // A catalog that can't be downloaded leaves the language as it is rather than failing the sign-in.
  await applyUserLocale(portalLocaleForCucm(user.value.localeId ? user.value.localeName : '')).catch(
    () => undefined,
  )
  // A new session never sees another user's cached data.
  queryClient.clear()
  queryClient.setQueryData(systemQueries.version().queryKey, version)
  if (cluster.status === 'fulfilled')
    queryClient.setQueryData(systemQueries.clusterUser(user.value.userId).queryKey, cluster.value)
  queryClient.setQueryData(userQueries.detail(user.value.userId).queryKey, user.value)
  startSession(user.value.userId, authorization)
  return { ok: true }
}

async function whyUnreachable(error: unknown): Promise<'unreachable' | 'cors' | 'busy' | 'server'> {
  if (error instanceof ApiError) {
    if (error.kind === 'busy') return 'busy'
    if (error.kind === 'server' || error.kind === 'malformed' || error.kind === 'notFound') return 'server'
    if (error.kind === 'network') return (await isReachableWithoutCors()) ? 'cors' : 'unreachable'
  }
  return 'unreachable'
}

function failure(error: unknown, reason: 'unreachable' | 'cors' | 'busy' | 'server'): SignInOutcome {
  return { ok: false, reason, error: error instanceof ApiError ? error : undefined }
}
