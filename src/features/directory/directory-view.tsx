/**
 * `/directory?q=morgan&page=2`: search the phone system's directory by name, number or email. The
 * query and the page live in the URL, so a helpdesk can read out a link and Back works.
 */
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useSearchParams } from 'react-router'
import { planSearch } from '../../api/users/directory-query.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary } from '../../components/error-summary.tsx'
import { TextField } from '../../components/fields.tsx'
import { InfoNotice } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { directoryReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { directoryMessages as m } from './messages.ts'
import { Results } from './results.tsx'
import './directory.css'

/** The URL's page number: a whole number from 1 (anything else is page 1). */
export function pageFromUrl(value: string | null): number {
  return value && /^[1-9][0-9]{0,4}$/.test(value) ? Number(value) : 1
}

export function DirectoryView({ userId }: { userId: string }) {
  const [{ data: policy }] = usePageReads(directoryReads, userId)
  const [params, setParams] = useSearchParams()
  const query = params.get('q') ?? ''
  const page = pageFromUrl(params.get('page'))
  const [problem, setProblem] = useState<{ text: string; attempt: number } | null>(null)

  if (!policy.showDirectorySearch) {
    return (
      <Page title={m.title}>
        <InfoNotice title={m.policyOffTitle}>
          <p>{m.policyOff}</p>
        </InfoNotice>
      </Page>
    )
  }

  const search = (text: string) => {
    const plan = planSearch(text)
    if (plan.kind === 'empty' || plan.kind === 'tooShort') {
      setProblem((p) => ({
        text: plan.kind === 'empty' ? m.enterSomething : m.tooShort,
        attempt: (p?.attempt ?? 0) + 1,
      }))
      return
    }
    setProblem(null)
    setParams({ q: text.trim() })
  }

  return (
    <Page
      title={m.title}
      lede={m.lede}
      above={
        <ErrorSummary
          key={problem?.attempt}
          errors={problem ? [{ id: 'directory-q', message: problem.text }] : []}
        />
      }
    >
      <SearchForm key={query} query={query} error={problem?.text} onSearch={search} />
      {query ? (
        <Results query={query} page={page} policy={policy} />
      ) : (
        <p className="directory-empty">{m.empty}</p>
      )}
    </Page>
  )
}

function SearchForm({
  query,
  error,
  onSearch,
}: {
  query: string
  error: string | undefined
  onSearch: (text: string) => void
}) {
  const form = useForm({ defaultValues: { q: query } })
  return (
    <form
      role="search"
      aria-label={m.title}
      noValidate
      className="card directory-search"
      onSubmit={form.handleSubmit((values) => onSearch(values.q))}
    >
      <TextField
        id="directory-q"
        label={m.searchLabel}
        hint={m.searchHint}
        width="full"
        type="search"
        autoComplete="off"
        error={error}
        registration={form.register('q')}
      />
      <Button type="submit">{m.search}</Button>
    </form>
  )
}
