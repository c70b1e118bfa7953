import type { DayOfWeek } from '../../api/remote-destinations/schedule.ts'
import { formatList } from '../../i18n/format.ts'
import { callsMessages as m } from './messages.ts'
import { clockTime, dayName, hourMark, timeSpan, timeWords } from './time-words.ts'
import type { WeekBand } from './week.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'

const spanWords = (spans: [number, number][]) =>
  spans.length === 0
    ? m.never
    : formatList(
        spans.map(([a, b]) =>
          a === 0 && b === 1440
            ? m.always
            : timeSpan(clockTime(a), b === 1440 ? timeWords('24:00') : clockTime(b)),
        ),
        'unit',
      )

/**
 * The week as a picture (one row per day, a band per phone, now marked) and the same as a table for
 * screen readers. The picture is hidden from them; the table is hidden from sight.
 */
export function WeekAtAGlance({
  bands,
  now,
  place,
}: {
  bands: WeekBand[]
  now: { day: DayOfWeek; minutes: number }
  /** The place whose clock the picture uses, when it isn't the user's own. */
  place: string | null
}) {
  const first = bands[0]
  if (!first) return null
  return (
    <section className="card" aria-labelledby="week-title" id="week-at-a-glance">
      <SettingHeading id="week-at-a-glance" headingId="week-title" title={m.weekTitle} />
      <p>
        {m.weekHint}
        {place && ` ${m.weekPlace(place)}`}
      </p>
      <div className="week" aria-hidden="true">
        <div className="week-scale">
          {[0, 360, 720, 1080, 0].map((minutes, i) => (
            <span key={i} style={{ insetInlineStart: `${i * 25}%` }}>
              {hourMark(minutes)}
            </span>
          ))}
        </div>
        {first.days.map(({ day }, row) => (
          <div key={day} className={`week-day${day === now.day ? ' week-day--today' : ''}`}>
            <div className="week-day-name">{dayName(day)}</div>
            <div className="week-bands">
              {bands.map((band, b) => (
                <div key={band.id} className="week-band">
                  <span className="week-band-name">{band.name}</span>
                  <div className={`week-track week-track--${b % 4}`}>
                    {band.days[row]!.spans.map(([a, z]) => (
                      <div
                        key={a}
                        className="week-span"
                        style={{
                          insetInlineStart: `${(a / 1440) * 100}%`,
                          inlineSize: `${((z - a) / 1440) * 100}%`,
                        }}
                      />
                    ))}
                    {day === now.day && (
                      <div
                        className="week-now"
                        style={{ insetInlineStart: `${(now.minutes / 1440) * 100}%` }}
                      />
                    )}
                  </div>
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
      {/* Hidden from sight by its wrapper: a table ignores the width that hides other elements. */}
      <div className="visually-hidden">
        <table>
          <caption>{m.weekTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.phoneColumn}</th>
              {first.days.map(({ day }) => (
                <th key={day} scope="col">
                  {dayName(day)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bands.map((band) => (
              <tr key={band.id}>
                <th scope="row">{band.name}</th>
                {band.days.map(({ day, spans }) => (
                  <td key={day}>{spanWords(spans)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
