import { Navigate, Outlet } from 'react-router'
import { useRouteParam } from '../app/route-params.ts'
import { useEditor } from '../features/single-number-reach/editor-context.ts'
import { PhoneEditor } from '../features/single-number-reach/phone-editor.tsx'
import { SnrOverview } from '../features/single-number-reach/snr-overview.tsx'
import { useUserId } from '../lib/session-hooks.ts'

/** The steps of a phone's editor, in its `<Outlet>`: its details, its ring schedule. */
export { PhoneDetailsStep as PhoneDetails } from '../features/single-number-reach/phone-details-step.tsx'
export { ScheduleStep as PhoneSchedule } from '../features/single-number-reach/schedule-step.tsx'

/** `/single-number-reach` and its sub-pages (app/routes.ts). */
export function Component() {
  return <Outlet />
}

/** `/single-number-reach`: the user's other phones. */
export function PhoneList() {
  return <SnrOverview userId={useUserId()} />
}

/** `/single-number-reach/add[/schedule]`: the editor, around the step the URL names. */
export function AddPhone() {
  return <PhoneEditor userId={useUserId()} />
}

/** `/single-number-reach/{id}[/schedule]`: a new editor for each phone. */
export function EditPhone() {
  const id = useRouteParam('id')
  return <PhoneEditor key={id} userId={useUserId()} phoneId={id} />
}

/** Any other URL below a phone's: its details. */
export function BackToPhone() {
  return <Navigate to={useEditor().base} replace />
}
