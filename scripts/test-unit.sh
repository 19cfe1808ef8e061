#!/bin/bash
# npm run test:unit: every check that needs no kernel, no QEMU and no root:
# the type check, gen-types --check, lint (ESLint and the layer rule), and the
# ava unit tests (test/*.test.ts, not test/integration/). Installs the npm
# dependencies when they are missing, nothing else. Ends with one line
# "N passed, N failed", each check counting as one test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-host.sh --npm-only

checks=$(mktemp -d)
trap 'rm -rf "$checks"' EXIT

# check NAME COMMAND...: runs the command into NAME.log and its exit code into
# NAME.rc, for tap-summary to count (a check that never ends counts as failed).
check() {
	local name=$1 rc=0
	shift
	echo "did not finish" >"$checks/$name.rc"
	"$@" >"$checks/$name.log" 2>&1 || rc=$?
	echo "$rc" >"$checks/$name.rc"
}

# The checks run beside the tests (their output is shown only when they fail);
# tap-summary reads them once the tests and the checks have all ended.
{
	check typecheck npx --no-install tsc --noEmit &
	check gen-types node --import=tsx scripts/gen-types.ts --check &
	check lint bash scripts/lint.sh &
	npx --no-install ava --tap 'test/*.test.ts' "$@" || true
	wait
} | node --import=tsx scripts/tap-summary.ts --checks "$checks"
