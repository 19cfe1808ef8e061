#!/bin/bash
# The main command (npm start): sets up the host, then runs luqual. With no
# arguments it runs the default matrix, matrix.yaml, into luqual-out/.
set -euo pipefail
cd "$(dirname "$0")/.."
# what arm64 needs is installed only when asked for: --arch arm64, or a
# matrix file among the arguments with a kernel of arch: arm64
setup=()
prev=
for a in "$@"; do
	if [[ $a == --arch=arm64 || ($prev == --arch && $a == arm64) ]] || { [[ -f $a ]] && grep -qE '^[[:space:]-]*arch:[[:space:]]*arm64' "$a"; }; then
		setup=(--arm64)
	fi
	prev=$a
done
bash scripts/setup-host.sh "${setup[@]}" >&2
if (($#)); then
	exec ./bin/luqual.js "$@"
fi
exec ./bin/luqual.js run matrix.yaml --out luqual-out
