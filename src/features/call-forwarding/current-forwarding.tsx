import type { Line } from '../../api/extensions/extensions.ts'
import { forwardingSentence } from '../../lib/read-back.ts'
import { forwardingMessages as m } from './messages.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'
import './current-forwarding.css'

/** One read-back sentence per line, the same words as on Profile and for the helpdesk. */
export function CurrentForwarding({ lines }: { lines: Line[] }) {
  return (
    <section className="card forwarding-now" aria-labelledby="forwarding-now-title" id="forwarding-now">
      <SettingHeading id="forwarding-now" headingId="forwarding-now-title" title={m.nowTitle} />
      {lines.length === 0 ? (
        <p>{m.noLines}</p>
      ) : (
        <ul className="plain-list forwarding-now-list">
          {lines.map((line) => (
            <li key={line.id}>{forwardingSentence(line.directoryNumber, line.callForward)}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
