// The cache of slow things: Debian downloads, kernel builds, the agent.
// Entries are directories named by a content key, made in a temporary
// directory and renamed into place, so a reader never sees half an entry;
// a lock per key keeps two runs from building the same thing at once.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.LUQUAL_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'luqual');
}

export function contentKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}

// the holder refreshes its lock every 5 s; one not refreshed for 20 s is a dead process's
const LOCK = { stale: 20_000, update: 5_000 };
// waits up to ~30 min: another run may be building the same kernel
const WAIT = { retries: 1800, factor: 1, minTimeout: 1000, maxTimeout: 1000 };

/**
 * Runs fn holding the lock of the entry at path. With wait false, a lock
 * another luqual holds is not waited for: fn is not run and the answer is
 * null.
 */
export function withLock<T>(path: string, fn: () => Promise<T>): Promise<T>;
export function withLock<T>(path: string, fn: () => Promise<T>, wait: false): Promise<T | null>;
export async function withLock<T>(path: string, fn: () => Promise<T>, wait = true): Promise<T | null> {
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  if (!existsSync(path + '.lockbase')) writeFileSync(path + '.lockbase', '');
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path + '.lockbase', { ...LOCK, retries: wait ? WAIT : 0 });
  } catch (e) {
    if (!wait && (e as NodeJS.ErrnoException).code === 'ELOCKED') return null;
    throw e;
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}

/** Whether a running luqual holds the lock of the entry at path (one that died holds none). */
export function isLocked(path: string): boolean {
  return existsSync(path + '.lockbase') && lockfile.checkSync(path + '.lockbase', { stale: LOCK.stale });
}

/** The entry, marked used now: `luqual cache prune` removes the least recently used first. */
export function markUsed(dir: string): string {
  const now = new Date();
  utimesSync(dir, now, now);
  return dir;
}

/**
 * Returns dir, making it first with make(tmpDir) unless it exists. Only a
 * complete entry is ever renamed to dir.
 */
export async function cachedDir(dir: string, make: (tmp: string) => Promise<void>): Promise<string> {
  if (existsSync(dir)) return markUsed(dir);
  return withLock(dir, async () => {
    if (existsSync(dir)) return markUsed(dir);
    const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
    mkdirSync(tmp, { recursive: true });
    try {
      await make(tmp);
      renameSync(tmp, dir);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return dir;
  });
}
