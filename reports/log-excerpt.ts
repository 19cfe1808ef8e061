// The part of a serial log a reader needs first: around the first failure,
// panic or bail-out; for a hang, the end.
const FIRST_TROUBLE = /^\s*not ok |Kernel panic|Bail out!|luqual: kexec-failed|incompatible|No registered handler|Disabling liveupdate|Passed KHO data/;

export interface Excerpt {
  firstLine: number;
  lines: string[];
}

export function logExcerpt(log: string, before = 20, after = 10): Excerpt | null {
  const lines = log.split('\n');
  const hit = lines.findIndex((l) => FIRST_TROUBLE.test(l));
  if (hit < 0) {
    const start = Math.max(0, lines.length - before - after);
    return lines.length ? { firstLine: start + 1, lines: lines.slice(start) } : null;
  }
  const start = Math.max(0, hit - before);
  return { firstLine: start + 1, lines: lines.slice(start, hit + after + 1) };
}
