// Reading a kernel .config and deciding from it whether the kernel can take
// part in a live update. This only explains an outcome: verdicts come from
// what the kernels did when booted.

export type Kconfig = ReadonlyMap<string, string>;

export function parseKconfig(text: string): Kconfig {
  const m = new Map<string, string>();
  for (const line of text.split('\n')) {
    const set = /^(CONFIG_\w+)=(.*)$/.exec(line);
    if (set) m.set(set[1]!, set[2]!);
    const unset = /^# (CONFIG_\w+) is not set$/.exec(line);
    if (unset) m.set(unset[1]!, 'n');
  }
  return m;
}

export const LIVE_UPDATE_OPTIONS = ['CONFIG_KEXEC_FILE', 'CONFIG_KEXEC_HANDOVER', 'CONFIG_LIVEUPDATE', 'CONFIG_LIVEUPDATE_MEMFD'] as const;

export interface Capability {
  capable: boolean | null;
  why: string;
}

export function liveUpdateCapability(config: Kconfig | null): Capability {
  if (!config) return { capable: null, why: 'no .config known for this kernel' };
  const missing = LIVE_UPDATE_OPTIONS.filter((o) => config.get(o) !== 'y');
  if (missing.length) return { capable: false, why: `${missing.join(', ')} not set` };
  if (config.get('CONFIG_RELOCATABLE') !== 'y') {
    return { capable: false, why: 'CONFIG_RELOCATABLE not set: kexec_file_load cannot place it' };
  }
  return { capable: true, why: 'KHO, LUO and memfd preservation built in' };
}

/** Options of a fragment that did not end up as asked in the final .config. */
export function unmetOptions(fragment: string, config: Kconfig): string[] {
  const want = parseKconfig(fragment);
  return [...want].filter(([k, v]) => (config.get(k) ?? 'n') !== v).map(([k, v]) => `${k}=${v}`);
}
