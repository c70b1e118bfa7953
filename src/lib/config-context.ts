import { createContext, useContext } from 'react'
import type { PortalConfig } from '../config/config.ts'

export const ConfigContext = createContext<PortalConfig | null>(null)

export function useConfig(): PortalConfig {
  const config = useContext(ConfigContext)
  if (!config) throw new Error('useConfig outside ConfigContext')
  return config
}
