import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import type { PortalConfig } from '../config/config.ts'
import { ConfigContext } from '../lib/config-context.ts'
import { createQueryClient } from './query-client.ts'
import { createRouter } from './router.tsx'

export function App({ config }: { config: PortalConfig }) {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createRouter(queryClient))
  return (
    <ConfigContext.Provider value={config}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigContext.Provider>
  )
}
