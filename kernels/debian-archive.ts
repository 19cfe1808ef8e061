// Debian's archive as luqual sees it: the suites that carry new kernels
// (trixie, trixie-backports, sid), in a sources list and apt state of our
// own under the cache, so the machine's apt setup is never changed.
import { execa } from 'execa';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { atomicWrite } from '../host/atomic-write.ts';
import { join } from 'node:path';
import { HostError, InputError } from '../judge/errors.ts';
import { cachedDir, contentKey, withLock } from '../host/cache.ts';
import { requireTool } from '../host/tools.ts';

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const DEFAULT_SUITES = ['trixie', 'trixie-backports', 'sid'];
const LISTS_MAX_AGE_MS = 12 * 3600_000;

/** The archive URI the machine already uses, so mirrors and proxies carry over. */
export function machineArchiveUri(): string {
  const files = ['/etc/apt/sources.list'];
  const dir = '/etc/apt/sources.list.d';
  if (existsSync(dir)) files.push(...readdirSync(dir).map((f) => join(dir, f)));
  for (const f of files) {
    let text = '';
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/(?:URIs:|^deb(?:-src)?(?:\s+\[[^\]]*\])?)\s+(\S+\/debian)\/?\s*$/gm)) {
      return m[1]!;
    }
  }
  return 'http://deb.debian.org/debian';
}

export class DebianArchive {
  readonly dir: string;
  private readonly suites: string[];
  private fresh = false;

  constructor(cache: string, env: NodeJS.ProcessEnv = process.env) {
    this.dir = join(cache, 'apt');
    this.suites = env.LUQUAL_DEBIAN_SUITES?.split(/[ ,]+/).filter(Boolean) ?? DEFAULT_SUITES;
  }

  private options(): string[] {
    return [
      '-o', `Dir::Etc::SourceList=${join(this.dir, 'sources.list')}`,
      '-o', 'Dir::Etc::SourceParts=/dev/null',
      '-o', `Dir::State::Lists=${join(this.dir, 'lists')}`,
      '-o', `Dir::Cache=${join(this.dir, 'cache')}`,
      '-o', `Dir::State::status=${join(this.dir, 'status')}`,
      '-o', 'Debug::NoLocking=1',
      '-o', 'APT::Sandbox::User=root',
      '-o', 'Acquire::Retries=3',
    ];
  }

  /** Writes our sources list and refreshes the indexes when they are old. */
  async update(force = false): Promise<void> {
    if (this.fresh && !force) return;
    requireTool('apt-get');
    const uri = machineArchiveUri();
    const lines = this.suites.flatMap((s) => [
      `deb [signed-by=${KEYRING}] ${uri} ${s} main`,
      `deb-src [signed-by=${KEYRING}] ${uri} ${s} main`,
    ]);
    await withLock(join(this.dir, 'update'), async () => {
      mkdirSync(join(this.dir, 'lists', 'partial'), { recursive: true });
      mkdirSync(join(this.dir, 'cache', 'archives', 'partial'), { recursive: true });
      writeFileSync(join(this.dir, 'status'), '', { flag: 'a' });
      const list = join(this.dir, 'sources.list');
      const stamp = join(this.dir, 'updated');
      const same = existsSync(list) && readFileSync(list, 'utf8') === lines.join('\n') + '\n';
      const recent = existsSync(stamp) && Date.now() - statSync(stamp).mtimeMs < LISTS_MAX_AGE_MS;
      if (same && recent && !force) return;
      writeFileSync(list, lines.join('\n') + '\n');
      const r = await execa('apt-get', [...this.options(), 'update'], { reject: false, all: true });
      if (r.exitCode !== 0) {
        throw new HostError(`apt-get update of Debian's ${this.suites.join(', ')} indexes failed:\n${tail(r.all)}`);
      }
      writeFileSync(stamp, new Date().toISOString());
    });
    this.fresh = true;
  }

  /**
   * apt-cache over the sid and trixie indexes takes a second or more per
   * query; answers are kept until the indexes are next refreshed.
   */
  private async aptCache(args: string[]): Promise<string> {
    await this.update();
    const stamp = readFileSync(join(this.dir, 'updated'), 'utf8');
    const memo = join(this.dir, 'memo', `${contentKey({ args, stamp })}.txt`);
    if (existsSync(memo)) return readFileSync(memo, 'utf8');
    const r = await execa('apt-cache', [...this.options(), ...args], { reject: false });
    if (r.exitCode === 0) {
      mkdirSync(join(this.dir, 'memo'), { recursive: true });
      atomicWrite(memo, r.stdout);
    }
    return r.stdout;
  }

  /** Versions of a binary package, newest first. */
  async binaryVersions(pkg: string): Promise<string[]> {
    const out = await this.aptCache(['madison', pkg]);
    // madison lists the source package's versions too: keep the binary's own
    const versions = out
      .split('\n')
      .map((l) => l.split('|').map((f) => f.trim()))
      .filter((f) => f[0] === pkg && / Packages$/.test(f[2] ?? ''))
      .map((f) => f[1]!);
    return [...new Set(versions)];
  }

  /** Versions of the `linux` source package, newest first. */
  async sourceVersions(): Promise<string[]> {
    const out = await this.aptCache(['showsrc', 'linux']);
    const versions = [...out.matchAll(/^Version: (\S+)$/gm)].map((m) => m[1]!);
    return sortDebianVersions([...new Set(versions)]);
  }

  async packageNames(pattern: string): Promise<string[]> {
    const out = await this.aptCache(['search', '--names-only', pattern]);
    return out.split('\n').map((l) => l.split(' - ')[0]!.trim()).filter(Boolean);
  }

  /** A binary package's .deb, downloaded once into the cache. */
  async download(pkg: string, version: string): Promise<string> {
    const dir = await cachedDir(join(this.dir, 'debs', `${pkg}_${version}`), async (tmp) => {
      await this.update();
      const r = await execa('apt-get', [...this.options(), 'download', `${pkg}=${version}`], { cwd: tmp, reject: false, all: true });
      if (r.exitCode !== 0) throw archiveError(`${pkg} ${version}`, r.all);
    });
    const deb = readdirSync(dir).find((f) => f.endsWith('.deb'));
    if (!deb) throw new HostError(`download of ${pkg} ${version} left no .deb in ${dir}`);
    return join(dir, deb);
  }

  /**
   * The `linux` source package of that version. Some versions are served
   * only in part: the upstream .orig tarball but not the .dsc and Debian's
   * patches (404). Then `dsc` is null and `missing` names what was refused.
   */
  async downloadSource(version: string): Promise<SourceFiles> {
    const dir = await cachedDir(join(this.dir, 'src', `linux_${version}`), async (tmp) => {
      await this.update();
      const r = await execa('apt-get', [...this.options(), 'source', '--download-only', `linux=${version}`], { cwd: tmp, reject: false, all: true });
      if (r.exitCode === 0) return;
      const missing = [...(r.all ?? '').matchAll(/^E: Failed to fetch (\S+) +404/gm)].map((m) => decodeURIComponent(m[1]!.split('/').pop()!));
      const orig = readdirSync(tmp).some((f) => /\.orig\.tar\./.test(f));
      if (!orig || !missing.length) throw archiveError(`linux source ${version}`, r.all);
      writeFileSync(join(tmp, 'missing.txt'), missing.join('\n') + '\n');
    });
    const files = readdirSync(dir);
    const dsc = files.find((f) => f.endsWith('.dsc'));
    const orig = files.find((f) => /\.orig\.tar\./.test(f));
    if (!dsc && !orig) throw new HostError(`download of linux source ${version} left neither .dsc nor .orig tarball in ${dir}`);
    const missing = files.includes('missing.txt') ? readFileSync(join(dir, 'missing.txt'), 'utf8').trim().split('\n') : [];
    return { dsc: dsc ? join(dir, dsc) : null, orig: orig ? join(dir, orig) : null, missing };
  }
}

export interface SourceFiles {
  dsc: string | null;
  orig: string | null;
  /** files the archive lists but answered 404 for */
  missing: string[];
}

function tail(text: string | undefined, lines = 15): string {
  return (text ?? '').trim().split('\n').slice(-lines).join('\n');
}

function archiveError(what: string, output: string | undefined): Error {
  if (/404\s+Not Found/i.test(output ?? '')) {
    return new InputError(`Debian's archive lists ${what} but does not serve it (404 Not Found)`);
  }
  return new HostError(`downloading ${what} from Debian's archive failed:\n${tail(output)}`);
}

/** Newest first, by Debian's own comparison (dpkg --compare-versions semantics). */
export function sortDebianVersions(versions: string[]): string[] {
  return [...versions].sort((a, b) => compareDebianVersions(b, a));
}

function order(c: string): number {
  if (c === '~') return -1;
  if (/\d/.test(c)) return 0;
  if (!c) return 0;
  if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
  return c.charCodeAt(0) + 256;
}

function comparePart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let diff = 0;
    while ((i < a.length && !/\d/.test(a[i]!)) || (j < b.length && !/\d/.test(b[j]!))) {
      const ac = order(a[i] ?? '');
      const bc = order(b[j] ?? '');
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    while (i < a.length && /\d/.test(a[i]!) && j < b.length && /\d/.test(b[j]!)) {
      if (!diff) diff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < a.length && /\d/.test(a[i]!)) return 1;
    if (j < b.length && /\d/.test(b[j]!)) return -1;
    if (diff) return diff;
  }
  return 0;
}

export function compareDebianVersions(a: string, b: string): number {
  const split = (v: string): [string, string, string] => {
    const colon = v.indexOf(':');
    const epoch = colon >= 0 ? v.slice(0, colon) : '0';
    const rest = colon >= 0 ? v.slice(colon + 1) : v;
    const dash = rest.lastIndexOf('-');
    return dash >= 0 ? [epoch, rest.slice(0, dash), rest.slice(dash + 1)] : [epoch, rest, '0'];
  };
  const [ea, ua, ra] = split(a);
  const [eb, ub, rb] = split(b);
  return Number(ea) - Number(eb) || comparePart(ua, ub) || comparePart(ra, rb);
}

/** The upstream part: "7.3.4-1~bpo13+1" -> "7.3.4". */
export function upstreamOf(debianVersion: string): string {
  return /^(\d+\.\d+(?:\.\d+)?)/.exec(debianVersion)?.[1] ?? debianVersion;
}
