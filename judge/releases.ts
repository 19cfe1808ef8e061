// Kernel releases in order: what makes one kernel newer than another, for
// the matrix's policies and for the upgrades a route answers.

/**
 * "7.3.4+deb13-amd64" -> [7, 3, 4]; compared numerically, part by part. A
 * series reference's version before it is resolved counts as the newest of
 * its series ("7.3.x" -> [7, 3, Infinity]) and "latest" as the newest of all.
 */
export function versionParts(release: string): number[] {
  if (release === 'latest') return [Infinity];
  const m = /^(\d+(?:\.\d+)*)(\.x)?/.exec(release);
  return m ? [...m[1]!.split('.').map(Number), ...(m[2] ? [Infinity] : [])] : [];
}

export function compareReleases(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    // Infinity - Infinity is NaN: two equal parts are equal, whatever they are
    const d = x[i] === y[i] ? 0 : (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Every (older, newer) pair of these kernels: the upgrades a fleet may make. */
export function upgradesOf(kernels: ReadonlyArray<{ id: string; release: string }>): Array<{ from: string; to: string }> {
  return kernels.flatMap((a) => kernels.filter((b) => compareReleases(a.release, b.release) < 0).map((b) => ({ from: a.id, to: b.id })));
}
