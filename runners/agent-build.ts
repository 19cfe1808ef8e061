// Builds the guest agent: a static binary from agent/*.c and every
// suite's suites/*/*.c, cached by the sources' content and the compiler.
// musl, not glibc: the agent travels in every initramfs and kexec_file_load
// hashes it under TCG; static glibc is several times larger. -O2, not -Os:
// the content checks are hot loops under TCG (unrolled, see pattern.c).
import { execa } from 'execa';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HostError } from '../judge/errors.ts';
import { cachedDir, contentKey } from '../host/cache.ts';
import { requireTool } from '../host/tools.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AGENT_DIR = join(ROOT, 'agent');
const SUITES_DIR = join(ROOT, 'suites');

export function agentSources(): string[] {
  const list = (dir: string, ext: RegExp) => readdirSync(dir).filter((f) => ext.test(f)).sort().map((f) => join(dir, f));
  const suites = readdirSync(SUITES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(SUITES_DIR, d.name)).sort();
  return [...list(AGENT_DIR, /\.[ch]$/), ...suites.flatMap((d) => list(d, /\.[ch]$/))];
}

const CFLAGS = ['-static', '-O2', '-s', '-std=gnu11', '-Wall', '-Wextra', '-Werror', '-D_GNU_SOURCE', '-I', AGENT_DIR];

export async function buildAgent(cache: string): Promise<string> {
  const gcc = requireTool('musl-gcc');
  const sources = agentSources();
  const version = (await execa(gcc, ['--version'])).stdout.split('\n')[0];
  const key = contentKey({ cflags: CFLAGS, version, sources: sources.map((s) => [s.slice(ROOT.length), contentKey(readFileSync(s, 'utf8'))]) });
  const dir = join(cache, 'agent', key);
  if (existsSync(join(dir, 'luqual-agent'))) return join(dir, 'luqual-agent');
  await cachedDir(dir, async (tmp) => {
    const r = await execa(gcc, [...CFLAGS, '-o', join(tmp, 'luqual-agent'), ...sources.filter((s) => s.endsWith('.c'))], { reject: false, all: true });
    if (r.exitCode !== 0) {
      throw new HostError(`building the guest agent with musl-gcc failed:\n${r.all}`);
    }
  });
  return join(dir, 'luqual-agent');
}
