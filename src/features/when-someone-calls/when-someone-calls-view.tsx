import { useState } from 'react'
import { Link } from 'react-router'
import { isRemoteDestinationCarrier } from '../../api/devices/devices.ts'
import { findTimeZone, timeZoneId } from '../../api/remote-destinations/schedule.ts'
import { Page } from '../../components/page.tsx'
import { whenSomeoneCallsReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { callPath, type PathSnrPhone } from './call-path.ts'
import { callsMessages as m } from './messages.ts'
import { knownZone, localTime, nextInstant, placeName } from './ring-times.ts'
import { TryTime, type ChosenTime } from './try-time.tsx'
import { WeekAtAGlance } from './week-at-a-glance.tsx'
import { weekBands } from './week.ts'
import './when-someone-calls.css'
import { SettingHeading } from '../../components/setting-heading.tsx'
import { settingIds } from '../../lib/setting-ids.ts'

/** The browser's own zone: "Try a different time" is on the user's clock. */
const ownZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

export function WhenSomeoneCallsView({ userId }: { userId: string }) {
  const [
    { data: user },
    { data: lines },
    { data: rules },
    { data: devices },
    { data: dnd },
    { data: rds },
    { data: zones },
    { data: linesByPhone },
  ] = usePageReads(whenSomeoneCallsReads, userId)
  // The lines on a phone (by its device name, as a Single Number Reach phone names its profile).
  const linesOn = (deviceName: string | undefined) => {
    const device = devices.find((d) => d.name === deviceName)
    return device ? (linesByPhone[device.id] ?? undefined) : undefined
  }
  const [now] = useState(() => new Date())
  const [chosen, setChosen] = useState<ChosenTime | null>(null)
  const zone = ownZone()
  const at = chosen ? nextInstant(now, zone, chosen.day, chosen.minutes) : now

  const snr: PathSnrPhone[] = user.mobileConnect
    ? rds.map((rd) => {
        const saved = rd.schedule?.timeZone ?? ''
        const option = findTimeZone(zones, saved)
        const id = knownZone(saved) ? saved : option ? timeZoneId(option) : ''
        return {
          id: rd.id,
          name: rd.name,
          number: rd.number,
          ring: rd.ringWhenExtensionDialed,
          schedule: rd.schedule,
          zone: knownZone(id) ? id : zone,
          lines: linesOn(rd.device?.name),
        }
      })
    : []
  const phones = devices.filter((d) => !isRemoteDestinationCarrier(d))
  const path = callPath({
    lines: lines.map((line) => {
      const r = rules.find((x) => x.lineId === line.id)
      return {
        id: line.id,
        directoryNumber: line.directoryNumber,
        isPrimary: line.isPrimary,
        callForward: line.callForward,
        rules: r?.rules ?? null,
        voicemailPilot: r?.voicemailPilot ?? '',
      }
    }),
    dnd: user.doNotDisturb,
    dndOptions: dnd.map((d) => d.option),
    phones: phones.map((d) => ({ name: d.description || d.name, lines: linesByPhone[d.id] ?? undefined })),
    snr,
    at,
  })
  // The picture is drawn on the schedules' clock (the first scheduled phone's zone), "now" too.
  const weekZone = snr.find((p) => p.schedule)?.zone ?? zone

  return (
    <Page title={m.title} lede={m.lede}>
      {path.warnings.length > 0 && (
        <section className="card notice notice--warning" aria-labelledby="warnings-title">
          <h2 id="warnings-title" className="section-title">
            {m.warningsTitle}
          </h2>
          <ul className="call-warnings">
            {path.warnings.map((w) => (
              <li key={w.id + w.text}>
                {w.text}
                <Link to={w.link.to}>{w.link.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {path.lines.map((line) => (
        <section
          key={line.id}
          className="card"
          aria-labelledby={`calls-${line.id}`}
          id={settingIds.forwardLine(line.directoryNumber)}
        >
          <SettingHeading
            id={settingIds.forwardLine(line.directoryNumber)}
            headingId={`calls-${line.id}`}
            title={m.lineTitle(line.directoryNumber)}
          />
          <ol className="call-steps">
            {line.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ))}
      {path.usually && <p className="field-hint">{m.unconfirmed}</p>}
      <TryTime chosen={chosen} onChoose={setChosen} initial={localTime(now, zone)} />
      <WeekAtAGlance
        bands={weekBands(m.yourPhones, user.doNotDisturb, snr)}
        now={localTime(at, weekZone)}
        place={weekZone === zone ? null : placeName(weekZone)}
      />
    </Page>
  )
}
