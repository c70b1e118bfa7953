import { useParams } from 'react-router'

/**
 * The params the route table (app/routes.ts) declares: `/speed-dials/:position`,
 * `/single-number-reach/:id`, `/phones/:deviceId`.
 */
export type RouteParam = 'position' | 'id' | 'deviceId'

/** A param of the current route, decoded; only for routes that declare it (a missing one is a bug). */
export function useRouteParam(name: RouteParam): string {
  const value = useParams()[name]
  if (value === undefined) throw new Error(`This route has no :${name}`)
  return value
}
