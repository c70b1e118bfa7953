import { useQuery } from '@tanstack/react-query'
import { hasSignInHistory } from '../../api/credentials/credentials.ts'
import { credentialsQueries, useChangePassword, useChangePin } from '../../queries/credentials.ts'
import { type User } from '../../api/user/user.ts'
import { Button } from '../../components/button.tsx'
import { InfoNotice } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { UnsavedChangesGuard } from '../../components/unsaved-changes.tsx'
import { m, pinText } from './messages.ts'
import { historySentences } from './outcome.ts'
import { useFlag } from '../../lib/flag.ts'
import { passwordKind, pinKind } from './secret-kinds.ts'
import { SecretForm, UnsavedSecrets } from './secret-form.tsx'
import { VoicemailSection } from './voicemail-section.tsx'
import { pinAndPasswordReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'

export function PinAndPasswordView({ userId }: { userId: string }) {
  // The page's reads start together (usually already started by the route). Sign-in history and the
  // voicemail check have their own reads so that neither can stop the PIN and password forms.
  const [{ data: user }, { data: policy }, { data: version }, { data: cluster }] = usePageReads(
    pinAndPasswordReads,
    userId,
  )
  const [unsaved, unsavedSecrets] = useFlag()
  const changePin = useChangePin(userId)
  // On success the session already uses the new password (see useChangePassword), so the user stays
  // signed in and every later request works.
  const changePassword = useChangePassword(userId)
  const historyShown = hasSignInHistory(version.release)
  const passwordHidden = user.ldapAuth || !policy.showChangePassword

  return (
    <Page title={m.title} lede={m.lede}>
      <UnsavedSecrets.Provider value={unsavedSecrets}>
        {!user.homeCluster ? (
          <>
            <InfoNotice title={m.readOnlyTitle}>
              <p>{m.readOnly(cluster.host)}</p>
            </InfoNotice>
            <ReadOnlySections user={user} />
          </>
        ) : (
          <div className="secret-sections">
            <section className="card secret-section" aria-labelledby="phone-pin-title" id="phone-pin">
              <SettingHeading id="phone-pin" headingId="phone-pin-title" title={pinText.phone.title} />
              <p className="section-lede">{pinText.phone.lede}</p>
              {policy.showChangePin ? (
                <SecretForm kind={pinKind('phone')} mutation={changePin} />
              ) : (
                <p>{pinText.phone.policyHidden}</p>
              )}
            </section>

            <section className="card secret-section" aria-labelledby="password-title" id="password">
              <SettingHeading id="password" headingId="password-title" title={m.password.title} />
              {passwordHidden ? (
                <p>{user.ldapAuth ? m.password.ldap : m.password.policyHidden}</p>
              ) : (
                <>
                  <p className="section-lede">{m.password.lede}</p>
                  <SecretForm kind={passwordKind(userId)} mutation={changePassword} />
                </>
              )}
            </section>

            <VoicemailSection userId={userId} />
          </div>
        )}
        {historyShown && <SignInHistorySection userId={userId} />}
        <UnsavedChangesGuard when={unsaved} message={m.unsavedMessage} />
      </UnsavedSecrets.Provider>
    </Page>
  )
}

/** Another cluster holds the user's settings: say what each secret is for, with no controls at all. */
function ReadOnlySections({ user }: { user: User }) {
  return (
    <section className="card" aria-labelledby="read-only-title">
      <h2 id="read-only-title" className="section-title">
        {m.readOnlyHeading}
      </h2>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>{pinText.phone.title}</dt>
          <dd>{pinText.phone.lede}</dd>
        </div>
        <div className="summary-row">
          <dt>{m.password.title}</dt>
          <dd>{user.ldapAuth ? m.password.ldap : m.password.lede}</dd>
        </div>
        <div className="summary-row">
          <dt>{pinText.voicemail.title}</dt>
          <dd>{pinText.voicemail.lede}</dd>
        </div>
      </dl>
    </section>
  )
}

function SignInHistorySection({ userId }: { userId: string }) {
  const history = useQuery(credentialsQueries.detail(userId))
  let body: React.ReactNode
  if (history.isPending) {
    body = <p className="muted">{m.history.loading}</p>
  } else if (history.isError) {
    body = (
      <>
        <p>{m.history.failed}</p>
        <Button
          variant="secondary"
          onClick={() => void history.refetch()}
          pending={history.isFetching}
          pendingText={m.history.retrying}
        >
          {m.history.retry}
        </Button>
      </>
    )
  } else if (history.data === null) {
    // This server doesn't keep a history after all (its version said it would).
    return null
  } else {
    const sentences = historySentences(history.data)
    body = (
      <>
        <p className="history-sentence">
          {sentences ? (
            <>
              {sentences.last}
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              {sentences.failures}
            </>
          ) : (
            m.history.never
          )}
        </p>
        <p>{m.history.ifNotYou}</p>
      </>
    )
  }
  return (
    <section className="card" aria-labelledby="history-title" id="sign-in-history">
      <SettingHeading id="sign-in-history" headingId="history-title" title={m.history.title} />
      {body}
    </section>
  )
}
