#!/bin/bash
# The test command (npm test): sets up the host, prepares the kernels the
# integration tests boot (built once, then cached), runs the checks (type
# check, lint, generated types) and the ava tests, and ends with one line
# "N passed, N failed". npm run test:unit runs all that needs no kernel.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-host.sh --tests
npx tsc --noEmit
npm run --silent lint
node --import=tsx scripts/gen-types.ts --check

# Kernel builds take minutes on a cold cache: do them here, with progress,
# rather than inside a test's timeout.
./bin/luqual.js kernels debian-src:6.18.15 debian-src:7.1.13 debian-src:7.2.12 debian-src:7.3.4 debian:7.3.4
./bin/luqual.js kernels --matrix examples/abi-ladder/matrix.yaml
# after the patched variants: this config variant (modules on) rebuilds most of the base tree
./bin/luqual.js kernels --matrix test/fixtures/modules/matrix.yaml
./bin/luqual.js kernels --arch arm64 debian-src:7.3.4 debian:7.3.4

npx ava --tap "$@" | node --import=tsx scripts/tap-summary.ts
