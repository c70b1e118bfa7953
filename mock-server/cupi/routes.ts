/** Every CUPI resource's routes (all need Basic credentials; `homeCluster` does not apply). */
import type { ApiRouter } from '../http/routes.ts'
import { externalAccountRoutes } from './external-accounts.ts'
import { pinRoutes } from './pin.ts'
import { cupiUserRoutes } from './user.ts'

export function cupiRoutes(r: ApiRouter): void {
  cupiUserRoutes(r)
  pinRoutes(r)
  externalAccountRoutes(r)
}
