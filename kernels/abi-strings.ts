// The handover formats a kernel speaks, read from the kernel itself: every
// versioned "compatible" string compiled into its image (kho-v4, luo-v5,
// memfd-v2...). A component's family is its string without the version
// ("luo-v5" -> "luo"). Matching in the kernel is exact, so these are what a
// kernel writes when it hands over and what it accepts when it takes over.
// Cached by the image's content: a stock image takes a second to unpack.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { atomicWrite } from '../host/atomic-write.ts';
import { join } from 'node:path';
import { unpackedKernel } from './kernel-image.ts';
import type { AbiStrings } from '../judge/abi.ts';

export type { AbiStrings };

// NUL-terminated, not preceded by a name character: a C string constant or
// a fixed-size char field of a handler struct. Not after a comma either: a
// device tree's "vendor,name-v2" (an arm64 image holds hundreds)
const COMPATIBLE = /(?<![A-Za-z0-9_.,-])([a-z][a-z0-9_.-]{0,40}-v\d{1,3})\x00/g;

// versioned names of the same shape that hand nothing over: device tree
// bindings without a vendor, KVM's device types and drivers' names (arm64)
const NOT_HANDOVER = /^(operating-points|numa-distance-map|kvm-arm-vgic|arm-smmu|mbigen)-v\d+$/;

/** What the scanner reads has changed when this has: scans cached under another are made again. */
const SCAN = 2;

export function familyOf(compatible: string): string {
  return compatible.replace(/-v\d+$/, '');
}

export function scanAbiStrings(vmlinux: Buffer): AbiStrings {
  // a Map: an image's strings are its own, and "constructor-v1" must not
  // find Object's constructor (fromEntries then makes each an own key)
  const out = new Map<string, Set<string>>();
  for (const m of vmlinux.toString('latin1').matchAll(COMPATIBLE)) {
    if (NOT_HANDOVER.test(m[1]!)) continue;
    const family = familyOf(m[1]!);
    out.set(family, (out.get(family) ?? new Set()).add(m[1]!));
  }
  return Object.fromEntries([...out].sort(([a], [b]) => a.localeCompare(b)).map(([family, strings]) => [family, [...strings].sort()]));
}

/** null when the image cannot be unpacked (an unknown compression). */
export function kernelAbiStrings(image: string, cache: string): AbiStrings | null {
  const bytes = readFileSync(image);
  const key = createHash('sha256').update(bytes).digest('hex').slice(0, 24);
  const file = join(cache, 'abi', `${key}-scan${SCAN}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as AbiStrings;
  const vmlinux = unpackedKernel(bytes);
  if (!vmlinux) return null;
  const found = scanAbiStrings(vmlinux);
  mkdirSync(join(cache, 'abi'), { recursive: true });
  atomicWrite(file, JSON.stringify(found));
  return found;
}
