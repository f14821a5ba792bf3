#!/usr/bin/env bash
# `npm test`: every suite CI runs, in order of speed, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }

step "Content and scene checks (npm run check)"
npm run -s check

step "Type checks (tsc, svelte-check)"
npm run -s typecheck

step "PostgreSQL for the storage contract tests"
bash test/support/ensure-postgres.sh

step "Unit, API and component tests"
npx vitest run --project unit --project client

step "Chromium for the end-to-end tests"
bash test/support/ensure-chromium.sh

step "Build the client"
npx vite build

step "End-to-end tests in Chromium"
npx vitest run --project e2e

step "Reliability: kill -9 under autosave load"
npx tsx test/reliability/crash-autosave.ts
