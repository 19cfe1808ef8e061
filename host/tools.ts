// The host programs luqual runs, and the Debian package each comes from, so
// a missing one is reported with the fix rather than as ENOENT.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { MissingToolError } from '../judge/errors.ts';

export const TOOL_PACKAGES = {
  'qemu-system-x86_64': 'qemu-system-x86',
  'apt-get': 'apt',
  'dpkg-deb': 'dpkg',
  'dpkg-source': 'dpkg-dev',
  gcc: 'gcc',
  'aarch64-linux-gnu-gcc': 'gcc-aarch64-linux-gnu',
  'qemu-system-aarch64': 'qemu-system-arm',
  'musl-gcc': 'musl-tools',
  make: 'make',
  flex: 'flex',
  bison: 'bison',
  bc: 'bc',
  patch: 'patch',
  xz: 'xz-utils',
  zstd: 'zstd',
  lz4: 'lz4',
  tar: 'tar',
  setpriv: 'util-linux',
  git: 'git',
  depmod: 'kmod',
  rsync: 'rsync',
} as const;

export type HostTool = keyof typeof TOOL_PACKAGES;

function onPath(cmd: string, path: string): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const full = join(dir, cmd);
    try {
      accessSync(full, constants.X_OK);
      return full;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** The tool's full path; LUQUAL_QEMU overrides QEMU's. */
export function requireTool(tool: HostTool, env: NodeJS.ProcessEnv = process.env): string {
  if (tool === 'qemu-system-x86_64' && env.LUQUAL_QEMU) {
    const found = env.LUQUAL_QEMU.includes('/') ? env.LUQUAL_QEMU : onPath(env.LUQUAL_QEMU, env.PATH ?? '');
    if (found) {
      try {
        accessSync(found, constants.X_OK);
        return found;
      } catch {
        // reported below
      }
    }
    throw new MissingToolError(env.LUQUAL_QEMU, TOOL_PACKAGES[tool]);
  }
  const found = onPath(tool, env.PATH ?? '');
  if (!found) throw new MissingToolError(tool, TOOL_PACKAGES[tool]);
  return found;
}
