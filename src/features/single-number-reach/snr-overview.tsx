import { useRef, useState } from 'react'
import { Link, useLocation } from 'react-router'
import type { RemoteDestination } from '../../api/remote-destinations/remote-destinations.ts'
import { InfoNotice, StatusMessage, SuccessBanner } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { snrMessages as m } from './messages.ts'
import { PhoneCard } from './phone-card.tsx'
import { RemovePhoneDialog } from './remove-phone-dialog.tsx'
import { useSnrData } from './use-snr-data.ts'
import './single-number-reach.css'

/** What a finished save passes back to the list: its read-back. */
export interface SavedState {
  saved?: string
}

/** `/single-number-reach`: the user's other phones, each as a card, and the way to add one. */
export function SnrOverview({ userId }: { userId: string }) {
  const data = useSnrData(userId)
  const { phones, timeZones, editable, setUp, canAdd, limit } = data
  const location = useLocation()
  const saved = (location.state as SavedState | null)?.saved
  const [status, setStatus] = useState('')
  const [removing, setRemoving] = useState<RemoteDestination | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  const announce = (message: string) => {
    // Clear first so the same words are announced again.
    setStatus('')
    window.setTimeout(() => setStatus(message), 50)
  }

  return (
    <Page title={m.title} lede={m.lede} above={saved && <SuccessBanner focus={false}>{saved}</SuccessBanner>}>
      {!editable && (
        <InfoNotice title={m.readOnlyTitle}>
          <p>{m.readOnly}</p>
        </InfoNotice>
      )}
      <details className="details snr-how">
        <summary>{m.howItWorks}</summary>
        {m.howItWorksText.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </details>
      <section aria-labelledby="snr-phones-title" className="snr-phones">
        <h2 id="snr-phones-title" className="section-title" tabIndex={-1} ref={heading}>
          {m.listTitle}
        </h2>
        <StatusMessage message={status} visible />
        {phones.length === 0 ? (
          setUp && <p>{m.none}</p>
        ) : (
          <ul className="snr-cards">
            {phones.map((phone) => (
              <PhoneCard
                key={phone.id}
                userId={userId}
                phone={phone}
                timeZones={timeZones}
                editable={editable}
                onRemove={(p) => setRemoving(p)}
                announce={announce}
              />
            ))}
          </ul>
        )}
        {editable &&
          (!setUp ? (
            <div className="notice snr-limit">
              <p>
                <strong>{m.notSetUp}</strong>
              </p>
              <p>{m.notSetUpHelp}</p>
            </div>
          ) : canAdd ? (
            <div className="snr-add">
              <p>{m.limit(limit, phones.length)}</p>
              <Link to="/single-number-reach/add" className="button button--primary snr-add-link">
                {m.addPhone}
              </Link>
            </div>
          ) : (
            <p className="notice snr-limit">
              {m.limit(limit, phones.length)} {m.atLimit}
            </p>
          ))}
      </section>
      <RemovePhoneDialog
        userId={userId}
        phone={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(phone) => {
          setRemoving(null)
          announce(m.removed(phone.name))
          // After the dialog has closed (and its own focus return), land on the list heading.
          window.setTimeout(() => heading.current?.focus(), 0)
        }}
        announce={announce}
      />
    </Page>
  )
}
