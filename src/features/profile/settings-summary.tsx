import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Line } from '../../api/extensions/extensions.ts'
import type { User } from '../../api/user/user.ts'
import { forwardingSentence } from '../../lib/read-back.ts'
import { scheduleText } from '../../lib/schedule-words.ts'
import { lineRuleQueries } from '../../queries/line-rules.ts'
import { remoteDestinationQueries } from '../../queries/remote-destinations.ts'
import { speedDialQueries } from '../../queries/speed-dials.ts'
import { profileMessages as m } from './messages.ts'
import { ActionText, Row } from './row.tsx'

interface SettingsSummaryProps {
  userId: string
  user: User
  lines: Line[]
  forwardingShown: boolean
  /** Busy and no-answer rules are offered (not "Forward All only"). */
  rulesShown: boolean
  /** Rows of pages that are not on every installation (Conference Now), before PIN and password. */
  children?: ReactNode
}

/**
 * "Your settings": what is set, not what each page is for ("3 speed dials", "Mobile rings Monday to
 * Friday, 8:00am to 6:00pm", "Busy: voicemail"). Speed dials and Single Number Reach are the page's
 * side reads (a failure leaves the row's plain description), as are the busy and no-answer rules (a
 * read per line, after the list: they join the row when they come).
 */
export function SettingsSummary({
  userId,
  user,
  lines,
  forwardingShown,
  rulesShown,
  children,
}: SettingsSummaryProps) {
  const speedDials = useQuery(speedDialQueries.user(userId)).data
  const snr = useQuery({ ...remoteDestinationQueries.list(userId), enabled: user.mobileConnect }).data
  const rules = useQuery({ ...lineRuleQueries.all(userId), enabled: rulesShown }).data
  return (
    <dl className="summary-list">
      <Row
        term={m.dndTerm}
        value={user.doNotDisturb ? m.dndOn : m.dndOff}
        action={
          <Link to="/do-not-disturb">
            <ActionText visible={m.change} full={m.changeDnd} />
          </Link>
        }
      />
      {forwardingShown && (
        <Row
          term={m.forwardingTerm}
          value={
            lines.length ? (
              <ul className="plain-list">
                {lines.map((line) => {
                  const r = rulesShown ? rules?.find((x) => x.lineId === line.id) : undefined
                  return (
                    <li key={line.id}>
                      {forwardingSentence(line.directoryNumber, line.callForward)}
                      {r && (
                        <span className="summary-detail">
                          {m.rules(r.rules.busyInternal, r.rules.noAnswerInternal)}
                        </span>
                      )}
                    </li>
                  )
                })}
              </ul>
            ) : (
              m.noLinesShort
            )
          }
          action={
            <Link to="/call-forwarding">
              <ActionText visible={m.change} full={m.changeForwarding} />
            </Link>
          }
        />
      )}
      <Row
        term={m.speedDialsTerm}
        value={
          !speedDials
            ? m.speedDialsFor
            : speedDials.unified
              ? m.speedDialCount(speedDials.speedDials.length)
              : m.speedDialsPerPhone
        }
        action={
          <Link to="/speed-dials">
            <ActionText visible={m.view} full={m.viewSpeedDials} />
          </Link>
        }
      />
      {user.mobileConnect && (
        <Row
          term={m.snrTerm}
          value={
            !snr ? (
              m.snrFor
            ) : snr.length === 0 ? (
              m.noSnrPhones
            ) : (
              <ul className="plain-list">
                {snr.map((phone) => (
                  <li key={phone.id}>
                    {!phone.ringWhenExtensionDialed
                      ? m.snrOff(phone.name)
                      : phone.schedule
                        ? m.snrRings(phone.name, scheduleText(phone.schedule))
                        : m.snrAlways(phone.name)}
                  </li>
                ))}
              </ul>
            )
          }
          action={
            <Link to="/single-number-reach">
              <ActionText visible={m.view} full={m.viewSnr} />
            </Link>
          }
        />
      )}
      <Row
        term={m.whenSomeoneCallsTerm}
        value={m.whenSomeoneCalls}
        action={
          <Link to="/when-someone-calls">
            <ActionText visible={m.see} full={m.seeWhenSomeoneCalls} />
          </Link>
        }
      />
      {children}
      <Row
        term={m.pinTerm}
        value={m.pinValue}
        action={
          <Link to="/pin-and-password">
            <ActionText visible={m.change} full={m.changePin} />
          </Link>
        }
      />
    </dl>
  )
}
