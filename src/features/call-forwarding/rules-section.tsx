import { useQuery } from '@tanstack/react-query'
import type { Line } from '../../api/extensions/extensions.ts'
import type { LineRules } from '../../api/extensions/line-rules.ts'
import { Spinner } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { lineRuleQueries } from '../../queries/line-rules.ts'
import { rulesMessages as m } from './messages.ts'
import { ruleSentences } from './rules-model.ts'
import { RulesForm } from './rules-form.tsx'
import { SettingHeading } from '../../components/setting-heading.tsx'
import './rules.css'

/**
 * "When you don't answer or are busy": each line's rules now, and (on the home cluster) the form.
 * Its read is the page's side read, so a failure here leaves forward-all working.
 */
export function RulesSection({
  userId,
  lines,
  canEdit,
}: {
  userId: string
  lines: Line[]
  canEdit: boolean
}) {
  const query = useQuery(lineRuleQueries.all(userId))
  return (
    <section className="card rules" aria-labelledby="rules-title" id="busy-and-no-answer">
      <SettingHeading id="busy-and-no-answer" headingId="rules-title" title={m.title} />
      <p>{m.lede}</p>
      {query.isPending ? (
        <Spinner label={m.loading} />
      ) : query.isError ? (
        <ProblemMessage
          error={query.error}
          area="CR"
          action="load"
          title={m.loadFailedTitle}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <>
          <RulesNow rules={query.data} />
          {canEdit && <RulesForm userId={userId} lines={lines} rules={query.data} />}
        </>
      )}
    </section>
  )
}

function RulesNow({ rules }: { rules: LineRules[] }) {
  return (
    <div className="rules-now">
      <h3 className="subsection-title">{m.nowTitle}</h3>
      <ul className="plain-list">
        {rules.map((r) => (
          <li key={r.lineId}>
            <strong>{m.lineRules(r.directoryNumber)}</strong>
            <ul className="plain-list">
              {ruleSentences(r).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  )
}
