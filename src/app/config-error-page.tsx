import { Trans } from '@lingui/react/macro'
import { appMessages as m } from './messages.ts'
/** Shown instead of the portal when config.json is missing or wrong: readable, never blank. */
export function ConfigErrorPage({ problem, details }: { problem: string; details: string[] }) {
  return (
    <main id="main" className="main main--narrow">
      <h1 className="page-heading">{m.configTitle}</h1>
      <p>
        {problem === 'invalid' ? (
          <Trans>
            This portal can't start because its settings file (<code>config.json</code>) has mistakes. Your
            phone settings are not affected.
          </Trans>
        ) : (
          <Trans>
            This portal can't start because its settings file (<code>config.json</code>) could not be loaded.
            Your phone settings are not affected.
          </Trans>
        )}
      </p>
      <p>{m.configHelp}</p>
      <ul className="bullets">
        {details.map((d) => (
          <li key={d}>
            <code>{d}</code>
          </li>
        ))}
      </ul>
    </main>
  )
}
