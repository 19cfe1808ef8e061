// Kernel references, as written on the command line and in matrix.yaml:
//   debian-src:7.3.4            Debian's source of that upstream version, built by us
//   debian-src:7.3.4-1~bpo13+1  ... of that exact Debian version
//   debian:7.3.4                Debian's stock image of that version
//   debian-src:7.3.x, debian:7.3.x  the newest of that series Debian serves today
//   debian-src:latest, debian:latest  the newest of all (kernels/series.ts)
//   ./path/to/bzImage           a kernel image of the user's own;
//   ./bzImage,config=./.config  ... with the .config it was built from
//   ./bzImage,modules=DIR       ... with its modules (lib/modules/RELEASE), for suites built =m
//   tree:~/src/linux            a kernel source tree of the user's, built by us
import { InputError } from '../judge/errors.ts';

export type KernelRef =
  | { kind: 'debian-src'; upstream: string; debianVersion: string | null; text: string }
  | { kind: 'debian'; upstream: string; debianVersion: string | null; text: string }
  /** a version known only once the archive is asked; series null: the newest of all */
  | { kind: 'series'; of: 'debian-src' | 'debian'; series: string | null; text: string }
  | { kind: 'path'; image: string; config: string | null; modules: string | null; text: string }
  | { kind: 'tree'; path: string; text: string };

const UPSTREAM = /^\d+\.\d+(\.\d+)?$/;
// Debian revision: digits first, then what Debian allows (1~bpo13+1, 2, 1+deb13u1)
const DEBIAN = /^(\d+\.\d+(?:\.\d+)?)(?:[~+][0-9A-Za-z.+~]*)?-([0-9][0-9A-Za-z.+~]*)$/;

function parseVersion(kind: 'debian-src' | 'debian', v: string, text: string): KernelRef {
  if (UPSTREAM.test(v)) return { kind, upstream: v, debianVersion: null, text };
  if (v === 'latest') return { kind: 'series', of: kind, series: null, text };
  const series = /^(\d+\.\d+)\.x$/.exec(v);
  if (series) return { kind: 'series', of: kind, series: series[1]!, text };
  const m = DEBIAN.exec(v);
  if (m) return { kind, upstream: m[1]!, debianVersion: v, text };
  throw new InputError(
    `kernel reference ${JSON.stringify(text)}: ${JSON.stringify(v)} is not a kernel version ` +
      `(expected an upstream version such as 7.3.4, a Debian version such as 7.3.4-1~bpo13+1, a series such as 7.3.x, or latest)`,
  );
}

export function parseKernelRef(text: string): KernelRef {
  const t = text.trim();
  if (!t) throw new InputError('empty kernel reference');
  const tree = /^tree:(.*)$/.exec(t);
  if (tree) {
    if (!tree[1]) throw new InputError(`kernel reference ${JSON.stringify(t)}: tree: needs the path of a kernel source tree (tree:. or tree:~/src/linux)`);
    return { kind: 'tree', path: tree[1], text: t };
  }
  const scheme = /^([a-z][a-z-]*):(.*)$/.exec(t);
  if (scheme && !t.includes('/')) {
    const [, kind, rest] = scheme;
    if (kind === 'debian-src' || kind === 'debian') return parseVersion(kind, rest!, t);
    throw new InputError(
      `kernel reference ${JSON.stringify(t)}: unknown kind ${JSON.stringify(kind)} ` +
        `(expected debian-src:VERSION, debian:VERSION, tree:PATH or a path to a bzImage)`,
    );
  }
  if (/^(\/|\.{1,2}\/|~\/)/.test(t) || t.includes('/') || /bzImage|vmlinuz/.test(t)) {
    const [image, ...opts] = t.split(',');
    const given: { config: string | null; modules: string | null } = { config: null, modules: null };
    for (const o of opts) {
      const m = /^(config|modules)=(.+)$/.exec(o);
      if (!m) throw new InputError(`kernel reference ${JSON.stringify(t)}: unknown option ${JSON.stringify(o)} (only config=PATH and modules=DIR)`);
      given[m[1] as 'config' | 'modules'] = m[2]!;
    }
    return { kind: 'path', image: image!, ...given, text: t };
  }
  throw new InputError(
    `kernel reference ${JSON.stringify(t)} does not parse: expected debian-src:VERSION, ` +
      `debian:VERSION, tree:PATH or a path to a bzImage (containing a /, e.g. ./bzImage)`,
  );
}
