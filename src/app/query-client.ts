import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/api-error.ts'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
  }
}

/**
 * Reads retry with backoff when the server is busy or unreachable (honouring Retry-After); nothing
 * else is retried, and a 401 never is (CUCM locks accounts after failed attempts). Writes are never
 * retried automatically.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(),
    mutationCache: new MutationCache(),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => error instanceof ApiError && error.isTransient && failureCount < 2,
        retryDelay: (attempt, error) =>
          Math.min(
            error instanceof ApiError && error.retryAfterMs ? error.retryAfterMs : 500 * 2 ** attempt,
            8000,
          ),
        networkMode: 'online',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  })
}
