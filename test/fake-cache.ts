// A luqual cache made of small files, an entry of every kind, for the tests
// of `luqual cache` and `cache prune`.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const DAY = 86_400_000;
/** a PID above Linux's pid_max: no process has it */
export const DEAD_PID = 99_999_999;

/** Writes a file of `bytes` bytes at rel under root, last modified `days` ago. */
export function put(root: string, rel: string, bytes: number, days = 0): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), 'x'.repeat(bytes));
  age(root, rel, days);
}

function age(root: string, rel: string, days: number): void {
  const t = new Date(Date.now() - days * DAY);
  utimesSync(join(root, rel), t, t);
}

/** A kernel entry as debian-src or debian-stock leaves it, last used `days` ago. */
function kernel(root: string, name: string, ref: string, bytes: number, days: number): void {
  const origin = JSON.stringify({ ref });
  mkdirSync(join(root, 'kernels', name), { recursive: true });
  writeFileSync(join(root, `kernels/${name}/origin.json`), origin);
  // the entry in all is `bytes` bytes
  put(root, `kernels/${name}/bzImage`, bytes - origin.length);
  put(root, `kernels/${name}.lockbase`, 0, days);
  age(root, `kernels/${name}`, days);
}

/** A cache with an entry of every kind, sizes in bytes that add up visibly. */
export function fakeCache(): string {
  const root = mkdtempSync(join(tmpdir(), 'luqual-cache-'));
  kernel(root, '7.3.4-1-aaa', 'debian-src:7.3.4', 1000, 30);
  put(root, 'kernels/7.3.4-1-aaa.build.log', 100, 30);
  kernel(root, 'stock-7.3.4-1-bbb', 'debian:7.3.4', 2000, 1);
  kernel(root, '7.2.12-1-ccc', 'debian-src:7.2.12', 4000, 5);
  // a build that failed: its log and lock, no entry
  put(root, 'kernels/7.3.4-1-ddd.build.log', 10, 20);
  put(root, 'kernels/7.3.4-1-ddd.lockbase', 0, 20);
  // a version the archive answered 404 for: a lock and nothing else
  put(root, 'kernels/7.0.13-1-eee.lockbase', 0, 40);
  put(root, `kernels/7.3.4-1-fff.work-${DEAD_PID}/build/vmlinux`, 50_000, 2);
  put(root, `kernels/7.3.4-1-fff.tmp-${DEAD_PID}-1700000000000/x`, 5, 2);
  put(root, `kernels/7.3.4-1-ggg.work-${process.pid}/build/vmlinux`, 20_000);
  put(root, 'kernels/trees/k1/build/vmlinux', 8000, 3);
  age(root, 'kernels/trees/k1', 3);
  put(root, 'kernels/trees/k1.lockbase', 0, 3);
  put(root, 'apt/debs/linux-source-7.3_7.3.4-1/linux-source-7.3_7.3.4-1_all.deb', 300, 10);
  age(root, 'apt/debs/linux-source-7.3_7.3.4-1', 10);
  put(root, 'apt/src/linux_7.1.13-1/linux_7.1.13.orig.tar.xz', 200, 8);
  age(root, 'apt/src/linux_7.1.13-1', 8);
  put(root, 'apt/lists/deb.debian.org_Packages', 70, 50);
  put(root, 'apt/memo/a.txt', 7, 50);
  put(root, 'apt/updated', 1, 50);
  put(root, 'agent/k2/luqual-agent', 60, 60);
  age(root, 'agent/k2', 60);
  put(root, 'abi/k3.json', 3, 60);
  put(root, 'hop-times.json', 2, 60);
  put(root, 'mystery/keep-me', 9, 90);
  return root;
}

