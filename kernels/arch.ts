// The architectures luqual qualifies, and what differs between them when
// a kernel is built and booted.
export type Arch = 'x86_64' | 'arm64';

export const ARCHES: readonly Arch[] = ['x86_64', 'arm64'];
