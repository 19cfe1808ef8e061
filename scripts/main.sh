#!/bin/bash
# The main command (npm start): sets up the host, then runs luqual. With no
# arguments it runs the default matrix, matrix.yaml, into luqual-out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-host.sh >&2
if (($#)); then
	exec ./bin/luqual.js "$@"
fi
exec ./bin/luqual.js run matrix.yaml --out luqual-out
