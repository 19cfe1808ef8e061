#!/bin/bash
# The main command (npm start): sets up the host, then runs luqual. With no
# arguments it qualifies the default upgrade path, Debian 7.2.12 -> 7.3.4.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-host.sh >&2
if (($#)); then
	exec ./bin/luqual.js "$@"
fi
exec ./bin/luqual.js pair debian-src:7.2.12 debian-src:7.3.4
