#!/usr/bin/env bash
# Runs a command on a busy machine: two CPU-bound background processes (one per core of the
# project's 2-core reference machine) run for exactly as long as the command, then stop.
#   scripts/busy.sh npm test
#   BUSY_PROCESSES=4 scripts/busy.sh npx playwright test e2e/profile.spec.ts
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "usage: $0 command [args...]" >&2
  exit 2
fi

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for _ in $(seq 1 "${BUSY_PROCESSES:-2}"); do
  # A busy loop in its own shell: pure CPU, no I/O, no memory growth.
  sh -c 'while :; do :; done' &
  pids+=("$!")
done
echo "busy.sh: ${#pids[@]} CPU-bound processes (${pids[*]}) while running: $*" >&2

"$@"
