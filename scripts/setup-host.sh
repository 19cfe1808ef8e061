#!/bin/bash
# Installs what luqual needs on a Debian 12 host: Debian packages that are
# missing (with apt-get, as root or through sudo) and the npm dependencies.
# --tests adds what only the tests need (Chromium to open the report, dtc to
# make device trees for the FDT reader, git for the kernel history the tree:
# and bisect tests make, and what arm64 needs: the tests boot arm64 too).
# --arm64 adds what arm64 guests need: QEMU's arm64 system emulator and the
# aarch64 cross compiler with its C library (the kernels and the agent are
# cross-built). --npm-only installs the npm dependencies alone (npm run
# test:unit: no apt, no root).
# Safe to run again: it installs only what is not there yet.
set -euo pipefail
cd "$(dirname "$0")/.."

TESTS=false
ARM64=false
NPM_ONLY=false
for arg in "$@"; do
	case $arg in
	--tests) TESTS=true ARM64=true ;;
	--arm64) ARM64=true ;;
	--npm-only) NPM_ONLY=true ;;
	*) echo "usage: setup-host.sh [--tests] [--arm64] [--npm-only]" >&2; exit 2 ;;
	esac
done

install_npm_packages() {
	if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
		echo "luqual setup: installing npm packages"
		npm ci --no-audit --no-fund
	fi
}

if $NPM_ONLY; then
	install_npm_packages
	exit 0
fi

# qemu-system-x86: boots the kernels; musl-tools: the static guest agent;
# gcc, libc6-dev, make: kernel builds; flex ... cpio: kernel builds; xz-utils, zstd, lz4,
# patch: sources, compressed images (luqual's kernels are lz4), patches; dpkg-dev: Debian source packages;
# kmod: depmod, for kernels whose config builds modules;
# debian-archive-keyring: verifies the trixie/sid indexes luqual reads;
# util-linux: setpriv, which ties every QEMU's life to luqual's.
PACKAGES=(
	qemu-system-x86 util-linux musl-tools gcc libc6-dev make
	flex bison bc libelf-dev libssl-dev rsync cpio
	xz-utils zstd lz4 patch dpkg-dev debian-archive-keyring kmod
)
$TESTS && PACKAGES+=(chromium device-tree-compiler git)
$ARM64 && PACKAGES+=(qemu-system-arm gcc-aarch64-linux-gnu libc6-dev-arm64-cross)

missing=()
for p in "${PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
	echo "luqual setup: installing Debian packages: ${missing[*]}"
	SUDO=()
	if [[ $(id -u) -ne 0 ]]; then
		command -v sudo >/dev/null || { echo "luqual setup: need root or sudo to install ${missing[*]}" >&2; exit 1; }
		SUDO=(sudo)
	fi
	"${SUDO[@]}" apt-get update -q
	DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

install_npm_packages
