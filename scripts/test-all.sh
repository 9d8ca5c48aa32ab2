#!/usr/bin/env bash
# npm test — every check a change must pass: types, lint, unit and integration tests
# (Vitest, on the embedded PGlite or on DATABASE_URL's PostgreSQL), then end-to-end
# tests in a real Chromium (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint . --max-warnings=0
echo "== unit and integration tests"; npx vitest run
echo "== end-to-end tests"; npx playwright test
