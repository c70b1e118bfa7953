/**
 * `/conference-now`: the number people dial and the attendee access code (hidden behind "Show";
 * changed or removed with its rules shown first). One read, one write.
 */
import { Trans } from '@lingui/react/macro'
import { useState } from 'react'
import { Ltr } from '../../components/ltr.tsx'
import { InfoNotice } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { Button } from '../../components/button.tsx'
import { useConfig } from '../../lib/config-context.ts'
import { conferenceNowReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { useQuery } from '@tanstack/react-query'
import { systemQueries } from '../../queries/system.ts'
import { AccessCodeForm } from './access-code-form.tsx'
import { conferenceNowMessages as m } from './messages.ts'
import './conference-now.css'
import { SettingHeading } from '../../components/setting-heading.tsx'

export function ConferenceNowView({ userId }: { userId: string }) {
  const [{ data: conferencing }, { data: user }] = usePageReads(conferenceNowReads, userId)
  // A side read: only the read-only notice names it.
  const cluster = useQuery(systemQueries.clusterUser(userId)).data
  const config = useConfig()
  const [shown, setShown] = useState(false)

  if (!conferencing?.enabled) {
    return (
      <Page title={m.title}>
        <InfoNotice title={m.notSetUpTitle}>
          <p>{m.notSetUp}</p>
        </InfoNotice>
      </Page>
    )
  }
  const code = conferencing.accessCode
  return (
    <Page title={m.title} lede={m.lede}>
      <section className="card" aria-labelledby="cn-join-title" id="how-to-join">
        <SettingHeading id="how-to-join" headingId="cn-join-title" title={m.joinTitle} />
        <dl className="summary-list">
          <div className="summary-row">
            <dt>{m.dialNumber}</dt>
            <dd>
              {config.conferenceNowNumber ? (
                <a href={`tel:${config.conferenceNowNumber.replace(/[^\d+*#]/g, '')}`}>
                  <Ltr>{config.conferenceNowNumber}</Ltr>
                </a>
              ) : (
                m.dialUnknown
              )}
            </dd>
          </div>
          {user.phoneNumber && (
            <div className="summary-row">
              <dt>{m.meetingNumber}</dt>
              <dd>{m.meetingNumberIs(user.phoneNumber)}</dd>
            </div>
          )}
        </dl>
        <p className="field-hint">{m.hostPin}</p>
      </section>
      <section className="card" aria-labelledby="cn-code-title" id="access-code">
        <SettingHeading id="access-code" headingId="cn-code-title" title={m.codeTitle} />
        <p className="cn-current">
          <span className="cn-current-label">{m.currentLabel} </span>
          {code === '' ? (
            m.none
          ) : (
            <>
              <span className="cn-code">{shown ? code : m.hidden(code.length)}</span>{' '}
              <Button
                variant="secondary"
                size="small"
                aria-pressed={shown}
                onClick={() => setShown((s) => !s)}
              >
                {shown ? (
                  <Trans context="access code">
                    Hide<span className="visually-hidden"> access code</span>
                  </Trans>
                ) : (
                  <Trans context="access code">
                    Show<span className="visually-hidden"> access code</span>
                  </Trans>
                )}
              </Button>
            </>
          )}
        </p>
        {user.homeCluster ? (
          <AccessCodeForm userId={userId} current={code} />
        ) : (
          <InfoNotice title={m.readOnlyTitle}>
            <p>{m.readOnly(cluster?.host ?? null)}</p>
          </InfoNotice>
        )}
      </section>
    </Page>
  )
}
