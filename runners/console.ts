// Reads the guest's serial console as a stream of lines and keeps what the
// judge needs (a ConsoleRecord): each agent stage's KTAP document (parsed by
// tap-parser), the agent's "# luqual:" facts, and kernel events that matter
// for a verdict (a new kernel starting, a panic, handover log lines), each
// with the line it stood on so that a walk can be cut into its pairs.
import { Parser } from 'tap-parser';
import { HEIRLOOMS, type ConsoleRecord, type KtapSuite, type KtapTest, type NumberedLine, type StageDoc } from '../judge/observation.ts';

export type ConsoleEvent =
  | { kind: 'banner'; release: string; line: string }
  | { kind: 'agent-start'; stage: number; release: string }
  | { kind: 'kexec' }
  | { kind: 'done' }
  | { kind: 'panic'; line: string; killedInit: boolean }
  | { kind: 'handover'; line: string };

const PRINTK_TIME = /^\[ *\d+\.\d+\] /;
const BANNER = /^Linux version (\S+)/;
const PANIC = /^Kernel panic - not syncing: ?(.*)$/;
const FACT = /^ *# luqual: (.*)$/;
/** Kernel lines that speak of the handover: the evidence behind a verdict. */
const HANDOVER = [
  /^KHO: /,
  /^luo: /,
  /^liveupdate: /i,
  /Passed KHO data/,
  /kexec_core: Starting new kernel/,
  /^(kexec|kexec_file|kexec-bzImage64): /,
];

export function stripPrintkTime(line: string): string {
  return line.replace(PRINTK_TIME, '');
}

/** "a=1 b=two (text)" -> {a:'1', b:'two'}; free words are ignored. */
export function parseFacts(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/(\S+?)=(\S+)/g)) out[m[1]!] = m[2]!;
  return out;
}

interface Assert { ok: boolean; name: string; skip: boolean | string }

function newDoc(line: number): StageDoc {
  return { stage: 0, line, release: '', facts: {}, items: [], blobs: [], suites: [], steps: [], planned: null, finished: false };
}

/** Feeds one KTAP document into tap-parser and keeps what we need of it. */
class DocReader {
  readonly doc: StageDoc;
  private readonly parser = new Parser({ strict: false });
  private pendingDiag: string[] = [];
  private readonly openSuites = new Map<string, KtapSuite>();

  constructor(private readonly suiteNames: ReadonlySet<string>, line: number) {
    this.doc = newDoc(line);
    this.parser.on('plan', (p: { end: number }) => { this.doc.planned = p.end; });
    this.parser.on('comment', (c: string) => this.comment(c, this.pendingDiag));
    this.parser.on('assert', (a: Assert) => this.topAssert(a));
    this.parser.on('bailout', (reason: string) => { this.doc.bailout = reason || 'bail out'; });
    this.parser.on('child', (child: Parser) => this.child(child));
  }

  write(line: string): void {
    this.parser.write(line + '\n');
  }

  end(): void {
    this.parser.end();
  }

  private comment(raw: string, diag: string[]): void {
    const text = raw.replace(/\n$/, '').replace(/^\s*#\s?/, '');
    const fact = FACT.exec(raw.replace(/\n$/, ''));
    if (!fact) {
      if (!text.startsWith('Subtest:')) diag.push(text);
      return;
    }
    const facts = parseFacts(fact[1]!);
    if (facts.blob) {
      this.blob(facts);
    } else if (facts.item) {
      const [suite, ...rest] = facts.item.split('/');
      const item = { suite: suite!, name: rest.join('/'), state: facts.state ?? '', attrs: facts };
      if (suite === HEIRLOOMS) this.heirlooms().items.push(item);
      else this.doc.items.push(item);
    } else {
      Object.assign(this.doc.facts, facts);
      if (facts.stage) this.doc.stage = Number(facts.stage);
      if (facts.release) this.doc.release = facts.release;
    }
    if (fact[1] === 'kexec' || fact[1] === 'done') this.doc.finished = true;
  }

  private blob(f: Record<string, string>): void {
    let b = this.doc.blobs.find((x) => x.name === f.blob);
    if (!b) {
      b = { name: f.blob!, size: Number(f.size ?? 0), parts: [] };
      this.doc.blobs.push(b);
    }
    if (f.b64) b.parts.push(f.b64 === '=' ? '' : f.b64);
    if (f.errno) b.problem = `errno ${f.errno}`;
    if (f.skipped) b.problem = `skipped: ${f.skipped}`;
  }

  private test(a: Assert, diag: string[]): KtapTest {
    const t: KtapTest = { name: a.name, ok: a.ok, diag: [...diag] };
    if (a.skip !== false) t.skip = typeof a.skip === 'string' && a.skip ? a.skip : 'skipped';
    diag.length = 0;
    return t;
  }

  private heirlooms(): NonNullable<StageDoc['heirlooms']> {
    return (this.doc.heirlooms ??= { subtest: { name: HEIRLOOMS, ok: false, diag: [], tests: [], planned: null }, items: [] });
  }

  /** Top-level results are suites (the host planned them), the heirlooms, or agent steps. */
  private topAssert(a: Assert): void {
    const t = this.test(a, this.pendingDiag);
    if (a.name === HEIRLOOMS) {
      Object.assign(this.heirlooms().subtest, { ok: t.ok, ...(t.skip ? { skip: t.skip } : {}) });
      this.openSuites.delete(a.name);
      return;
    }
    if (!this.suiteNames.has(a.name)) {
      this.doc.steps.push(t);
      return;
    }
    const open = this.openSuites.get(a.name);
    this.openSuites.delete(a.name);
    if (open) {
      open.ok = t.ok;
      if (t.skip) open.skip = t.skip;
      open.diag.push(...t.diag);
    } else {
      // skipped or refused as a whole: no subtest, only this line
      this.doc.suites.push({ ...t, tests: [], planned: null });
    }
  }

  private child(child: Parser): void {
    const suite: KtapSuite = child.name === HEIRLOOMS ? this.heirlooms().subtest : { name: child.name, ok: false, diag: [], tests: [], planned: null };
    const diag: string[] = [];
    if (suite.name !== HEIRLOOMS) this.doc.suites.push(suite);
    this.openSuites.set(suite.name, suite);
    child.on('plan', (p: { end: number }) => { suite.planned = p.end; });
    child.on('comment', (c: string) => {
      if (c.includes('# Subtest:')) return;
      this.comment(c, diag);
    });
    child.on('assert', (a: Assert) => suite.tests.push(this.test(a, diag)));
  }
}

/** Splits one byte stream into whole lines; a port of its own each. */
export class LineSplitter {
  private partial = '';

  constructor(private readonly onLine: (line: string) => void) {}

  write(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop()!;
    for (const p of parts) this.onLine(p);
  }

  end(): void {
    if (this.partial) this.onLine(this.partial);
    this.partial = '';
  }
}

/**
 * The whole console of one QEMU run. Feed it chunks as they arrive; it
 * reports events as they happen and keeps every stage document and the
 * handover log lines for the verdict.
 */
export class ConsoleReader implements ConsoleRecord {
  readonly docs: StageDoc[] = [];
  readonly handover: NumberedLine[] = [];
  /** each kernel's release, from its banner */
  readonly banners: string[] = [];
  readonly bannerLines: number[] = [];
  /** every line as read, printk time stripped */
  readonly lines: string[] = [];
  /** every line as it came, for the pairs' console files */
  readonly raw: string[] = [];
  panic: ConsoleRecord['panic'] = null;
  lastLine = '';
  private reader: DocReader | null = null;
  private readonly splitter = new LineSplitter((l) => this.writeLine(l));
  private killedInit = false;

  constructor(
    private readonly suiteNames: ReadonlySet<string>,
    private readonly onEvent: (e: ConsoleEvent) => void = () => {},
  ) {}

  /** One stream: the console and the agent's output in one. */
  write(chunk: string): void {
    this.splitter.write(chunk);
  }

  end(): void {
    this.splitter.end();
    this.reader?.end();
    this.reader = null;
  }

  /** One whole line, from whichever port it came. */
  writeLine(raw: string): void {
    const line = stripPrintkTime(raw.replace(/\r/g, ''));
    const index = this.lines.length;
    this.lines.push(line);
    this.raw.push(raw);
    if (line.trim()) this.lastLine = line;
    if (line === 'KTAP version 1') {
      // the agent starts a document only when the one before has ended: in
      // a walk, a kernel's verifying document goes straight on to its
      // preserving one, with no "done" between them
      if (this.reader) this.reader.doc.finished = true;
      this.reader?.end();
      this.reader = new DocReader(this.suiteNames, index);
      this.docs.push(this.reader.doc);
    }
    this.kernelLine(line, index);
    if (this.reader) {
      this.reader.write(line);
      this.agentEvents(line);
    }
  }

  private kernelLine(line: string, index: number): void {
    const banner = BANNER.exec(line);
    if (banner) {
      // a new kernel: the previous stage's document cannot go on
      this.reader?.end();
      this.reader = null;
      this.banners.push(banner[1]!);
      this.bannerLines.push(index);
      this.onEvent({ kind: 'banner', release: banner[1]!, line });
      return;
    }
    if (/Attempted to kill init/.test(line)) this.killedInit = true;
    const panic = PANIC.exec(line);
    if (panic && !this.panic) {
      this.panic = { index, text: line, killedInit: this.killedInit || /Attempted to kill init/.test(line), kernel: this.banners.length };
      this.onEvent({ kind: 'panic', line, killedInit: this.panic.killedInit });
    }
    if (HANDOVER.some((re) => re.test(line))) {
      this.handover.push({ index, text: line });
      this.onEvent({ kind: 'handover', line });
    }
  }

  private agentEvents(line: string): void {
    const fact = FACT.exec(line);
    if (!fact) return;
    const text = fact[1]!;
    if (text.startsWith('agent=')) {
      const f = parseFacts(text);
      this.onEvent({ kind: 'agent-start', stage: Number(f.stage), release: f.release ?? '' });
    } else if (text === 'kexec') {
      this.onEvent({ kind: 'kexec' });
    } else if (text === 'done') {
      this.onEvent({ kind: 'done' });
    }
  }
}
