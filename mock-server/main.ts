/** `npm run mock`: start the mock UDS + CUPI server and print how to use it. */
import { SIGN_IN_PERSONAS, DEMO_PASSWORD } from './fixtures/personas.ts'
import { isLoopback } from './http/hosts.ts'
import { mockOptionsFromEnv, OptionsError } from './options.ts'
import { startMockServer } from './server.ts'

async function main(): Promise<void> {
  let o
  try {
    o = mockOptionsFromEnv()
  } catch (e) {
    if (e instanceof OptionsError) {
      console.error(`mock-server: ${e.message}`)
      process.exit(2)
    }
    throw e
  }
  const running = await startMockServer(o)
  const scheme = o.tls ? 'https' : 'http'
  const urls =
    o.host === undefined && running.url.includes('//localhost:')
      ? [running.url, `${scheme}://127.0.0.1:${running.port}`]
      : [running.url]
  console.log(`Mock CUCM UDS + Unity Connection CUPI (UDS ${o.udsVersion ?? '14.0.1'}) listening on:`)
  for (const u of urls) console.log(`  ${u}/cucm-uds/version   ${u}/vmrest/user`)
  if (o.host !== undefined && !isLoopback(o.host)) {
    console.warn(
      `Warning: listening on ${o.host}, so other machines can reach the mock` +
        (o.control === false
          ? '.'
          : o.controlToken
            ? ', including its control routes (they need MOCK_CONTROL_TOKEN).'
            : ', including its control routes (reset, faults, state): set MOCK_CONTROL_TOKEN or MOCK_CONTROL=off.'),
    )
  }
  console.log(`Allowed CORS origins: ${(o.corsOrigins ?? []).join(', ') || '(none)'}`)
  console.log(`Demo sign-ins (password "${DEMO_PASSWORD}"): ${SIGN_IN_PERSONAS.join(', ')}`)
  console.log(
    o.control === false
      ? 'Control routes (/__mock/...) are off.'
      : `Control: POST ${running.url}/__mock/reset, POST/DELETE /__mock/faults, GET /__mock/requests, GET /__mock/state/{userId}` +
          (o.controlToken ? ' (Authorization: Bearer $MOCK_CONTROL_TOKEN)' : ''),
  )
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n${signal}: stopping the mock server`)
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((e: unknown) => {
  const err = e as NodeJS.ErrnoException
  if (err.code === 'EADDRINUSE') console.error(`mock-server: the port is already in use (${err.message})`)
  else console.error('mock-server:', err.message ?? e)
  process.exit(1)
})
