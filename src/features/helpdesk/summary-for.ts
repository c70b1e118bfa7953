/** The summary's text for a user, gathered now: loaded apart from the header (its queries are many). */
import type { QueryClient } from '@tanstack/react-query'
import { activeLocale, inLocale } from '../../i18n/i18n.ts'
import { gatherFacts } from './gather.ts'
import { summaryMessages as m } from './summary-messages.ts'
import { summaryText, type SummaryFacts } from './summary.ts'

export async function summaryFor(queryClient: QueryClient, userId: string): Promise<string> {
  return summaryWithEnglish(await gatherFacts(queryClient, userId))
}

/**
 * "English plus local": the summary in the user's language and, when that isn't English, the same
 * summary again in English below it, so any helpdesk can read the ticket. The same facts, built twice.
 */
export async function summaryWithEnglish(facts: SummaryFacts): Promise<string> {
  const local = summaryText(facts)
  if (activeLocale() === 'en') return local
  const heading = m.inEnglish
  const english = await inLocale('en', () => summaryText(facts))
  return [local, '', '='.repeat(40), heading, '', english].join('\n')
}
