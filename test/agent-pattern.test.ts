// The agent's content check (agent/pattern.c), compiled for the host
// with a driver that compares it with a plain word-by-word reference: the
// same words and hash, and a flipped byte found at its own offset.
import test from 'ava';
import { execa } from 'execa';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

test('pattern fill, check and scan agree with the reference, and find every flipped byte', async (t) => {
  const bin = join(mkdtempSync(join(tmpdir(), 'pattern-')), 'driver');
  const agent = join(ROOT, 'agent');
  await execa('gcc', ['-O2', '-std=gnu11', '-Wall', '-Wextra', '-Werror', '-D_GNU_SOURCE', '-I', agent, '-o', bin, join(ROOT, 'test', 'agent', 'pattern-driver.c'), join(agent, 'pattern.c')]);
  const r = await execa(bin, { reject: false });
  t.is(r.exitCode, 0, r.stdout);
  t.regex(r.stdout, /^checked (\d{3,})$/m);
});
