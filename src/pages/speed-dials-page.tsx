import { useRouteParam } from '../app/route-params.ts'
import { EntryPage } from '../features/speed-dials/entry-form.tsx'
import { SpeedDialsView } from '../features/speed-dials/speed-dials-view.tsx'
import { useUserId } from '../lib/session-hooks.ts'

/** `/speed-dials`: the list, in the page's `<Outlet>`. */
export { ListPage as SpeedDialList } from '../features/speed-dials/list-view.tsx'

/** `/speed-dials` and its sub-pages; `?phone={id}` for a phone's own list. Holds the drafts they share. */
export function Component() {
  return <SpeedDialsView userId={useUserId()} />
}

/** `/speed-dials/add` */
export function AddSpeedDial() {
  return <EntryPage mode="add" />
}

/** `/speed-dials/{position}` */
export function EditSpeedDial() {
  return <EntryPage mode="edit" position={useRouteParam('position')} />
}
