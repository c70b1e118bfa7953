import type { Change } from '../../lib/change-log.ts'
import { ChangeItem } from './change-item.tsx'

/** The panel's list (loaded when the panel first opens: Undo brings every page's writes with it). */
export function ChangesList({ userId, changes }: { userId: string; changes: Change[] }) {
  return (
    <ol className="your-changes-list">
      {changes.map((change) => (
        <ChangeItem key={change.id} userId={userId} change={change} />
      ))}
    </ol>
  )
}
