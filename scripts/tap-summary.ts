// Passes ava's TAP through and ends with the line CI reads:
// "N passed, N failed[, N skipped]". Exits non-zero when anything failed
// or when no test ran at all.
import { Parser } from 'tap-parser';

const parser = new Parser();
let result: { pass: number; fail: number; skip: number; count: number } | null = null;
parser.on('complete', (r: { pass: number; fail: number; skip: number; count: number }) => {
  result = r;
});
process.stdin.on('data', (chunk) => {
  process.stdout.write(chunk);
  parser.write(chunk);
});
process.stdin.on('end', () => {
  parser.end();
  const r = result ?? { pass: 0, fail: 1, skip: 0, count: 0 };
  const passed = r.pass - r.skip;
  const failed = r.fail + (r.count === 0 ? 1 : 0);
  console.log(`\n${passed} passed, ${failed} failed${r.skip ? `, ${r.skip} skipped` : ''}`);
  process.exitCode = failed ? 1 : 0;
});
