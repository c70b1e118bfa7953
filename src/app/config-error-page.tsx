/** Shown instead of the portal when config.json is missing or wrong: readable, never blank. */
export function ConfigErrorPage({ problem, details }: { problem: string; details: string[] }) {
  return (
    <main id="main" className="main main--narrow">
      <h1 className="page-heading">Phone settings isn't set up yet</h1>
      <p>
        This portal can't start because its settings file (<code>config.json</code>){' '}
        {problem === 'invalid' ? 'has mistakes' : 'could not be loaded'}. Your phone settings are not
        affected.
      </p>
      <p>
        If you are a user, contact your helpdesk. If you look after this portal, fix the file next to
        index.html:
      </p>
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
