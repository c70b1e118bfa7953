import { useForm } from 'react-hook-form'
import type { DayOfWeek } from '../../api/remote-destinations/schedule.ts'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { SelectField } from '../../components/fields.tsx'
import { StatusMessage } from '../../components/notices.tsx'
import { DAY_ORDER } from '../../lib/schedule-words.ts'
import { clockTime, dayAndTime, dayName } from './time-words.ts'
import { callsMessages as m } from './messages.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'

export interface ChosenTime {
  day: DayOfWeek
  minutes: number
}

const TIMES = Array.from({ length: 48 }, (_, i) => i * 30)

/** "Try a different time": a day and a time on the user's own clock, or back to now. */
export function TryTime({
  chosen,
  onChoose,
  initial,
}: {
  chosen: ChosenTime | null
  onChoose: (time: ChosenTime | null) => void
  /** Where the choices start: now, rounded down to the half hour. */
  initial: ChosenTime
}) {
  const form = useForm({
    defaultValues: { day: String(initial.day), time: String(initial.minutes - (initial.minutes % 30)) },
  })
  return (
    <section className="card" aria-labelledby="try-time-title" id="try-a-different-time">
      <SettingHeading id="try-a-different-time" headingId="try-time-title" title={m.tryTitle} />
      <form
        noValidate
        className="try-time"
        onSubmit={form.handleSubmit((v) =>
          onChoose({ day: Number(v.day) as DayOfWeek, minutes: Number(v.time) }),
        )}
      >
        <SelectField id="try-day" label={m.day} width="short" registration={form.register('day')}>
          {DAY_ORDER.map((day) => (
            <option key={day} value={day}>
              {dayName(day)}
            </option>
          ))}
        </SelectField>
        <SelectField id="try-time" label={m.time} width="short" registration={form.register('time')}>
          {TIMES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {clockTime(minutes)}
            </option>
          ))}
        </SelectField>
        <ButtonGroup>
          <Button type="submit" variant="secondary">
            {m.show}
          </Button>
          {chosen && (
            <Button variant="secondary" onClick={() => onChoose(null)}>
              {m.backToNow}
            </Button>
          )}
        </ButtonGroup>
      </form>
      <p className="field-hint">{m.tryHint}</p>
      <StatusMessage
        visible
        message={chosen ? m.showingAt(dayAndTime(chosen.day, clockTime(chosen.minutes))) : m.showingNow}
      />
    </section>
  )
}
