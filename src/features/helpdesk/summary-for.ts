/** The summary's text for a user, gathered now: loaded apart from the header (its queries are many). */
import type { QueryClient } from '@tanstack/react-query'
import { gatherFacts } from './gather.ts'
import { summaryText } from './summary.ts'

export async function summaryFor(queryClient: QueryClient, userId: string): Promise<string> {
  return summaryText(await gatherFacts(queryClient, userId))
}
