// What luqual knows about a kernel once it is ready to boot.
import type { Capability } from './kconfig.ts';

export interface PreparedKernel {
  /** the name used in tables and file names */
  id: string;
  /** the reference it was prepared from, as the user wrote it */
  ref: string;
  kind: 'debian-src' | 'debian' | 'path';
  /** read from the image's boot header */
  release: string;
  image: string;
  config: string | null;
  capability: Capability;
  /** how it was obtained, in words */
  obtained: string;
  debianVersion: string | null;
  /** requested options the kernel does not have (for built kernels) */
  unmetOptions: string[];
  /** extra command line this kernel boots with */
  cmdline: string;
}

export interface KernelOptions {
  cache: string;
  /** the user's own Kconfig fragment, added to luqual's */
  extraConfig?: string | null;
  /** patch files applied to the source before the build */
  patches?: string[];
  cmdline?: string;
  id?: string;
  jobs?: number;
  onProgress?: (message: string) => void;
}
