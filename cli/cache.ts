// luqual cache: what the cache holds, by kind, with sizes and last use;
// luqual cache prune: trims it. And the clean-up every command that builds
// into the cache does first.
import { cacheRoot } from '../host/cache.ts';
import { LISTED, measure, prune, removeDeadWorkTrees, scan, type SizedEntry } from '../host/cache-inventory.ts';
import { InputError } from '../judge/errors.ts';
import { terminalSafe } from '../reports/terminal-safe.ts';
import { positiveInt, type Options } from './options.ts';

const DAY = 86_400_000;

export async function cacheCommand(args: string[], o: Options): Promise<number> {
  const root = cacheRoot();
  const [sub, ...rest] = args;
  if (sub === 'prune' && !rest.length) return pruneCommand(root, o);
  if (sub !== undefined) throw new InputError(`cache takes nothing or prune (got ${JSON.stringify(args.join(' '))})`);
  if (o['keep-days'] !== undefined || o['max-size'] !== undefined) throw new InputError('--keep-days and --max-size go with cache prune');
  list(root);
  return 0;
}

/**
 * The cache, once the work trees that builds killed midway left in it are
 * removed: what a command that builds into the cache uses.
 */
export async function cacheForBuilds(log: (m: string) => void): Promise<string> {
  const root = cacheRoot();
  for (const e of await removeDeadWorkTrees(root, scan(root))) log(terminalSafe(`removed ${e.name} from the cache: the work tree of a build that did not finish (process ${e.pid} is gone)`));
  return root;
}

function list(root: string): void {
  const entries = measure(root, scan(root));
  const now = Date.now();
  console.log(terminalSafe(`${root}: ${formatSize(sum(entries))} in ${entries.length} entries; in each kind, the least recently used first`));
  for (const { kind, title } of LISTED) {
    const of = entries.filter((e) => e.kind === kind).sort((a, b) => a.lastUse - b.lastUse);
    if (!of.length) continue;
    console.log(`\n${title}: ${of.length}, ${formatSize(sum(of))}`);
    for (const e of of) console.log(terminalSafe(`  ${lastUse(e.lastUse, now)}  ${formatSize(e.bytes).padStart(9)}  ${e.name}${e.ref ? `  ${e.ref}` : ''}${note(e)}`));
  }
}

function note(e: SizedEntry): string {
  if (e.kind === 'work') return e.inUse ? `  (building, process ${e.pid})` : `  (process ${e.pid} is gone: the next run or cache prune removes it)`;
  if (e.inUse) return '  (in use by a running luqual)';
  return e.kind === 'kernel' && !e.ref ? '  (no image: the build failed, see its .build.log)' : '';
}

async function pruneCommand(root: string, o: Options): Promise<number> {
  const limits = {
    keepDays: o['keep-days'] === undefined ? undefined : positiveInt('keep-days', o['keep-days'], 0),
    maxBytes: o['max-size'] === undefined ? undefined : parseSize(o['max-size']),
  };
  const r = await prune(root, limits);
  const now = Date.now();
  for (const e of r.removed) console.log(terminalSafe(`removed ${e.name}  ${formatSize(e.bytes)}, last used ${ago(e.lastUse, now)}`));
  for (const e of r.kept) console.log(terminalSafe(`kept ${e.name}: a running luqual holds it`));
  console.log(terminalSafe(`${root}: ${formatSize(r.before)} -> ${formatSize(r.after)}`));
  if (limits.maxBytes !== undefined && r.after > limits.maxBytes) {
    console.log(`still over --max-size ${o['max-size']}: the rest is in use, luqual's own state, Debian's indexes or not luqual's (see luqual cache)`);
  }
  return 0;
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** 500M, 20G, 1.5GiB, 300MB, 4096: K, M, G and T are powers of 1024, as du and df -h print them. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?) ?([KMGT]?)(?:i?B)?$/i.exec(text.trim());
  if (!m) throw new InputError(`--max-size ${JSON.stringify(text)}: expected a size such as 500M, 20G or 1.5GiB`);
  return Math.floor(Number(m[1]) * 1024 ** ['', 'K', 'M', 'G', 'T'].indexOf(m[2]!.toUpperCase()));
}

export function formatSize(bytes: number): string {
  const i = Math.min(UNITS.length - 1, bytes < 1024 ? 0 : Math.floor(Math.log(bytes) / Math.log(1024)));
  return i ? `${(bytes / 1024 ** i).toFixed(1)} ${UNITS[i]}` : `${bytes} B`;
}

function sum(entries: SizedEntry[]): number {
  return entries.reduce((s, e) => s + e.bytes, 0);
}

function lastUse(t: number, now: number): string {
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC, ${ago(t, now).padEnd(12)}`;
}

function ago(t: number, now: number): string {
  const hours = Math.floor((now - t) / 3_600_000);
  if (hours < 1) return 'this hour';
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor((now - t) / DAY)} days ago`;
}
