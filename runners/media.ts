// What a run's QEMU runs boot from, besides their first kernel (which stays
// in the kernel cache): the kernel store, written once per run into
// OUT/media/ with every kernel the run may kexec into, and in each QEMU
// run's folder its initramfs (the agent and that walk's plan, which differ
// only in the plan) and the qemu.sh that boots them again. At the end of
// the run, --keep (judge/keep.ts) decides whose stay.
//
// The store is named by its content, so that a later run into the same
// folder (`luqual pair` into the default luqual-out, `--resume`) never
// replaces a store that a qemu.sh kept from an earlier run still boots.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, truncateSync } from 'node:fs';
import { basename, join } from 'node:path';
import { atomicWrite } from '../host/atomic-write.ts';
import { buildKernelStore, type StoreSlot } from './initramfs.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';

/** The run-level folder the kernel store goes into. */
export const MEDIA_DIR = 'media';
/** What a QEMU run's folder holds of its media: removed together, since qemu.sh cannot run without the initramfs. */
const RUN_MEDIA = ['initrd.cpio', 'qemu.sh'];
/** The folders of a results directory that hold QEMU runs. */
const RUN_FOLDERS = ['pairs', 'chains'];

export interface KernelStoreFile {
  path: string;
  /** the size of the ivshmem BAR it backs */
  bytes: number;
  /** where a kernel's image is in it */
  slot(image: string): StoreSlot;
}

export class RunMedia {
  private store: KernelStoreFile | null = null;
  /** each folder a QEMU run booted from, and what ran in it (judge/keep.ts names them) */
  private readonly runs = new Map<string, string[]>();

  /** kernels: every kernel the run may kexec into */
  constructor(
    private readonly outDir: string,
    private readonly kernels: readonly Pick<PreparedKernel, 'image'>[],
  ) {}

  /**
   * The run's kernel store, written the first time a QEMU run needs it. A
   * write that fails (a full disk) leaves no file and throws: the pair that
   * asked is an error, and the next one tries again.
   */
  kernelStore(): KernelStoreFile {
    if (this.store) return this.store;
    const images = [...new Set(this.kernels.map((k) => k.image))];
    const { data, bytes, slots } = buildKernelStore(images.map((f) => readFileSync(f)));
    const path = join(this.outDir, MEDIA_DIR, `kernels-${createHash('sha256').update(data).digest('hex').slice(0, 16)}.store`);
    mkdirSync(join(this.outDir, MEDIA_DIR), { recursive: true });
    atomicWrite(path, data);
    try {
      truncateSync(path, bytes);
    } catch (e) {
      rmSync(path, { force: true });
      throw e;
    }
    const at = new Map(images.map((f, i) => [f, slots[i]!]));
    this.store = { path, bytes, slot: (image) => at.get(image) ?? notInStore(image) };
    return this.store;
  }

  /** A QEMU run is about to write its media into dir. */
  booted(dir: string): void {
    if (!this.runs.has(dir)) this.runs.set(dir, []);
  }

  /** What ran in the QEMU run of dir: pair keys, or a path's id. */
  ran(dir: string, what: readonly string[]): void {
    this.runs.get(dir)?.push(...what);
  }

  /**
   * The end of the run: each QEMU run's media stay only where keep(what ran
   * in it) says; then a kernel store goes once no qemu.sh in the results
   * directory boots it, this run's or an earlier one's.
   */
  prune(keep: (ran: readonly string[]) => boolean): void {
    for (const [dir, ran] of this.runs) {
      if (!keep(ran)) for (const f of RUN_MEDIA) rmSync(join(dir, f), { force: true });
    }
    const media = join(this.outDir, MEDIA_DIR);
    if (!existsSync(media)) return;
    const booted = RUN_FOLDERS.flatMap((d) => qemuScripts(join(this.outDir, d))).map((f) => readFileSync(f, 'utf8'));
    for (const store of readdirSync(media)) {
      if (!booted.some((script) => script.includes(`${MEDIA_DIR}/${store}`))) rmSync(join(media, store), { force: true });
    }
    if (!readdirSync(media).length) rmdirSync(media);
  }
}

function notInStore(image: string): never {
  throw new Error(`${image} is not in the run's kernel store`);
}

/** Every qemu.sh under dir. */
function qemuScripts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => basename(f) === 'qemu.sh')
    .map((f) => join(dir, f));
}
