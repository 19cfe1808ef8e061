// Real pairs: each boots the source kernel in QEMU, live-updates into the
// target through LUO and kexec, and checks what the verdict says. Serial:
// two cores, and TCG is CPU-bound.
import test from 'ava';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateResults } from '../../host/results-file.ts';
import type { Pair, Results } from '../../schemas/types/results.ts';
import { luqual } from '../helpers.ts';

async function pair(src: string, dst: string, env: Record<string, string> = {}, options: string[] = []) {
  const out = mkdtempSync(join(tmpdir(), 'luqual-pair-'));
  const r = await luqual(['pair', ...options, src, dst, '--out', out], env);
  const file = join(out, 'results.json');
  const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results) : null;
  return { r, out, results, p: results?.pairs[0] };
}

const MEMFD_TESTS = ['session', 'empty', 'page', 'odd-size', 'written', '256M', 'sparse', 'sealed', 'many', 'finish'];
const SESSIONS_TESTS = ['many', 'max-name', 'files', 'holder-exited', 'token-twice', 'finish-releases', 'unknown-name'];
const VFIO_CHECKS = ['open', 'liveness', 'dma-to-device', 'dma-from-device', 'iommu-faults', 'dma-buffer'];

const statuses = (p: Pair, suite: string) => p.suites.find((s) => s.name === suite)!.tests.map((x) => [x.name, x.status]);
const reasonOf = (p: Pair, suite: string, test: string) => p.suites.find((s) => s.name === suite)!.tests.find((x) => x.name === test)!.reason ?? '';

// Every suite, on the pairs the suites issue names and the way back.
for (const [src, dst, release] of [
  ['debian-src:7.2.12', 'debian-src:7.3.4', '7.3.4'],
  ['debian-src:7.3.4', 'debian-src:7.3.4', '7.3.4'],
  ['debian-src:7.3.4', 'debian-src:7.2.12', '7.2.12'],
] as const) {
  test.serial(`${src} -> ${dst} is compatible with every suite: memfd, sessions, kho pass; hugetlb and device preservation skipped with the errno; DMA passes on both kernels`, async (t) => {
    const { r, out, results, p } = await pair(src, dst);
    t.is(r.exitCode, 0, r.all);
    t.deepEqual(validateResults(results), []);
    t.is(p!.verdict, 'compatible', p!.reason);
    t.is(p!.target.release, release);
    t.deepEqual(p!.suites.map((s) => [s.name, s.status]), [['hugetlb', 'skip'], ['kho', 'pass'], ['memfd', 'pass'], ['sessions', 'pass'], ['vfio', 'pass']]);
    t.deepEqual(statuses(p!, 'memfd'), MEMFD_TESTS.map((n) => [n, 'pass']));
    t.deepEqual(statuses(p!, 'sessions'), SESSIONS_TESTS.map((n) => [n, 'pass']));
    t.deepEqual(statuses(p!, 'kho'), [['selftest', 'pass'], ['reserve-mem', 'pass']]);
    t.deepEqual(statuses(p!, 'vfio'), [...VFIO_CHECKS.map((n) => [n, 'pass']), ['preserve-device', 'skip'], ['preserve-iommufd', 'skip']]);
    t.regex(reasonOf(p!, 'vfio', 'preserve-device'), /^source: source kernel cannot preserve VFIO device fds: PRESERVE_FD: .* \(errno \d+\)$/);
    t.regex(reasonOf(p!, 'hugetlb', '2M'), /^source: source kernel cannot preserve hugetlb memfds: PRESERVE_FD: .* \(errno \d+\)$/);
    t.true(p!.evidence!.some((l) => /^luo: Retrieved live update data/.test(l)), 'the target logged the retrieval');
    const log = readFileSync(join(out, p!.logs.console), 'utf8');
    t.regex(log, /luqual: item=memfd\/256M state=verified size=268435456/);
    t.regex(log, /item=sessions\/many state=verified count=2000 missing=0 bad=0/);
    t.regex(log, /Revived memory reservation 'luqual' from KHO/);
    t.regex(log, /test_kho: KHO restore succeeded/);
    // the device checks ran on the target too, not only on the source
    t.regex(log, /luqual: vfio-api=iommufd device=\S+ stage=2/);
    t.regex(log, /luqual: item=vfio\/dma-buffer state=verified size=8192/);
    t.regex(log, /Command line: .*hugepagesz=2M hugepages=8 .*luqual\.stage=1/);
    for (const phase of ['boot', 'stage1', 'kexec', 'stage2'] as const) t.true(p!.timings[phase]! > 0, phase);
    t.regex(r.stdout, new RegExp(`reproduce: npx luqual pair --out=\\S+ ${src} ${dst}$`));
  });
}

test.serial('a stock Debian target boots cold: incompatible-clean', async (t) => {
  const { r, p } = await pair('debian-src:7.3.4', 'debian:7.3.4');
  t.is(r.exitCode, 1);
  t.is(p!.verdict, 'incompatible-clean', p!.reason);
  t.regex(p!.reason, /Passed KHO data, but CONFIG_KEXEC_HANDOVER not set/);
});

test.serial('a stock Debian source cannot start a live update: unsupported', async (t) => {
  const { r, p } = await pair('debian:7.3.4', 'debian-src:7.3.4');
  t.is(r.exitCode, 1);
  t.is(p!.verdict, 'unsupported', p!.reason);
  t.regex(p!.reason, /no \/dev\/liveupdate.*CONFIG_KEXEC_HANDOVER, CONFIG_LIVEUPDATE, CONFIG_LIVEUPDATE_MEMFD not set/);
  t.is(p!.suites[0]!.status, 'skip');
});

// LUQUAL_TEST_CORRUPT: each suite's agent half damages what it handed over
for (const [suite, suites, because] of [
  ['memfd', ['memfd'], /^1 of 8 preserved items did not survive: memfd\/odd-size restored with different content from byte 6172$/],
  ['sessions', ['sessions'], /sessions\/max-name restored with different content, sessions\/files restored with different content/],
  ['kho', ['kho'], /^1 of 2 preserved items did not survive: kho\/reserve-mem restored with different content$/],
  ['vfio', ['vfio', 'kho'], /^1 of 3 preserved items did not survive: vfio\/dma-buffer restored with different content from byte 4096$/],
] as const) {
  test.serial(`${suite} damaged on purpose between the stages is data-loss, not a pass`, async (t) => {
    const out = mkdtempSync(join(tmpdir(), 'luqual-pair-'));
    const r = await luqual(['pair', 'debian-src:7.3.4', 'debian-src:7.3.4', ...suites.flatMap((s) => ['--suite', s]), '--out', out], { LUQUAL_TEST_CORRUPT: suite });
    t.is(r.exitCode, 1, r.all);
    const p = (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results).pairs[0]!;
    t.is(p.verdict, 'data-loss', p.reason);
    t.regex(p.reason, because);
    t.is(p.suites.find((s) => s.name === suite)!.status, 'fail');
    t.regex(p.reproducer, new RegExp(`^LUQUAL_TEST_CORRUPT=${suite} `));
  });
}

test.serial('7.1 -> 7.3: the KHO root differs, the target boots cold, as the formats predict', async (t) => {
  const { r, p } = await pair('debian-src:7.1.13', 'debian-src:7.3.4');
  t.is(r.exitCode, 1);
  t.is(p!.verdict, 'incompatible-clean', p!.reason);
  t.is(p!.explanation, 'KHO kho-v3 -> kho-v4: the target refused the handover and booted without it');
  t.deepEqual(p!.prediction, { verdict: 'incompatible-clean', because: 'KHO root kho-v3 -> kho-v4: the target refuses it', unexpected: false });
  const khoFate = p!.fates!.find((f) => f.component === 'kho')!;
  t.like(khoFate, { fate: 'refused', predicted: 'refused' });
  const kho = p!.abi!.find((x) => x.component === 'kho')!;
  t.is(kho.status, 'mismatch');
  t.regex(kho.evidence[0]!, /^KHO: setup: handover FDT \(0x[0-9a-f]+\) is incompatible with 'kho-v4'/);
  t.true(p!.handover!.offered.some((b) => b.path === 'sub_fdts/LUO' && b.compatible === 'luo-v1'), 'the source offered its LUO state');
});

test.serial('--expect for git bisect run: 0 when the verdict is one expected, 1 when not, 125 when luqual or the host could not decide', async (t) => {
  const good = await pair('debian-src:7.1.13', 'debian-src:7.3.4', {}, ['--expect', 'incompatible-clean,incompatible-panic', '--suite', 'memfd']);
  t.is(good.r.exitCode, 0, good.r.all);
  const bad = await pair('debian-src:7.1.13', 'debian-src:7.3.4', {}, ['--expect', 'compatible', '--suite', 'memfd']);
  t.is(bad.r.exitCode, 1, bad.r.all);
  // a QEMU that dies at once: the pair is an error, which a bisect must skip, not blame
  const skip = await pair('debian-src:7.1.13', 'debian-src:7.3.4', { LUQUAL_QEMU: '/bin/false' }, ['--expect', 'compatible', '--suite', 'memfd']);
  t.is(skip.r.exitCode, 125, skip.r.all);
});

test.serial('a compatible pair records what was handed over and received', async (t) => {
  const { p } = await pair('debian-src:7.3.4', 'debian-src:7.3.4');
  t.is(p!.verdict, 'compatible');
  t.deepEqual(p!.prediction, { verdict: 'compatible', because: 'every handover format of the source is one the target speaks', unexpected: false });
  t.like(p!.handover!.received.find((b) => b.path === 'fdt'), { format: 'fdt', compatible: 'kho-v4' });
  // kho/in/sub_fdts/LUO itself is not checked: once LUO has read it, 7.3.4
  // frees that memory but debugfs still shows it (seen holding an ELF header)
  t.true(p!.handover!.received.some((b) => b.path === 'sub_fdts/LUO'));
  t.like(p!.handover!.targetOwn.find((b) => b.path === 'sub_fdts/LUO'), { compatible: 'luo-v5', liveupdateNumber: 2 });
  t.false('explanation' in p!);
});

test.serial('6.18 has KHO but no LUO: the agent finalizes KHO by hand, found by probing, and the kho suite passes across the kexec', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'luqual-pair-'));
  const r = await luqual(['pair', 'debian-src:6.18.15', 'debian-src:6.18.15', '--suite', 'kho', '--suite', 'memfd', '--out', out]);
  t.is(r.exitCode, 1, r.all);
  const p = (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results).pairs[0]!;
  t.is(p.verdict, 'unsupported', p.reason);
  t.regex(p.reason, /^the source debian-src:6\.18\.15 has no \/dev\/liveupdate/);
  t.deepEqual(statuses(p, 'kho'), [['selftest', 'pass'], ['reserve-mem', 'pass']]);
  const log = readFileSync(join(out, p.logs.console), 'utf8');
  t.regex(log, /# luqual: kho-finalize=done/);
  t.regex(log, /test_kho: KHO restore succeeded/);
});
