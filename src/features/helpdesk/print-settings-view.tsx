import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Button } from '../../components/button.tsx'
import { Spinner } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { keys } from '../../queries/keys.ts'
import { gatherFacts } from './gather.ts'
import { helpdeskMessages as m } from './messages.ts'
import { summaryMessages as sm } from './summary-messages.ts'
import { summarySections, timeText } from './summary.ts'
import './print-settings.css'

/**
 * "Print settings": the helpdesk summary as a clean document (the same sections and rows as the
 * copied text). On paper only the document shows (no header, navigation or buttons), on one page.
 */
export function PrintSettingsView({ userId }: { userId: string }) {
  const { data: facts } = useQuery({
    queryKey: keys.helpdeskSummary(userId),
    queryFn: ({ client }) => gatherFacts(client, userId),
    // A snapshot of this moment: read again each time the page opens, never kept.
    staleTime: 0,
    gcTime: 0,
  })
  return (
    <Page title={m.print} heading={m.printTitle} lede={m.printLede}>
      <div className="print-actions">
        <Button onClick={() => window.print()}>{m.printButton}</Button>
        <Link to="/profile">{m.printBack}</Link>
      </div>
      {!facts ? (
        <Spinner label={m.reading} />
      ) : (
        <article className="print-document" aria-labelledby="print-document-title">
          <h2 id="print-document-title" className="print-document-title">
            {sm.heading}
          </h2>
          <p className="print-checked">{sm.labelled(sm.checked, timeText(facts.at))}</p>
          <div className="print-sections">
            {summarySections(facts).map((section) => (
              <section key={section.id} className="print-section" aria-labelledby={`print-${section.id}`}>
                <h3 id={`print-${section.id}`} className="print-section-title">
                  {section.title}
                </h3>
                <dl className="print-rows">
                  {section.rows.map(([label, value], i) => (
                    <div key={i} className="print-row">
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        </article>
      )}
    </Page>
  )
}
