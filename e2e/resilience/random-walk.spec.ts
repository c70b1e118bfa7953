/**
 * Random-walk sessions (model-based, seeded): 200 user actions in all, as RANDOM_WALK_WALKS (4)
 * independent walks of RANDOM_WALK_STEPS (50) across pages and personas — edits, sign-out/in,
 * reloads, injected faults — and after each action what the portal shows equals the mock's state and
 * the walk's model. Several shorter walks start from more places than one long one, run side by side
 * on the workers, and each stays well within its limit (the `random-walk` project in
 * playwright.config.ts). Walks with an odd seed start as `split`, whose phones have different speed
 * dials: the default seeds' second walk (20260303) changes one phone's list and then uses it on all
 * the phones. A failure prints the seed and the steps so far; replay one walk with
 * RANDOM_WALK_SEED=<seed> npx playwright test e2e/resilience/random-walk.spec.ts
 */
import { test } from '../support/fixtures.ts'
import { signIn } from '../support/session.ts'
import { chooseAction, check, prng, type Walk } from './random-walk.ts'

const FIRST_SEED = 20260302
const STEPS = Number(process.env.RANDOM_WALK_STEPS ?? 50)
const SEEDS = process.env.RANDOM_WALK_SEED
  ? [Number(process.env.RANDOM_WALK_SEED)]
  : Array.from({ length: Number(process.env.RANDOM_WALK_WALKS ?? 4) }, (_, i) => FIRST_SEED + i)

for (const seed of SEEDS) {
  test(
    `random walk: ${STEPS} actions (seed ${seed})`,
    { tag: '@slow', annotation: { type: 'figure', description: `random-walk actions=${STEPS}` } },
    async ({ page, mock }) => {
      const persona = seed % 2 === 0 ? 'demo' : 'split'
      const w: Walk = { page, mock, rng: prng(seed), persona, models: new Map(), at: 'Profile' }
      const log: string[] = []
      const counts = new Map<string, number>()
      // The walk reads the portal in English: chosen in this browser, so changing the phone language
      // (one of its actions) and signing in again keeps it (e2e/languages.spec.ts covers the switch).
      await page.addInitScript(() => localStorage.setItem('portal-language', 'en'))
      await signIn(page, w.persona)
      await check(w)
      for (let step = 1; step <= STEPS; step++) {
        const action = chooseAction(w)
        counts.set(action.name, (counts.get(action.name) ?? 0) + 1)
        const where = `${w.persona}@${w.at}`
        try {
          const detail = await action.run(w)
          log.push(`${step}. ${where}: ${action.name} — ${detail}`)
          await check(w)
        } catch (error) {
          log.push(`${step}. ${where}: ${action.name} — FAILED`)
          console.log(
            `Random walk failed at step ${step} of ${STEPS}. Replay: RANDOM_WALK_SEED=${seed} npx playwright test e2e/resilience/random-walk.spec.ts\n` +
              log.slice(-15).join('\n'),
          )
          throw error
        }
      }
      console.log(
        `Random walk (seed ${seed}): ${STEPS} actions, ${[...counts].map(([n, c]) => `${n} ×${c}`).join(', ')}`,
      )
    },
  )
}
