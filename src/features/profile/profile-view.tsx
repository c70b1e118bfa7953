import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { type Device } from '../../api/devices/devices.ts'
import { type Line } from '../../api/extensions/extensions.ts'
import { atLeast } from '../../api/system/system.ts'
import { type User } from '../../api/user/user.ts'
import { InfoNotice } from '../../components/notices.tsx'
import { Ltr } from '../../components/ltr.tsx'
import { Page } from '../../components/page.tsx'
import { nativeLocaleName } from './locales.ts'
import { profileMessages as m } from './messages.ts'
import { ConferenceNowRow } from './conference-now-row.tsx'
import { ProfileForm } from './profile-form.tsx'
import { Row } from './row.tsx'
import { SettingsSummary } from './settings-summary.tsx'
import { profileReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { usePrefetchPhone } from '../../queries/use-prefetch-phone.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'
import './profile.css'

export function ProfileView({
  userId,
  helpdesk,
}: {
  userId: string
  /** "Copy summary for the helpdesk" and "Print settings" (their own feature's). */
  helpdesk?: ReactNode
}) {
  // All of the page's reads start together (and were usually started by the route already).
  const [
    { data: user },
    { data: devices },
    { data: lines },
    { data: locales },
    { data: policy },
    { data: version },
    { data: cluster },
  ] = usePageReads(profileReads, userId)
  const canEditDisplayName = user.displayName !== undefined && atLeast(version.release, '11.5')
  const forwardingShown = policy.showCallForward !== 2
  const prefetchPhone = usePrefetchPhone(userId)

  return (
    <Page title={m.title} lede={m.lede}>
      {!user.homeCluster && (
        <InfoNotice title={m.readOnlyTitle}>
          <p>{m.readOnly(cluster.host)}</p>
        </InfoNotice>
      )}
      <div className="layout-two">
        <section aria-labelledby="details-title" className="card" id="your-details">
          <SettingHeading id="your-details" headingId="details-title" title={m.detailsTitle} />
          <Details user={user} />
        </section>
        <section aria-labelledby="settings-title" className="card" id="your-settings">
          <SettingHeading id="your-settings" headingId="settings-title" title={m.settingsTitle} />
          <SettingsSummary
            userId={userId}
            user={user}
            lines={lines}
            forwardingShown={forwardingShown}
            rulesShown={policy.showCallForward === 1}
          >
            <ConferenceNowRow userId={userId} />
          </SettingsSummary>
          {helpdesk}
        </section>
      </div>
      <section aria-labelledby="lines-title" className="card" id="lines-and-phones">
        <SettingHeading id="lines-and-phones" headingId="lines-title" title={m.linesTitle} />
        <LinesAndPhones lines={lines} devices={devices} onPoint={prefetchPhone} />
      </section>
      <section className="card">
        {user.homeCluster ? (
          <ProfileForm user={user} locales={locales} canEditDisplayName={canEditDisplayName} />
        ) : (
          <>
            <h2 className="section-title">{m.nameAndLanguage}</h2>
            <dl className="summary-list">
              <Row term={m.displayNameLabel} value={user.displayName || '—'} />
              <Row
                term={m.languageLabel}
                value={user.localeId ? nativeLocaleName(user.localeName).label : m.systemDefault}
              />
            </dl>
          </>
        )}
      </section>
    </Page>
  )
}

function fullName(user: User) {
  return [user.firstName, user.lastName].filter(Boolean).join(' ') || user.userId
}

function Details({ user }: { user: User }) {
  return (
    <dl className="summary-list">
      <Row term={m.nameTerm} value={fullName(user)} />
      {user.displayName !== undefined && <Row term={m.displayNameLabel} value={user.displayName || '—'} />}
      <Row term={m.userIdTerm} value={user.userId} />
      {user.email && <Row term={m.emailTerm} value={user.email} />}
      {user.phoneNumber && <Row term={m.workPhoneTerm} value={<Ltr>{user.phoneNumber}</Ltr>} />}
      {user.mobileNumber && <Row term={m.mobileTerm} value={<Ltr>{user.mobileNumber}</Ltr>} />}
      {user.homeNumber && <Row term={m.homePhoneTerm} value={<Ltr>{user.homeNumber}</Ltr>} />}
      {user.department && <Row term={m.departmentTerm} value={user.department} />}
      {user.title && <Row term={m.jobTitleTerm} value={user.title} />}
      {user.manager && <Row term={m.managerTerm} value={user.manager} />}
    </dl>
  )
}

function LinesAndPhones({
  lines,
  devices,
  onPoint,
}: {
  lines: Line[]
  devices: Device[]
  /** Pointing at a phone's link starts its page's reads. */
  onPoint: (deviceId: string) => void
}) {
  return (
    <div className="layout-two">
      <div>
        <h3 className="subsection-title">{m.linesHeading}</h3>
        {lines.length === 0 ? (
          <p>{m.noLines}</p>
        ) : (
          <ul className="item-list">
            {lines.map((line, i) => (
              <li key={line.id}>
                <strong>{m.line(i + 1, line.directoryNumber)}</strong>
                {line.label && ` (${line.label})`}
                {line.isPrimary && <span className="tag">{m.primary}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="subsection-title">{m.phonesHeading}</h3>
        {devices.length === 0 ? (
          <p>{m.noPhones}</p>
        ) : (
          <ul className="item-list">
            {devices.map((device) => (
              <li key={device.id}>
                <Link
                  to={`/phones/${encodeURIComponent(device.id)}`}
                  onMouseEnter={() => onPoint(device.id)}
                  onFocus={() => onPoint(device.id)}
                >
                  <strong>{device.description || device.name}</strong>
                </Link>
                <span className="muted"> – {device.model}</span>
                {device.description && device.description !== device.name && (
                  <span className="device-name">{m.deviceName(device.name)}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
