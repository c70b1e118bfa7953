import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { deviceKind, isRemoteDestinationCarrier, type Device } from '../../api/devices/devices.ts'
import { InfoNotice } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { phonesReads } from '../../queries/page-reads.ts'
import { phoneQueries } from '../../queries/phones.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { usePrefetchPhone } from '../../queries/use-prefetch-phone.ts'
import { formatList, ltr } from '../../i18n/format.ts'
import { durationWords, phonesMessages as m } from './messages.ts'
import './phones.css'

/** A phone's name as people see it: its description, else its device name. */
export const phoneName = (device: Pick<Device, 'description' | 'name'>) => device.description || device.name

/** `/phones`: every phone as a card from the cached device list (no request per phone). */
export function PhonesOverview({ userId }: { userId: string }) {
  const [{ data: user }, { data: devices }, , { data: cluster }] = usePageReads(phonesReads, userId)
  const prefetch = usePrefetchPhone(userId)
  // Side reads: each card's lines and its model's guide; while they come, or if they fail, the card says so.
  const linesByPhone = useQuery(phoneQueries.linesByPhone(userId))
  const guides = useQuery(phoneQueries.modelGuides()).data ?? {}
  const linesOf = (id: string) => {
    if (linesByPhone.isPending) return m.linesReading
    const dns = linesByPhone.data?.[id]
    if (dns === undefined) return m.linesUnknown
    return dns && dns.length > 0 ? formatList(dns.map(ltr), 'unit') : m.linesNone
  }
  const emLimit = user.emMaxLoginTime && durationWords(user.emMaxLoginTime)
  return (
    <Page title={m.title} lede={m.lede}>
      {!user.homeCluster && (
        <InfoNotice title={m.readOnlyTitle}>
          <p>{m.readOnly(cluster.host)}</p>
        </InfoNotice>
      )}
      {emLimit && <p className="phones-em">{m.emMaxLoginTime(emLimit)}</p>}
      {devices.length === 0 ? (
        <p>{m.noPhones}</p>
      ) : (
        <ul className="phone-cards">
          {devices.map((device) => {
            const kind = m.kind[deviceKind(device)]
            const to = `/phones/${encodeURIComponent(device.id)}`
            return (
              <li key={device.id} className="card phone-card">
                <h2 className="phone-card-title">
                  <Link
                    to={to}
                    onMouseEnter={() => prefetch(device.id)}
                    onFocus={() => prefetch(device.id)}
                    aria-label={m.settingsLink(phoneName(device))}
                  >
                    {phoneName(device)}
                  </Link>
                </h2>
                {kind && <p className="phone-kind">{kind}</p>}
                <PhoneFacts device={device} lines={linesOf(device.id)} />
                {guides[device.model] && !isRemoteDestinationCarrier(device) && (
                  <p className="phone-card-guide">
                    <a href={guides[device.model]} target="_blank" rel="noreferrer noopener">
                      <GuideLabel name={phoneName(device)} />
                    </a>
                  </p>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </Page>
  )
}

/** "Phone guide (PDF)", and for screen readers which phone's. */
function GuideLabel({ name }: { name: string }) {
  return (
    <>
      <span aria-hidden="true">{m.phoneGuide}</span>
      <span className="visually-hidden">{m.guideFor(name)}</span>
    </>
  )
}

/** A phone's model and device name (and on its card, its lines), on its card and on its own page. */
export function PhoneFacts({ device, lines }: { device: Pick<Device, 'model' | 'name'>; lines?: string }) {
  return (
    <dl className="summary-list">
      {lines !== undefined && (
        <div className="summary-row">
          <dt>{m.linesOnIt}</dt>
          <dd>{lines}</dd>
        </div>
      )}
      <div className="summary-row">
        <dt>{m.model}</dt>
        <dd>{device.model}</dd>
      </div>
      <div className="summary-row">
        <dt>{m.deviceName}</dt>
        <dd className="phone-device-name">{device.name}</dd>
      </div>
    </dl>
  )
}
