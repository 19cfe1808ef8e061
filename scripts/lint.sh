#!/bin/bash
# npm run lint: ESLint (typescript-eslint, eslint.config.js; npm run lint:es)
# and the layer rule (dependency-cruiser, .dependency-cruiser.cjs; npm run
# lint:layers). Runs both, prints both, fails if either fails. Arguments go
# to ESLint (e.g. --fix).
set -uo pipefail
cd "$(dirname "$0")/.."

layers_log=$(mktemp)
trap 'rm -f "$layers_log"' EXIT
# Independent of each other: the layer check runs while ESLint does.
npm run --silent lint:layers >"$layers_log" 2>&1 &
layers_pid=$!

echo "lint: eslint"
npm run --silent lint:es -- "$@"
eslint_rc=$?

wait "$layers_pid"
layers_rc=$?
echo "lint: layers (dependency-cruiser)"
cat "$layers_log"

((eslint_rc == 0 && layers_rc == 0))
