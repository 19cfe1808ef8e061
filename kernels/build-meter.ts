// How far a kernel build has come, for a person waiting on it: its phase,
// the objects kbuild has built against the number the last build of the
// same kind built, and the time left at the pace seen so far. How many
// objects a build made is kept in the cache for the next (build-times.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atomicWrite } from '../host/atomic-write.ts';

export type BuildPhase = 'download' | 'unpack' | 'config' | 'compile' | 'link';

/** What the last build of a kind did. */
interface Past {
  objects: number;
}

/** A status line replaces the one before it (on a terminal, in place). */
export type Say = (message: string, o?: { live?: boolean }) => void;

const timesFile = (cache: string) => join(cache, 'build-times.json');

function readTimes(cache: string): Record<string, Past> {
  try {
    const t: unknown = JSON.parse(readFileSync(timesFile(cache), 'utf8'));
    return t && typeof t === 'object' && !Array.isArray(t) ? (t as Record<string, Past>) : {};
  } catch {
    return {};
  }
}

// kbuild's quiet output: "  CC      mm/memfd_luo.o", one line per object made
const OBJECT = /^ {2}(CC|AS|LD|AR|HOSTCC|HOSTLD|OBJCOPY|LZ4|GEN|MKPIGGY|RELOCS|BUILD) /;
const LINK = /^ {2}LD {6}vmlinux\.o$/;

function clock(s: number): string {
  const r = Math.max(0, Math.round(s));
  return r >= 60 ? `${Math.floor(r / 60)}m${String(r % 60).padStart(2, '0')}s` : `${r}s`;
}

export class BuildMeter {
  private phase: BuildPhase = 'download';
  private objects = 0;
  private readonly started: number;
  private lastSaid = 0;
  private readonly past: Past | null;

  /**
   * `kind` names builds that take alike (e.g. "cold 7.3", "incremental
   * 7.3"); `now` is injectable for tests.
   */
  constructor(
    private readonly what: string,
    private readonly kind: string,
    private readonly cache: string,
    private readonly say: Say = () => {},
    private readonly now: () => number = Date.now,
  ) {
    this.past = readTimes(cache)[kind] ?? null;
    this.started = now();
  }

  enter(phase: BuildPhase): void {
    this.phase = phase;
    this.tell();
  }

  /** A line of the build's output. */
  line(text: string): void {
    if (LINK.test(text)) this.phase = 'link';
    if (!OBJECT.test(text)) return;
    this.objects++;
    // a terminal line redrawn once a second is enough to see it move
    if (this.now() - this.lastSaid >= 1000) this.tell();
  }

  status(): string {
    const elapsed = (this.now() - this.started) / 1000;
    if (this.phase !== 'compile' && this.phase !== 'link') return `${this.what}: ${this.phase} (${clock(elapsed)})`;
    const expected = this.past?.objects ?? null;
    const count = expected ? `${this.objects} of about ${expected} objects` : `${this.objects} objects`;
    // the pace so far, over what the last build of this kind had left to do
    const left = expected && this.objects >= 20 && this.objects < expected ? `, about ${clock((elapsed / this.objects) * (expected - this.objects))} left` : '';
    return `${this.what}: ${this.phase}, ${count}${left} (${clock(elapsed)})`;
  }

  private tell(): void {
    this.lastSaid = this.now();
    this.say(this.status(), { live: true });
  }

  /** The build finished: what it did is the estimate for the next of its kind. */
  finish(): void {
    const seconds = (this.now() - this.started) / 1000;
    const times = readTimes(this.cache);
    times[this.kind] = { objects: this.objects };
    atomicWrite(timesFile(this.cache), JSON.stringify(times, null, 2));
    // not live: it ends the status line, so what is printed next starts on a line of its own
    this.say(`${this.what}: built in ${clock(seconds)} (${this.objects} objects)`);
  }
}
