// Builds the guest agent: a static binary from agent/*.c and every
// suite's suites/*/*.c, cached by the sources' content and the compiler.
// musl, not glibc: the agent travels in every initramfs and kexec_file_load
// hashes it under TCG; static glibc is several times larger. For arm64,
// Debian 12 has no musl cross compiler: static glibc from
// gcc-aarch64-linux-gnu and libc6-dev-arm64-cross (650 KB). -O2, not -Os:
// the content checks are hot loops under TCG (unrolled, see pattern.c).
// Each suite's files are compiled on their own with SUITE_NAME set to the
// suite's folder, the name SUITE() registers it under (agent/suite.h), so
// the agent's suite names are the folders' by construction.
import { execa } from 'execa';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HostError } from '../judge/errors.ts';
import { cachedDir, contentKey } from '../host/cache.ts';
import { requireTool, type HostTool } from '../host/tools.ts';
import type { Arch } from '../kernels/arch.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AGENT_DIR = join(ROOT, 'agent');
const SUITES_DIR = join(ROOT, 'suites');
/** a suite's folder name, as a C string literal can hold it unescaped */
const SUITE_FOLDER = /^[a-z0-9][a-z0-9_-]*$/;

export function agentSources(): string[] {
  const list = (dir: string, ext: RegExp) => readdirSync(dir).filter((f) => ext.test(f)).sort().map((f) => join(dir, f));
  const suites = readdirSync(SUITES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(SUITES_DIR, d.name)).sort();
  return [...list(AGENT_DIR, /\.[ch]$/), ...suites.flatMap((d) => list(d, /\.[ch]$/))];
}

const CFLAGS = ['-static', '-O2', '-s', '-std=gnu11', '-Wall', '-Wextra', '-Werror', '-D_GNU_SOURCE', '-I', AGENT_DIR];

/** The C files of the agent's core, and of each suite by its folder's name. */
export function agentUnits(sources: readonly string[]): { core: string[]; suites: Map<string, string[]> } {
  const core: string[] = [];
  const suites = new Map<string, string[]>();
  for (const s of sources.filter((f) => f.endsWith('.c'))) {
    if (dirname(s) === AGENT_DIR) {
      core.push(s);
      continue;
    }
    const name = basename(dirname(s));
    if (!SUITE_FOLDER.test(name)) throw new HostError(`suites/${name}: a suite's folder name must match ${SUITE_FOLDER}`);
    suites.set(name, [...(suites.get(name) ?? []), s]);
  }
  return { core, suites };
}

async function compile(gcc: string, args: string[], cwd?: string): Promise<void> {
  const r = await execa(gcc, args, { reject: false, all: true, cwd });
  if (r.exitCode !== 0) throw new HostError(`building the guest agent with ${basename(gcc)} failed:\n${r.all}`);
}

const COMPILER: Record<Arch, HostTool> = { x86_64: 'musl-gcc', arm64: 'aarch64-linux-gnu-gcc' };

export async function buildAgent(cache: string, arch: Arch = 'x86_64'): Promise<string> {
  const gcc = requireTool(COMPILER[arch]);
  const sources = agentSources();
  const version = (await execa(gcc, ['--version'])).stdout.split('\n')[0];
  const key = contentKey({ cflags: CFLAGS, version, sources: sources.map((s) => [s.slice(ROOT.length), contentKey(readFileSync(s, 'utf8'))]) });
  const dir = join(cache, 'agent', key);
  const { core, suites } = agentUnits(sources);
  await cachedDir(dir, async (tmp) => {
    const objects: string[] = [];
    const objDir = join(tmp, 'obj');
    for (const [name, files] of suites) {
      // one folder of objects a suite: its files' names may recur in another
      const out = join(objDir, name);
      mkdirSync(out, { recursive: true });
      await compile(gcc, [...CFLAGS, `-DSUITE_NAME="${name}"`, '-c', ...files], out);
      objects.push(...files.map((f) => join(out, basename(f).replace(/\.c$/, '.o'))));
    }
    await compile(gcc, [...CFLAGS, '-o', join(tmp, 'luqual-agent'), ...core, ...objects]);
    rmSync(objDir, { recursive: true, force: true });
  });
  return join(dir, 'luqual-agent');
}
