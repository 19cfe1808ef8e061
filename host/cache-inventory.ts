// What the cache holds, by kind, and how it is trimmed: `luqual cache` and
// `luqual cache prune`. An entry is a path under the cache with the files
// beside it that belong to it (its .lockbase lock, a kernel's .build.log).
// A build killed midway (SIGKILL, a CI job's timeout) leaves its work tree
// behind, gigabytes of it: any luqual that uses the cache removes the work
// trees of builds that are gone.
import { lstatSync, readdirSync, readFileSync, renameSync, rmSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isLocked, withLock } from './cache.ts';

/** a build's work tree, <entry>.work-<PID>[-...] or <entry>.tmp-<PID>-<ms>, named by the process that made it */
const WORK = /\.(?:work-(\d+)(?:-[^/]*)?|tmp-(\d+)-\d+)$/;

/**
 * What a path under the cache is, by its path relative to the cache root,
 * first match wins: a folder of entries (walked into) or an entry of a kind.
 * `prune` says what `cache prune` does with the kind's entries: `lru`
 * removes the least recently used, `dead` the work trees of builds that are
 * gone, `keep` nothing (luqual's own small state, apt's indexes, which it
 * refreshes itself, and anything not known here).
 */
const KINDS = [
  { path: WORK, kind: 'work', title: 'work trees of builds', prune: 'dead' },
  // apt-arm64: the arm64 indexes and stock images (kernels/debian-archive.ts)
  { path: /^(kernels|kernels\/trees|apt(-arm64)?|apt(-arm64)?\/debs|apt\/src|agent)$/, kind: 'folder', title: '', prune: 'keep' },
  { path: /^kernels\/trees\/[^/]+$/, kind: 'tree', title: 'build trees', prune: 'lru' },
  { path: /^kernels\/[^/]+$/, kind: 'kernel', title: 'kernels', prune: 'lru' },
  { path: /^apt\/src\/[^/]+$/, kind: 'source', title: 'sources', prune: 'lru' },
  { path: /^apt(-arm64)?\/debs\/[^/]+$/, kind: 'download', title: 'downloads', prune: 'lru' },
  { path: /^agent\/[^/]+$/, kind: 'agent', title: 'guest agents', prune: 'lru' },
  { path: /^(abi|apt(-arm64)?\/memo)$/, kind: 'memo', title: 'answers kept (handover formats, apt queries)', prune: 'keep' },
  { path: /^apt(-arm64)?\/[^/]+$/, kind: 'index', title: "Debian's indexes", prune: 'keep' },
  { path: /^(hop-times|accel|build-times)\.json$/, kind: 'state', title: 'what luqual learnt of this host', prune: 'keep' },
  { path: /./, kind: 'other', title: 'other (not luqual: listed, never removed)', prune: 'keep' },
] as const;

type Rule = (typeof KINDS)[number];
type Kind = Exclude<Rule['kind'], 'folder'>;

function classify(rel: string): Rule {
  return KINDS.find((k) => k.path.test(rel))!;
}

// Another luqual may finish or remove an entry while this one looks:
// what is gone is simply not there.
function lstat(path: string): Stats | undefined {
  return lstatSync(path, { throwIfNoEntry: false });
}

function children(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/** The kinds in the order they are listed, with their titles. */
export const LISTED = KINDS.filter((k): k is Extract<Rule, { kind: Kind }> => k.kind !== 'folder');

/** The files that belong to an entry: its lock (proper-lockfile's .lock folder while held) and its build's log. */
const MEMBER = /\.(?:lockbase(?:\.lock)?|build\.log)$/;
const LOCK_FILE = /\.lockbase(?:\.lock)?$/;

export interface CacheEntry {
  kind: Kind;
  /** relative to the cache root: the entry's own path, without the suffix of a file beside it */
  name: string;
  /** every path that makes it up, relative */
  paths: string[];
  /** the newest mtime of its paths but its lock: cachedDir marks an entry it hands out */
  lastUse: number;
  /** a running luqual holds its lock; for a work tree also: the process that made it may be running */
  inUse: boolean;
  /** kernels: the reference it was built or downloaded for (origin.json) */
  ref: string | null;
  /** work trees: the process that made it */
  pid: number | null;
}

/** Every entry under the cache root, without sizes (see `measure`): cheap enough for every run. */
export function scan(root: string): CacheEntry[] {
  const groups = new Map<string, string[]>();
  const walk = (rel: string) => {
    for (const name of children(join(root, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      const base = WORK.test(path) ? path : path.replace(MEMBER, '');
      if (classify(base).kind === 'folder' && lstat(join(root, path))?.isDirectory()) walk(path);
      else groups.set(base, [...(groups.get(base) ?? []), path]);
    }
  };
  walk('');
  // a lock with nothing to lock (kept by prune, see remove) is no entry
  return [...groups].filter(([, paths]) => paths.some((p) => !LOCK_FILE.test(p))).map(([name, paths]) => entry(root, name, paths));
}

function entry(root: string, name: string, paths: string[]): CacheEntry {
  const rule = classify(name);
  // a file where luqual keeps a folder of entries is not luqual's
  const kind = rule.kind === 'folder' ? 'other' : rule.kind;
  const m = WORK.exec(name);
  const pid = m ? Number(m[1] ?? m[2]) : null;
  return {
    kind,
    name,
    paths,
    // not its lock's: the holder touches that every few seconds
    lastUse: Math.max(...paths.filter((p) => !LOCK_FILE.test(p)).map((p) => lstat(join(root, p))?.mtimeMs ?? 0)),
    inUse: isLocked(join(root, lockName(name))) || (pid !== null && mayBeRunning(pid)),
    ref: kind === 'kernel' ? originRef(join(root, name, 'origin.json')) : null,
    pid,
  };
}

/** The entry a work tree is made for, whose lock its build holds; an entry's own. */
function lockName(name: string): string {
  return name.replace(WORK, '');
}

/** The reference an entry was made for, with its architecture where it is not x86_64. */
function originRef(file: string): string | null {
  try {
    const { ref, arch } = JSON.parse(readFileSync(file, 'utf8')) as { ref?: unknown; arch?: unknown };
    return typeof ref !== 'string' ? null : typeof arch === 'string' ? `${ref} (${arch})` : ref;
  } catch {
    // a failed build has a log and no origin.json
    return null;
  }
}

/**
 * Whether the process that named a work tree may still be building in it.
 * A PID can be reused after its process is gone: one that is alive but is
 * not node (luqual runs under node) is taken as gone.
 */
function mayBeRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: alive, another user's
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  try {
    return /(^|[/\0])node(js)?\0|luqual/.test(readFileSync(`/proc/${pid}/cmdline`, 'latin1'));
  } catch {
    return true;
  }
}

export interface SizedEntry extends CacheEntry {
  bytes: number;
}

/** Sizes as du --apparent-size gives them: a file hard-linked twice counts once. */
export function measure(root: string, entries: CacheEntry[]): SizedEntry[] {
  const seen = new Set<string>();
  const size = (path: string): number => {
    const st = lstat(path);
    if (!st) return 0;
    if (st.isDirectory()) return children(path).reduce((sum, f) => sum + size(join(path, f)), 0);
    const inode = `${st.dev}:${st.ino}`;
    if (seen.has(inode)) return 0;
    seen.add(inode);
    return st.size;
  };
  return entries.map((e) => ({ ...e, bytes: e.paths.reduce((sum, p) => sum + size(join(root, p)), 0) }));
}

/**
 * Removes an entry unless a running luqual holds its lock, taken here so no
 * build starts on it meanwhile; false when it was held. Its folder is
 * renamed to a work tree name first: a reader sees the entry whole or not
 * at all, and a prune killed midway leaves what the next run removes. The
 * .lockbase stays: another run may be about to lock it.
 */
async function remove(root: string, e: CacheEntry): Promise<boolean> {
  const done = await withLock(
    join(root, lockName(e.name)),
    () => {
      for (const p of e.paths.filter((x) => !LOCK_FILE.test(x))) {
        const path = join(root, p);
        // a work tree's name already says whose it is
        const gone = WORK.test(p) ? path : `${path}.tmp-${process.pid}-${Date.now()}`;
        if (gone !== path) renameSync(path, gone);
        rmSync(gone, { recursive: true, force: true });
      }
      return Promise.resolve(true);
    },
    false,
  );
  return done ?? false;
}

/** Removes the work trees of builds that are gone; the ones removed. */
export async function removeDeadWorkTrees<E extends CacheEntry>(root: string, entries: E[]): Promise<E[]> {
  const removed: E[] = [];
  for (const e of entries.filter((x) => x.kind === 'work' && !x.inUse)) if (await remove(root, e)) removed.push(e);
  return removed;
}

export interface PruneLimits {
  /** remove what was last used more than this many days ago */
  keepDays?: number;
  /** remove the least recently used until the whole cache is at most this size */
  maxBytes?: number;
}

export interface Pruned {
  removed: SizedEntry[];
  /** entries the limits would remove that a running luqual holds */
  kept: SizedEntry[];
  /** the cache's size before and after */
  before: number;
  after: number;
}

/**
 * The work trees of builds that are gone, then the least recently used
 * entries of the kinds prune may remove, oldest first, while they are older
 * than keepDays or the cache is larger than maxBytes.
 */
export async function prune(root: string, limits: PruneLimits, now = Date.now()): Promise<Pruned> {
  const entries = measure(root, scan(root));
  const before = entries.reduce((sum, e) => sum + e.bytes, 0);
  const removed = await removeDeadWorkTrees(root, entries);
  const kept: SizedEntry[] = [];
  let total = before - removed.reduce((sum, e) => sum + e.bytes, 0);
  const cutoff = limits.keepDays === undefined ? -Infinity : now - limits.keepDays * 86_400_000;
  for (const e of entries.filter((x) => classify(x.name).prune === 'lru').sort((a, b) => a.lastUse - b.lastUse)) {
    if (e.lastUse >= cutoff && total <= (limits.maxBytes ?? Infinity)) break;
    if (!e.inUse && (await remove(root, e))) {
      removed.push(e);
      total -= e.bytes;
    } else kept.push(e);
  }
  return { removed, kept, before, after: total };
}
