import { useState } from 'react'
import { Link } from 'react-router'
import type { Option } from '../../api/system/system.ts'
import { type RemoteDestination } from '../../api/remote-destinations/remote-destinations.ts'
import { useUpdateRemoteDestination } from '../../queries/remote-destinations.ts'
import { Button } from '../../components/button.tsx'
import { changeFailedSentence } from '../../components/problem.tsx'
import { Switch } from '../../components/switch.tsx'
import { snrMessages as m } from './messages.ts'
import { scheduleText, timeZoneLabel } from './schedule-model.ts'
import { settingIds } from '../../lib/setting-ids.ts'
import './single-number-reach.css'
import { SettingHeading } from '../../components/setting-heading.tsx'
import { Ltr } from '../../components/ltr.tsx'

interface PhoneCardProps {
  userId: string
  phone: RemoteDestination
  timeZones: Option[]
  editable: boolean
  onRemove: (phone: RemoteDestination, trigger: HTMLElement) => void
  announce: (message: string) => void
}

/** One of the user's other phones: name, number as stored, when it rings, and its actions. */
export function PhoneCard({ userId, phone, timeZones, editable, onRemove, announce }: PhoneCardProps) {
  const update = useUpdateRemoteDestination(userId, phone.id)
  const [failed, setFailed] = useState<{ on: boolean; error: unknown } | null>(null)
  const turningOn = update.variables?.ringWhenExtensionDialed ?? !phone.ringWhenExtensionDialed

  const toggle = (on: boolean) => {
    setFailed(null)
    update.mutate(
      { ringWhenExtensionDialed: on },
      {
        onSuccess: (next) =>
          announce(next.ringWhenExtensionDialed ? m.nowRings(next.name) : m.nowSilent(next.name)),
        onError: (error) => setFailed({ on, error }),
      },
    )
  }

  return (
    <li className="card snr-card" id={settingIds.snrPhone(phone.number)}>
      <SettingHeading
        level={3}
        id={settingIds.snrPhone(phone.number)}
        headingId={`${settingIds.snrPhone(phone.number)}-title`}
        title={phone.name}
      />
      <dl className="summary-list">
        <div className="summary-row">
          <dt>{m.number}</dt>
          <dd>
            <Ltr>{phone.number}</Ltr>
          </dd>
        </div>
        <div className="summary-row">
          <dt>{m.rings}</dt>
          <dd>{phone.schedule ? scheduleText(phone.schedule) : m.atAnyTime}</dd>
        </div>
        {phone.schedule && (
          <div className="summary-row">
            <dt>{m.timeZone}</dt>
            <dd>{timeZoneLabel(timeZones, phone.schedule.timeZone)}</dd>
          </div>
        )}
        {!editable && (
          <div className="summary-row">
            <dt>{m.ringsWhenCalled}</dt>
            <dd>{phone.ringWhenExtensionDialed ? m.yes : m.no}</dd>
          </div>
        )}
      </dl>
      {editable && (
        <>
          <Switch
            id={`ring-${phone.id}`}
            label={m.ringSwitch}
            ariaLabel={m.ringSwitchName(phone.name)}
            checked={phone.ringWhenExtensionDialed}
            pending={update.isPending}
            pendingText={turningOn ? m.turningOn : m.turningOff}
            description={m.ringSwitchHint}
            error={
              failed && (
                <>
                  <span role="alert">
                    {changeFailedSentence(
                      failed.error,
                      m.ringFailed(phone.name, failed.on),
                      m.ringMaybe(phone.name, failed.on),
                    )}
                  </span>{' '}
                  <Button
                    variant="secondary"
                    size="small"
                    aria-label={m.tryAgainFor(phone.name)}
                    onClick={() => toggle(failed.on)}
                  >
                    {m.tryAgain}
                  </Button>
                </>
              )
            }
            onToggle={toggle}
          />
          <div className="snr-card-actions">
            <Link
              to={`/single-number-reach/${encodeURIComponent(phone.id)}`}
              className="snr-card-link"
              aria-label={m.changePhoneName(phone.name)}
            >
              {m.change}
            </Link>
            <Button
              variant="secondary"
              aria-label={m.removePhoneName(phone.name)}
              onClick={(event) => onRemove(phone, event.currentTarget)}
            >
              {m.removePhone}
            </Button>
          </div>
        </>
      )}
    </li>
  )
}
