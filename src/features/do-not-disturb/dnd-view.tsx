import { isRemoteDestinationCarrier, type Device } from '../../api/devices/devices.ts'
import { Button } from '../../components/button.tsx'
import { InfoNotice, StatusMessage } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { changeFailedSentence, helpdeskCode, useShownCode } from '../../components/problem.tsx'
import { Switch } from '../../components/switch.tsx'
import { dndMessages as m } from './messages.ts'
import { useDndToggle } from './use-dnd-toggle.ts'
import { doNotDisturbReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'
import '../../components/fields.css'
import './dnd-view.css'

export function DoNotDisturbView({ userId }: { userId: string }) {
  const [{ data: user }, { data: devices }, { data: cluster }] = usePageReads(doNotDisturbReads, userId)
  const toggle = useDndToggle(userId)
  // Single Number Reach carriers are not phones that ring on a desk: DND applies to the phones.
  const phones = devices.filter((d) => !isRemoteDestinationCarrier(d))
  const on = user.doNotDisturb
  const failed = toggle.error && !toggle.pending ? toggle.error : null
  useShownCode(failed ? helpdeskCode(failed, 'DND') : undefined, failed?.at)

  return (
    <Page title={m.title}>
      {!user.homeCluster ? (
        <>
          <InfoNotice title={m.readOnlyTitle}>
            <p>{m.readOnly(cluster.host)}</p>
          </InfoNotice>
          <section className="card" aria-labelledby="dnd-state-title" id="dnd-state">
            <SettingHeading id="dnd-state" headingId="dnd-state-title" title={m.switchLabel} />
            <p className="dnd-state-text">
              <strong>{on ? m.stateOn : m.stateOff}</strong> – {m.description}
            </p>
          </section>
        </>
      ) : (
        <section className="card" aria-label={m.switchLabel}>
          <Switch
            id="dnd-switch"
            label={m.switchLabel}
            checked={on}
            pending={toggle.pending}
            pendingText={toggle.target ? m.turningOn : m.turningOff}
            description={m.description}
            error={
              toggle.error && !toggle.pending ? (
                <div className="switch-problem" role="alert">
                  <p>
                    {changeFailedSentence(
                      toggle.error,
                      m.notTurned(toggle.target ?? !on),
                      m.maybeTurned(toggle.target ?? !on),
                    )}
                  </p>
                  <p className="switch-problem-help">{m.helpdesk(helpdeskCode(toggle.error, 'DND'))}</p>
                  <Button variant="secondary" size="small" onClick={() => toggle.set(toggle.target ?? !on)}>
                    {m.tryAgain}
                  </Button>
                </div>
              ) : undefined
            }
            onToggle={(next) => toggle.set(next)}
          />
          <StatusMessage
            visible
            message={toggle.confirmed === null || toggle.pending ? '' : toggle.confirmed ? m.isOn : m.isOff}
          />
        </section>
      )}
      <Phones phones={phones} />
    </Page>
  )
}

function Phones({ phones }: { phones: Device[] }) {
  return (
    <section className="card" aria-labelledby="dnd-phones-title" id="dnd-phones">
      <SettingHeading id="dnd-phones" headingId="dnd-phones-title" title={m.phonesTitle} />
      {phones.length === 0 ? (
        <p>{m.noPhones}</p>
      ) : (
        <>
          <p className="field-hint">{m.phonesHint}</p>
          <ul className="item-list">
            {phones.map((phone) => (
              <li key={phone.id}>
                <strong>{phone.description || phone.name}</strong>
                <span className="muted"> – {phone.model}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
