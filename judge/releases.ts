// Kernel releases in order: what makes one kernel newer than another, for
// the matrix's policies and for the upgrades a route answers.

/** "7.3.4+deb13-amd64" -> [7, 3, 4]; compared numerically, part by part. */
export function versionParts(release: string): number[] {
  const m = /^(\d+(?:\.\d+)*)/.exec(release);
  return m ? m[1]!.split('.').map(Number) : [];
}

export function compareReleases(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Every (older, newer) pair of these kernels: the upgrades a fleet may make. */
export function upgradesOf(kernels: ReadonlyArray<{ id: string; release: string }>): Array<{ from: string; to: string }> {
  return kernels.flatMap((a) => kernels.filter((b) => compareReleases(a.release, b.release) < 0).map((b) => ({ from: a.id, to: b.id })));
}
