import test from 'ava';
import { execa } from 'execa';
import { compareDebianVersions, sortDebianVersions, upstreamOf } from '../kernels/debian-archive.ts';

const VERSIONS = ['7.3.4-1~bpo13+1', '7.2.13-1', '7.2.12-1~bpo13+1', '7.2.12-1', '6.12.107-1', '6.12.94-1', '7.0.12-2~bpo13+1', '7.0.12-1', '1:1.0-1', '7.3.4+1~bpo13+1'];

test('our order agrees with dpkg --compare-versions', async (t) => {
  for (const a of VERSIONS) {
    for (const b of VERSIONS) {
      const ours = Math.sign(compareDebianVersions(a, b));
      const lt = (await execa('dpkg', ['--compare-versions', a, 'lt', b], { reject: false })).exitCode === 0;
      const gt = (await execa('dpkg', ['--compare-versions', a, 'gt', b], { reject: false })).exitCode === 0;
      t.is(ours, lt ? -1 : gt ? 1 : 0, `${a} vs ${b}`);
    }
  }
});

test('newest first; upstream part', (t) => {
  t.deepEqual(sortDebianVersions(['6.12.94-1', '6.12.107-1']), ['6.12.107-1', '6.12.94-1']);
  t.is(upstreamOf('7.3.4-1~bpo13+1'), '7.3.4');
});
