/** The mock as an in-process Hono app (entry point kept for the tests, e2e and bench that import it). */
export {
  createMockApp,
  DEFAULT_CORS_ORIGINS,
  DEFAULT_OPTIONS,
  DroppedConnection,
  type Fault,
  type MockApp,
  type MockOptions,
  type RequestLogEntry,
} from './http/app.ts'
export type { DeviceSnapshot, PersonaSnapshot } from './http/snapshot.ts'
