// Debian's archive as luqual sees it: the suites that carry new kernels
// (trixie, trixie-backports, sid), in a sources list and apt state of our
// own under the cache, so the machine's apt setup is never changed.
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, lchownSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { atomicWrite } from '../host/atomic-write.ts';
import { join } from 'node:path';
import { HostError, InputError } from '../judge/errors.ts';
import { cachedDir, contentKey, withLock } from '../host/cache.ts';
import { requireTool } from '../host/tools.ts';
import { debianArchiveUri } from './apt-sources.ts';

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const DEFAULT_SUITES = ['trixie', 'trixie-backports', 'sid'];
const LISTS_MAX_AGE_MS = 12 * 3600_000;

/** The archive URI the machine already uses, so mirrors and proxies carry over. */
export function machineArchiveUri(): string {
  const dir = '/etc/apt/sources.list.d';
  const names = ['/etc/apt/sources.list', ...(existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : [])];
  const files = names.flatMap((name) => {
    try {
      return [{ name, text: readFileSync(name, 'utf8') }];
    } catch {
      return [];
    }
  });
  return debianArchiveUri(files) ?? 'http://deb.debian.org/debian';
}

/**
 * Run as root, apt downloads as its unprivileged _apt user where that user
 * can write: the folder a download lands in is lent to it for the download,
 * then taken back with all it holds, so _apt never keeps write access to
 * luqual's cache. (Where _apt cannot reach the cache, e.g. under /root, apt
 * itself says it downloads unsandboxed as root.)
 */
async function lentToApt<T>(dir: string, run: () => Promise<T>): Promise<T> {
  const apt = process.getuid?.() === 0 ? /^_apt:[^:]*:(\d+):(\d+):/m.exec(existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8') : '') : null;
  if (!apt) return run();
  chownSync(dir, Number(apt[1]), Number(apt[2]));
  try {
    return await run();
  } finally {
    // lchown: a link _apt left is taken back, not what it points to
    for (const f of [dir, ...readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f)))]) lchownSync(f, process.getuid!(), process.getgid!());
  }
}

export class DebianArchive {
  readonly dir: string;
  private readonly suites: string[];
  private fresh = false;

  /**
   * debArch: whose binary packages the indexes list. amd64's also list the
   * sources; another architecture's (arm64: its stock images) are indexes of
   * their own beside them, binaries only.
   */
  constructor(cache: string, env: NodeJS.ProcessEnv = process.env, readonly debArch: 'amd64' | 'arm64' = 'amd64') {
    this.dir = join(cache, debArch === 'amd64' ? 'apt' : `apt-${debArch}`);
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
      '-o', 'Acquire::Retries=3',
      ...(this.debArch === 'amd64' ? [] : ['-o', `APT::Architecture=${this.debArch}`, '-o', `APT::Architectures=${this.debArch}`]),
    ];
  }

  /** Writes our sources list and refreshes the indexes when they are old. */
  async update(force = false): Promise<void> {
    if (this.fresh && !force) return;
    requireTool('apt-get');
    const uri = machineArchiveUri();
    const lines = this.suites.flatMap((s) =>
      this.debArch === 'amd64'
        ? [`deb [signed-by=${KEYRING}] ${uri} ${s} main`, `deb-src [signed-by=${KEYRING}] ${uri} ${s} main`]
        : [`deb [arch=${this.debArch} signed-by=${KEYRING}] ${uri} ${s} main`],
    );
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
    return (await this.binaryVersionsOf([pkg])).get(pkg)!;
  }

  /** Versions of each of these binary packages, newest first: one apt-cache run for all. */
  async binaryVersionsOf(pkgs: readonly string[]): Promise<Map<string, string[]>> {
    const versions = new Map(pkgs.map((p) => [p, [] as string[]]));
    const out = await this.aptCache(['madison', ...pkgs]);
    for (const f of out.split('\n').map((l) => l.split('|').map((x) => x.trim()))) {
      // madison lists the source package's versions too: keep the binaries' own
      const list = versions.get(f[0]!);
      if (list && / Packages$/.test(f[2] ?? '') && !list.includes(f[1]!)) list.push(f[1]!);
    }
    return versions;
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

  /**
   * A binary package's .deb, downloaded once into the cache and checked
   * against the SHA-256 of the signed Packages index every time it is used:
   * the cache is a folder like any other.
   */
  async download(pkg: string, version: string): Promise<string> {
    const dir = await cachedDir(join(this.dir, 'debs', `${pkg}_${version}`), async (tmp) => {
      await this.update();
      const r = await lentToApt(tmp, () => execa('apt-get', [...this.options(), 'download', `${pkg}=${version}`], { cwd: tmp, reject: false, all: true }));
      if (r.exitCode !== 0) throw archiveError(`${pkg} ${version}`, r.all);
    });
    const deb = readdirSync(dir).find((f) => f.endsWith('.deb'));
    if (!deb) throw new HostError(`download of ${pkg} ${version} left no .deb in ${dir}`);
    const signed = /^SHA256: ([0-9a-f]{64})$/m.exec(await this.aptCache(['show', `${pkg}=${version}`]))?.[1];
    if (sha256(join(dir, deb)) !== signed) throw new HostError(`${join(dir, deb)} is not the ${pkg} ${version} the archive's signed index describes (SHA-256 differs): remove ${dir} to download it again`);
    return join(dir, deb);
  }

  /**
   * The `linux` source package of that version. Some versions are served
   * only in part: the upstream .orig tarball but not the .dsc and Debian's
   * patches (404). Then `dsc` is null, `missing` names what was refused,
   * and the tarball is used only when its SHA-256 is the one the archive's
   * signed Sources index gives for it (apt renames a file that failed its
   * check to *.FAILED; a tarball left over that no signed hash vouches for
   * is a Makefile luqual would run). `insecure` builds it anyway, as the
   * user asked by name.
   */
  async downloadSource(version: string, insecure = false): Promise<SourceFiles> {
    const dir = await cachedDir(join(this.dir, 'src', `linux_${version}`), async (tmp) => {
      await this.update();
      const r = await lentToApt(tmp, () => execa('apt-get', [...this.options(), 'source', '--download-only', `linux=${version}`], { cwd: tmp, reject: false, all: true }));
      if (r.exitCode === 0) return;
      const missing = [...(r.all ?? '').matchAll(/^E: Failed to fetch (\S+) +404/gm)].map((m) => decodeURIComponent(m[1]!.split('/').pop()!));
      if (!missing.length) throw archiveError(`linux source ${version}`, r.all);
      const signed = signedChecksums(await this.aptCache(['showsrc', 'linux']), version);
      // the name the signed index gives, else whatever tarball came (for --insecure-unverified-source)
      const orig = [...signed.keys()].find((f) => ORIG.test(f)) ?? readdirSync(tmp).find((f) => ORIG.test(f));
      if (!orig || !existsSync(join(tmp, orig))) throw archiveError(`linux source ${version}`, r.all);
      if (sha256(join(tmp, orig)) !== signed.get(orig) && !insecure) {
        throw new HostError(`linux source ${version}: the archive served no .dsc (${missing.join(', ')}: 404), and no signed hash in its Sources index vouches for ${orig}; refusing to build it (--insecure-unverified-source builds it anyway)`);
      }
      for (const f of readdirSync(tmp).filter((x) => x !== orig)) rmSync(join(tmp, f), { recursive: true, force: true });
      writeFileSync(join(tmp, 'missing.txt'), missing.join('\n') + '\n');
    });
    const files = readdirSync(dir);
    const dsc = files.find((f) => f.endsWith('.dsc'));
    const orig = files.find((f) => ORIG.test(f));
    if (!dsc && !orig) throw new HostError(`download of linux source ${version} left neither .dsc nor .orig tarball in ${dir}`);
    // every file handed on is one the signed index vouches for, checked on
    // every use as apt checked it on download (dpkg-source is told not to
    // check again); a tarball kept under --insecure-unverified-source is
    // used again only with that option
    const signed = signedChecksums(await this.aptCache(['showsrc', 'linux']), version);
    for (const f of files.filter((x) => signed.has(x) || x === dsc || x === orig)) {
      if (insecure && f === orig) continue;
      const want = signed.get(f);
      if (!want) throw new HostError(`linux source ${version}: no signed hash in the archive's Sources index vouches for ${join(dir, f)}; refusing to build it (--insecure-unverified-source builds an unverified tarball anyway)`);
      if (sha256(join(dir, f)) !== want) throw new HostError(`${join(dir, f)} is not what the archive's signed Sources index describes (SHA-256 differs): remove ${dir} to download it again`);
    }
    const missing = files.includes('missing.txt') ? readFileSync(join(dir, 'missing.txt'), 'utf8').trim().split('\n') : [];
    return { dsc: dsc ? join(dir, dsc) : null, orig: orig ? join(dir, orig) : null, missing };
  }
}

/** An upstream tarball's name, and nothing after it (not apt's *.FAILED) */
const ORIG = /\.orig\.tar\.(xz|gz|bz2|zst)$/;

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * The SHA-256 of each file of one version of a source package, from
 * `apt-cache showsrc` (the Sources index apt verified against the archive's
 * signed Release file).
 */
export function signedChecksums(showsrc: string, version: string): Map<string, string> {
  const record = showsrc.split(/\n\s*\n/).find((r) => new RegExp(`^Version: ${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm').test(r));
  const block = record ? /^Checksums-Sha256:\n((?:[ \t].*\n?)*)/m.exec(record) : null;
  const out = new Map<string, string>();
  for (const m of (block?.[1] ?? '').matchAll(/^[ \t]+([0-9a-f]{64}) \d+ (\S+)$/gm)) out.set(m[2]!, m[1]!);
  return out;
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

/** "7.3.4-1~bpo13+1" -> "7.3" */
export function seriesOf(version: string): string {
  return upstreamOf(version).split('.').slice(0, 2).join('.');
}
