/** One person found: name, title, department, each number (call, copy, use it) and email. */
import { Link } from 'react-router'
import type { DirectoryEntry } from '../../api/users/users.ts'
import { CopyButton } from '../../components/copy-button.tsx'
import { directoryMessages as m } from './messages.ts'

export function personName(entry: DirectoryEntry): string {
  return (
    entry.displayName?.trim() || [entry.firstName, entry.lastName].filter(Boolean).join(' ') || entry.userId
  )
}

/** What a phone dials: digits, `+`, `*`, `#` only (the number is shown as the directory has it). */
export function dialable(number: string): string {
  return number.replace(/[^\d+*#]/g, '')
}

export function PersonCard({
  entry,
  canAddSpeedDial,
  canForward,
  onCopied,
}: {
  entry: DirectoryEntry
  canAddSpeedDial: boolean
  canForward: boolean
  onCopied: (message: string) => void
}) {
  const name = personName(entry)
  const numbers = (
    [
      [m.work, entry.phoneNumber],
      [m.mobile, entry.mobileNumber],
      [m.home, entry.homeNumber],
    ] as const
  ).filter(([, number]) => dialable(number) !== '')
  const about = [entry.title, entry.department].filter(Boolean).join(', ')

  return (
    <article className="card person" aria-label={name}>
      <h3 className="person-name">{name}</h3>
      {about && <p className="person-about">{about}</p>}
      {numbers.length === 0 && <p className="muted">{m.noNumbers}</p>}
      <dl className="person-numbers">
        {numbers.map(([label, number]) => (
          <div key={label} className="person-number">
            <dt>{label}</dt>
            <dd>
              <a href={`tel:${dialable(number)}`} aria-label={m.call(name, label)}>
                {number}
              </a>
              <span className="person-actions">
                <CopyButton
                  text={number}
                  copied={m.copied(number)}
                  refused={m.copyFailed}
                  onStatus={onCopied}
                  size="small"
                >
                  {m.copy}
                  <span className="visually-hidden">{m.copyName(name, label)}</span>
                </CopyButton>
                {canAddSpeedDial && (
                  <Link
                    className="button button--secondary button--small"
                    to={`/speed-dials/add?${new URLSearchParams({ name, number }).toString()}`}
                  >
                    {m.addSpeedDial}
                    <span className="visually-hidden">{m.actionFor(name, label)}</span>
                  </Link>
                )}
                {canForward && (
                  <Link
                    className="button button--secondary button--small"
                    to={`/call-forwarding?${new URLSearchParams({ to: number, name }).toString()}`}
                  >
                    {m.forwardHere}
                    <span className="visually-hidden">{m.actionFor(name, label)}</span>
                  </Link>
                )}
              </span>
            </dd>
          </div>
        ))}
        {entry.email && (
          <div className="person-number">
            <dt>{m.email}</dt>
            <dd>
              <a href={`mailto:${entry.email}`}>{entry.email}</a>
            </dd>
          </div>
        )}
      </dl>
    </article>
  )
}
