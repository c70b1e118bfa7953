import { t } from '@lingui/core/macro'
import { Trans } from '@lingui/react/macro'
import { useEffect } from 'react'
import { ltr } from '../i18n/format.ts'
import { Ltr } from './ltr.tsx'
import { useConfig } from '../lib/config-context.ts'
import { recordProblem } from '../lib/problem-log.ts'
import { ApiError } from '../api/api-error.ts'
import { Button } from './button.tsx'
import './problem.css'

const CODES: Record<ApiError['kind'], string> = {
  auth: 'AUTH',
  notFound: 'NF',
  unsupported: 'NS',
  conflict: 'CON',
  invalid: 'VAL',
  busy: 'BUSY',
  server: 'SRV',
  network: 'NET',
  timeout: 'TIME',
  malformed: 'DATA',
}

/** The code to quote to the helpdesk: area + kind + status, e.g. "SD-BUSY-503". */
export function helpdeskCode(error: ApiError, area: string): string {
  return `${area}-${CODES[error.kind]}-${String(error.status || 0).padStart(3, '0')}`
}

/** A helpdesk code put into a sentence of the page's own (an event, not a render): recorded for the helpdesk summary. */
export function shownCode(error: ApiError, area: string): string {
  const code = helpdeskCode(error, area)
  recordProblem(code, error.at)
  return code
}

/** Records a helpdesk code shown outside a ProblemMessage (for the helpdesk summary), while shown. */
export function useShownCode(code: string | undefined, at: Date | undefined) {
  const time = at?.getTime()
  useEffect(() => {
    if (code) recordProblem(code, time === undefined ? new Date() : new Date(time))
  }, [code, time])
}

/**
 * A write whose answer never came (no answer in time, or the connection dropped while online): a slow
 * phone system can still apply it after we stopped waiting, so it must never be called "not changed".
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false
  return error.kind === 'timeout' || (error.kind === 'network' && navigator.onLine !== false)
}

/** What happened to a write whose answer never came, in words. */
export const unknownOutcome = () =>
  t`The phone system’s answer never arrived, so we can’t tell whether it made the change – it may still make it after we stopped waiting.`

/**
 * One sentence for a change that failed: "not done" and why, or, when the answer never came, that it
 * may already be done.
 */
export function changeFailedSentence(error: unknown, notDone: string, maybeDone: string): string {
  if (outcomeUnknown(error)) return `${maybeDone} ${unknownOutcome()} ${t`Try again to make sure.`}`
  return `${notDone} ${problemSentence(error)}`
}

/** What happened, in words, for failures the user cannot fix in a field. */
export function problemSentence(error: unknown): string {
  if (!(error instanceof ApiError)) return t`Something went wrong in this page.`
  switch (error.kind) {
    case 'network':
      return navigator.onLine === false
        ? t`You're offline, so we couldn't reach the phone system.`
        : t`We couldn't reach the phone system.`
    case 'timeout':
      return t`The phone system took too long to answer.`
    case 'busy':
      return t`The phone system is busy at the moment.`
    case 'server':
      return t`The phone system had a problem.`
    case 'malformed':
      return t`The phone system sent an answer we could not read.`
    case 'auth':
      return t`You're signed out.`
    case 'notFound':
      return t`The phone system could not find this setting. It may have been removed.`
    case 'unsupported':
      return t`Your phone system doesn't support this.`
    case 'conflict':
      return t`The phone system refused the change.`
    case 'invalid':
      return t`The phone system didn't accept the change.`
  }
}

interface ProblemProps {
  error: unknown
  /** Short area code for the helpdesk ("PR" profile, "CF" forwarding, …). */
  area: string
  /** 'load': a read failed. 'save': a write failed (changes not saved). */
  action: 'load' | 'save'
  onRetry?: () => void
  retrying?: boolean
  /**
   * Replaces the heading (e.g. "Your phone PIN wasn't changed", "Sorry, we couldn't load the
   * directory"): always a whole sentence, never a phrase put into one, so each language can word it.
   */
  title?: string
  /** Replaces "Your changes are still here." (e.g. when secrets were cleared on purpose). */
  note?: string
  /** Replaces "Try again" on the retry button. */
  retryLabel?: string
  /**
   * For a save whose answer never came: replaces the heading and the note (it may already be done);
   * `retry: false` when repeating it blindly would do harm (a password change).
   */
  unsure?: { title: string; note: string; retry?: boolean }
}

const unsureSave = () => ({
  title: t`Your change may already be saved`,
  note: t`Your changes are still here. Try again to make sure – saving the same change twice does no harm.`,
})

/**
 * A page-level message for failures the user can't fix in a field (GOV.UK's "problem with the service"):
 * what happened, what happened to their changes, what to do, and a code with details for the helpdesk.
 */
export function ProblemMessage({
  error,
  area,
  action,
  onRetry,
  retrying,
  title: titleOverride,
  note,
  retryLabel = t`Try again`,
  unsure = unsureSave(),
}: ProblemProps) {
  const config = useConfig()
  const apiError = error instanceof ApiError ? error : undefined
  const code = apiError ? helpdeskCode(apiError, area) : `${area}-APP-000`
  const helpdeskPhone = config.helpdesk ? ltr(config.helpdesk.phone) : null
  const maybeDone = action === 'save' && outcomeUnknown(error)
  // The helpdesk summary lists the codes shown in this session (with the problem's own time).
  useShownCode(code, apiError?.at)
  const title = maybeDone
    ? unsure.title
    : (titleOverride ??
      (action === 'load' ? t`Sorry, we couldn't load this page` : t`Your changes have not been saved`))
  return (
    <div className="problem" role="alert" aria-labelledby={`problem-${area}-title`}>
      <h2 className="problem-title" id={`problem-${area}-title`}>
        {title}
      </h2>
      {maybeDone ? (
        <p>
          {unknownOutcome()} {unsure.note}
        </p>
      ) : (
        <p>
          {problemSentence(error)} {note ?? (action === 'save' ? t`Your changes are still here.` : '')}{' '}
          {apiError?.kind === 'busy' || apiError?.kind === 'network' || apiError?.kind === 'timeout'
            ? t`Try again in a minute.`
            : ''}
        </p>
      )}
      {onRetry && !(maybeDone && unsure.retry === false) && (
        <Button variant="secondary" onClick={onRetry} pending={retrying} pendingText={t`Trying again…`}>
          {retryLabel}
        </Button>
      )}
      <p className="problem-help">
        {helpdeskPhone ? (
          <Trans>
            If it keeps happening, call the helpdesk on {helpdeskPhone} and quote{' '}
            <strong className="code">{code}</strong>.
          </Trans>
        ) : (
          <Trans>
            If it keeps happening, call the helpdesk and quote <strong className="code">{code}</strong>.
          </Trans>
        )}
      </p>
      <details className="details">
        <summary>{t`Details for your helpdesk`}</summary>
        <dl className="details-list">
          <dt>{t`Code`}</dt>
          <dd>{code}</dd>
          {apiError && (
            <>
              <dt>{t`Request`}</dt>
              <dd>
                <Ltr>{apiError.request}</Ltr>
              </dd>
              <dt>{t`Status`}</dt>
              <dd>{apiError.status || t`no response`}</dd>
              <dt>{t`Time`}</dt>
              <dd>
                <Ltr>{apiError.at.toISOString()}</Ltr>
              </dd>
              {apiError.serverMessage && (
                <>
                  <dt>{t`Server said`}</dt>
                  <dd>{apiError.serverMessage}</dd>
                </>
              )}
            </>
          )}
          <dt>{t`Portal`}</dt>
          <dd>
            <Ltr>{window.location.origin}</Ltr>
          </dd>
        </dl>
      </details>
    </div>
  )
}
