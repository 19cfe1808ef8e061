// Passes ava's TAP through and ends with the line CI reads:
// "N passed, N failed[, N skipped]". Exits non-zero when anything failed
// or when no test ran at all.
//
// --checks DIR also counts checks that ran beside the tests (the type
// check, lint ...): DIR holds NAME.rc (the check's exit code) and NAME.log
// (its output) for each; each check is one test in the line, and the log of
// a failed one is printed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'tap-parser';

interface Counts {
  pass: number;
  fail: number;
  skip: number;
  count: number;
}

/** The checks in `dir`: a line per check, and how many passed and failed. */
function readChecks(dir: string): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.rc')).map((f) => f.slice(0, -3)).sort()) {
    const rc = readFileSync(join(dir, `${name}.rc`), 'utf8').trim();
    const log = join(dir, `${name}.log`);
    if (rc === '0') {
      passed++;
      console.log(`check ${name}: ok`);
    } else {
      failed++;
      console.log(`check ${name}: FAILED (${/^\d+$/.test(rc) ? `exit ${rc}` : rc})`);
      if (existsSync(log)) console.log(readFileSync(log, 'utf8').trimEnd().replace(/^/gm, `  ${name}| `));
    }
  }
  return { passed, failed };
}

const checksAt = process.argv.indexOf('--checks');
const checksDir = checksAt >= 0 ? process.argv[checksAt + 1] : undefined;
if (checksAt >= 0 && !checksDir) throw new Error('tap-summary: --checks needs a directory');

const parser = new Parser();
let result: Counts | null = null;
parser.on('complete', (r: Counts) => {
  result = r;
});
process.stdin.on('data', (chunk) => {
  process.stdout.write(chunk);
  parser.write(chunk);
});
process.stdin.on('end', () => {
  parser.end();
  const r = result ?? { pass: 0, fail: 1, skip: 0, count: 0 };
  const checks = checksDir ? readChecks(checksDir) : { passed: 0, failed: 0 };
  const passed = r.pass - r.skip + checks.passed;
  const failed = r.fail + (r.count === 0 ? 1 : 0) + checks.failed;
  console.log(`\n${passed} passed, ${failed} failed${r.skip ? `, ${r.skip} skipped` : ''}`);
  process.exitCode = failed ? 1 : 0;
});
