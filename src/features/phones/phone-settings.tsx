import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { Link } from 'react-router'
import { webAddress } from '../../api/system/models.ts'
import { deviceKind } from '../../api/devices/devices.ts'
import { InfoNotice } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { UnsavedChangesGuard } from '../../components/unsaved-changes.tsx'
import { phoneReads } from '../../queries/page-reads.ts'
import { phoneQueries } from '../../queries/phones.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { DndSection } from './dnd-section.tsx'
import { policyShows, type PhoneContext } from './phone-context.ts'
import { LineForm } from './line-form.tsx'
import { phonesMessages as m } from './messages.ts'
import { PhoneNameForm } from './phone-name-form.tsx'
import { PhoneFacts, phoneName } from './phones-overview.tsx'
import { ServicesSection } from './services-section.tsx'
import { SettingHeading } from '../../components/setting-heading.tsx'
import './phones.css'

const LIST_PATH = '/phones'

/** `/phones/{deviceId}`: one phone's name, Do not disturb, lines and phone services. */
export function PhoneSettingsView({ userId, deviceId }: { userId: string; deviceId: string }) {
  const [
    { data: user },
    { data: devices },
    { data: policy },
    { data: cluster },
    { data: userLines },
    { data: device },
    { data: lines },
    { data: optionLists },
    { data: userServices },
    { data: deviceServices },
    { data: catalogue },
  ] = usePageReads({ main: (u: string) => phoneReads(u, deviceId) }, userId)
  const [gone, setGone] = useState(false)
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set())
  const onDirty = useCallback(
    (form: string, isDirty: boolean) =>
      setDirty((old) => {
        if (old.has(form) === isDirty) return old
        const next = new Set(old)
        if (isDirty) next.add(form)
        else next.delete(form)
        return next
      }),
    [],
  )
  const onGone = useCallback(() => setGone(true), [])
  // Which other phones carry a line, once the Phones list has read every phone's lines (no read here).
  const linesByPhone = useQuery({ ...phoneQueries.linesByPhone(userId), enabled: false }).data
  const otherPhonesWith = (dn: string) =>
    linesByPhone && devices.every((d) => linesByPhone[d.id])
      ? devices.filter((d) => d.id !== deviceId && linesByPhone[d.id]!.includes(dn)).map(phoneName)
      : undefined

  if (gone || !device || !lines) {
    return (
      <Page title={m.goneTitle} back={{ to: LIST_PATH, label: m.backToList }}>
        <p>{m.gone}</p>
        <p>
          <Link to={LIST_PATH}>{m.backToList}</Link>
        </p>
      </Page>
    )
  }

  const kind = deviceKind(device)
  const ctx: PhoneContext = { userId, deviceId, editable: user.homeCluster, onGone, onDirty }
  const isRemote = kind === 'remoteDestinationProfile' || kind === 'ctiRemoteDevice'
  const name = phoneName(device)
  return (
    <Page title={name} lede={m.kind[kind] || undefined} back={{ to: LIST_PATH, label: m.backToList }}>
      {!user.homeCluster && (
        <InfoNotice title={m.readOnlyTitle}>
          <p>{m.readOnly(cluster.host)}</p>
        </InfoNotice>
      )}
      <section aria-labelledby="phone-about-title" className="card phone-section" id="phone-about">
        <SettingHeading id="phone-about" headingId="phone-about-title" title={m.aboutTitle} />
        <PhoneFacts device={device} />
        {webAddress(device.userGuide) && (
          <p>
            <a href={webAddress(device.userGuide)} target="_blank" rel="noreferrer noopener">
              {m.phoneGuide}
            </a>
          </p>
        )}
        {isRemote && (
          <p>
            {m.remoteProfile} <Link to="/single-number-reach">{m.remoteProfileLink}</Link>
          </p>
        )}
      </section>
      <PhoneNameForm ctx={ctx} device={device} />
      {!isRemote && device.dnd && <DndSection ctx={ctx} dnd={device.dnd} />}
      {lines.length === 0 ? (
        <p>{m.noLines}</p>
      ) : (
        lines.map((line, i) => (
          <LineForm
            key={line.id}
            ctx={ctx}
            line={line}
            shared={userLines.find((l) => l.id === line.id)?.sameOnEveryPhone ?? {}}
            otherPhones={otherPhonesWith(line.directoryNumber)}
            position={i + 1}
            policy={policy}
            optionLists={optionLists}
          />
        ))
      )}
      {!isRemote && (
        <ServicesSection
          ctx={ctx}
          shown={policyShows(policy, 'ShowIPPhoneServices')}
          userServices={userServices}
          deviceServices={deviceServices}
          catalogue={catalogue}
        />
      )}
      <UnsavedChangesGuard when={dirty.size > 0} message={m.unsavedMessage(name)} />
    </Page>
  )
}
