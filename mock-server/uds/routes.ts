/** Every UDS resource's routes, in the order they are matched (`/options/userPolicy` before `/options/:name`). */
import type { ApiRouter } from '../http/routes.ts'
import { conferencingRoutes } from './conferencing.ts'
import { credentialRoutes } from './credentials.ts'
import { deviceRoutes } from './devices.ts'
import { directoryRoutes } from './directory.ts'
import { lineRoutes } from './lines.ts'
import { policyRoutes } from './policy.ts'
import { remoteDestinationRoutes } from './remote-destinations.ts'
import { serviceRoutes } from './services.ts'
import { speedDialRoutes } from './speed-dials.ts'
import { optionListRoutes, systemRoutes } from './system.ts'
import { userRoutes } from './user.ts'

export function udsRoutes(r: ApiRouter): void {
  systemRoutes(r)
  policyRoutes(r)
  optionListRoutes(r)
  directoryRoutes(r)
  userRoutes(r)
  conferencingRoutes(r)
  credentialRoutes(r)
  deviceRoutes(r)
  lineRoutes(r)
  remoteDestinationRoutes(r)
  speedDialRoutes(r)
  serviceRoutes(r)
}
