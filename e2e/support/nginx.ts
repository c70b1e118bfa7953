/**
 * The portal behind Debian's nginx, for the nginx smoke project (e2e/nginx/): each test starts its own
 * nginx in front of its own mock (scripts/lib/nginx-stack.ts, what `npm run preview:nginx` runs), so
 * the credential rate limit and a stopped phone system never leak between tests. Ports come from
 * E2E_PORT_BASE (+40 onwards, above the ports the other workers use).
 */
import { test as base, expect } from '@playwright/test'
import { findNginx } from '../../scripts/lib/nginx-run.ts'
import { startNginxStack, type NginxStack, type NginxStackOptions } from '../../scripts/lib/nginx-stack.ts'

export const NGINX = findNginx()

type StartStack = (options: Pick<NginxStackOptions, 'mode' | 'tls' | 'credentialRate'>) => Promise<NginxStack>

export const test = base.extend<{ startStack: StartStack }>({
  // eslint-disable-next-line no-empty-pattern
  startStack: async ({}, use, testInfo) => {
    const stacks: NginxStack[] = []
    const first = Number(process.env.E2E_PORT_BASE ?? 9100) + 40 + testInfo.parallelIndex * 4
    await use(async (options) => {
      if (stacks.length >= 2) throw new Error('at most two nginx stacks per test (ports)')
      const port = first + stacks.length * 2
      const stack = await startNginxStack({ ...options, port, mockPort: port + 1 })
      stacks.push(stack)
      return stack
    })
    await Promise.all(stacks.map((stack) => stack.close()))
  },
})

export { expect }
