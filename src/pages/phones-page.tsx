import { Outlet } from 'react-router'
import { useRouteParam } from '../app/route-params.ts'
import { PhoneSettingsView } from '../features/phones/phone-settings.tsx'
import { PhonesOverview } from '../features/phones/phones-overview.tsx'
import { useUserId } from '../lib/session-hooks.ts'

/** `/phones` and each phone's page (app/routes.ts). */
export function Component() {
  return <Outlet />
}

/** `/phones`: the user's phones as cards. */
export function PhoneList() {
  return <PhonesOverview userId={useUserId()} />
}

/** `/phones/{deviceId}`: one phone's name, Do not disturb, lines and services (a new view per phone). */
export function PhoneSettings() {
  const deviceId = useRouteParam('deviceId')
  return <PhoneSettingsView key={deviceId} userId={useUserId()} deviceId={deviceId} />
}
