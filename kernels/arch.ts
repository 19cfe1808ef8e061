// The architectures luqual qualifies, and what differs between them when
// a kernel is built: kbuild's ARCH, the cross compiler, the image target
// and luqual's Kconfig fragment (one per architecture, as the kernel's own
// selftests keep config.x86_64 and config.aarch64).
import { fileURLToPath } from 'node:url';
import type { HostTool } from '../host/tools.ts';

export type Arch = 'x86_64' | 'arm64';

export const ARCHES: readonly Arch[] = ['x86_64', 'arm64'];

export interface ArchBuild {
  /** kbuild's ARCH= */
  kbuildArch: string;
  /** kbuild's CROSS_COMPILE=, on an x86_64 host */
  crossCompile: string | null;
  /** the C compiler that builds the kernel */
  gcc: HostTool;
  /** the make target, and the image it leaves in the build directory */
  target: string;
  image: string;
  /** luqual's fragment, merged on top of tinyconfig */
  fragment: string;
  /** tools the build needs beyond make and Kconfig's */
  tools: HostTool[];
}

/** The image's file name in a kernel entry: bzImage, Image. */
export function imageName(arch: Arch): string {
  return ARCH_BUILD[arch].image.split('/').at(-1)!;
}

/** A build's kind for its time estimates (kernels/build-meter.ts): x86_64's keep the names they had. */
export function buildKind(kind: string, series: string, arch: Arch): string {
  return `${kind} ${series}${arch === 'x86_64' ? '' : ` ${arch}`}`;
}

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

export const ARCH_BUILD: Record<Arch, ArchBuild> = {
  x86_64: { kbuildArch: 'x86', crossCompile: null, gcc: 'gcc', target: 'bzImage', image: 'arch/x86/boot/bzImage', fragment: here('./luqual.config'), tools: ['lz4'] },
  // the plain Image: what arm64's kexec_file_load takes (arch/arm64/kernel/kexec_image.c)
  arm64: { kbuildArch: 'arm64', crossCompile: 'aarch64-linux-gnu-', gcc: 'aarch64-linux-gnu-gcc', target: 'Image', image: 'arch/arm64/boot/Image', fragment: here('./luqual-arm64.config'), tools: [] },
};
