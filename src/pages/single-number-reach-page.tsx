import { Route, Routes, useParams } from 'react-router'
import { PhoneEditor } from '../features/single-number-reach/phone-editor.tsx'
import { SnrOverview } from '../features/single-number-reach/snr-overview.tsx'
import { useUserId } from '../lib/session-hooks.ts'

/**
 * `/single-number-reach` and its sub-pages: `/add`, `/add/schedule`, `/{id}`, `/{id}/schedule`.
 */
export function Component() {
  const userId = useUserId()
  return (
    <Routes>
      <Route index element={<SnrOverview userId={userId} />} />
      <Route path="add/*" element={<PhoneEditor userId={userId} />} />
      <Route path=":phoneId/*" element={<EditRoute userId={userId} />} />
    </Routes>
  )
}

function EditRoute({ userId }: { userId: string }) {
  const { phoneId = '' } = useParams()
  return <PhoneEditor key={phoneId} userId={userId} phoneId={phoneId} />
}
