import { Trans } from '@lingui/react/macro'
/** One person found: name, title, department, each number (call, copy, use it) and email. */
import { Link } from 'react-router'
import type { DirectoryEntry } from '../../api/users/users.ts'
import { CopyButton } from '../../components/copy-button.tsx'
import { Ltr } from '../../components/ltr.tsx'
import { formatList } from '../../i18n/format.ts'
import { directoryMessages as m, type NumberKind } from './messages.ts'

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
      ['work', m.work, entry.phoneNumber],
      ['mobile', m.mobile, entry.mobileNumber],
      ['home', m.home, entry.homeNumber],
    ] as const
  ).filter(([, , number]) => dialable(number) !== '')
  const about = formatList([entry.title, entry.department].filter(Boolean), 'unit')

  return (
    <article className="card person" aria-label={name}>
      <h3 className="person-name">{name}</h3>
      {about && <p className="person-about">{about}</p>}
      {numbers.length === 0 && <p className="muted">{m.noNumbers}</p>}
      <dl className="person-numbers">
        {numbers.map(([kind, label, number]) => (
          <div key={kind} className="person-number">
            <dt>{label}</dt>
            <dd>
              <a href={`tel:${dialable(number)}`} aria-label={m.call(name, kind)}>
                <Ltr>{number}</Ltr>
              </a>
              <span className="person-actions">
                <CopyButton
                  text={number}
                  copied={m.copied(number)}
                  refused={m.copyFailed}
                  onStatus={onCopied}
                  size="small"
                >
                  <CopyLabel name={name} kind={kind} />
                </CopyButton>
                {canAddSpeedDial && (
                  <Link
                    className="button button--secondary button--small"
                    to={`/speed-dials/add?${new URLSearchParams({ name, number }).toString()}`}
                  >
                    <SpeedDialLabel name={name} kind={kind} />
                  </Link>
                )}
                {canForward && (
                  <Link
                    className="button button--secondary button--small"
                    to={`/call-forwarding?${new URLSearchParams({ to: number, name }).toString()}`}
                  >
                    <ForwardLabel name={name} kind={kind} />
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

type LabelProps = { name: string; kind: NumberKind }

/** "Copy" and, for screen readers, whose number: one sentence per kind of number. */
function CopyLabel({ name, kind }: LabelProps) {
  if (kind === 'work')
    return (
      <Trans>
        Copy<span className="visually-hidden"> {name}’s work number</span>
      </Trans>
    )
  if (kind === 'mobile')
    return (
      <Trans>
        Copy<span className="visually-hidden"> {name}’s mobile number</span>
      </Trans>
    )
  return (
    <Trans>
      Copy<span className="visually-hidden"> {name}’s home number</span>
    </Trans>
  )
}

function SpeedDialLabel({ name, kind }: LabelProps) {
  if (kind === 'work')
    return (
      <Trans>
        Add as speed dial<span className="visually-hidden"> ({name}, work)</span>
      </Trans>
    )
  if (kind === 'mobile')
    return (
      <Trans>
        Add as speed dial<span className="visually-hidden"> ({name}, mobile)</span>
      </Trans>
    )
  return (
    <Trans>
      Add as speed dial<span className="visually-hidden"> ({name}, home)</span>
    </Trans>
  )
}

function ForwardLabel({ name, kind }: LabelProps) {
  if (kind === 'work')
    return (
      <Trans>
        Forward my calls here<span className="visually-hidden"> ({name}, work)</span>
      </Trans>
    )
  if (kind === 'mobile')
    return (
      <Trans>
        Forward my calls here<span className="visually-hidden"> ({name}, mobile)</span>
      </Trans>
    )
  return (
    <Trans>
      Forward my calls here<span className="visually-hidden"> ({name}, home)</span>
    </Trans>
  )
}
