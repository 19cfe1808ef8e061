// The kernel modules a suite needs on a kernel that built its drivers as
// modules (=m): looked up in that kernel's modules.dep, with everything
// they depend on, ordered so that each loads after its dependencies.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { InputError } from '../judge/errors.ts';

/** modules.dep, by module name: the module's path and the paths it needs, relative to the modules folder. */
export type ModulesDep = ReadonlyMap<string, { path: string; deps: string[] }>;

/** The name modprobe knows a module by: vfio-pci.ko.xz is vfio_pci. */
export function moduleName(path: string): string {
  return basename(path).replace(/\.ko(\.(xz|gz|zst))?$/, '').replaceAll('-', '_');
}

export function parseModulesDep(text: string): ModulesDep {
  const dep = new Map<string, { path: string; deps: string[] }>();
  for (const line of text.split('\n')) {
    const m = /^([^:\s]+):\s*(.*)$/.exec(line);
    if (m) dep.set(moduleName(m[1]!), { path: m[1]!, deps: m[2]!.split(/\s+/).filter(Boolean) });
  }
  return dep;
}

/**
 * The paths to load for the wanted modules, dependencies first, each once.
 * A wanted module modules.dep does not list is built in (or not built at
 * all, which the suite's kconfig requirement reports): nothing to load.
 */
export function loadOrder(dep: ModulesDep, wanted: readonly string[]): string[] {
  const byPath = new Map([...dep.values()].map((m) => [m.path, m]));
  const order: string[] = [];
  const visit = (path: string, seen: Set<string>) => {
    if (order.includes(path) || seen.has(path)) return;
    seen.add(path);
    for (const d of byPath.get(path)?.deps ?? []) visit(d, seen);
    order.push(path);
  };
  for (const w of wanted) {
    const m = dep.get(w.replaceAll('-', '_'));
    if (m) visit(m.path, new Set());
  }
  return order;
}

/** A kernel's modules folder (lib/modules/RELEASE) must have a modules.dep: depmod writes it. */
export function checkModulesDir(dir: string, what: string): void {
  if (!existsSync(join(dir, 'modules.dep'))) throw new InputError(`${what}: ${dir} has no modules.dep (give the lib/modules/RELEASE folder that \`make modules_install\` and depmod wrote)`);
}

/** The wanted modules' files in load order, read from dir; a modules.dep that points outside dir is refused. */
export function moduleFiles(dir: string, wanted: readonly string[]): Array<{ path: string; data: Buffer }> {
  const root = resolve(dir);
  return loadOrder(parseModulesDep(readFileSync(join(root, 'modules.dep'), 'utf8')), wanted).map((path) => {
    const full = resolve(root, path);
    if (!full.startsWith(root + sep)) throw new InputError(`${dir}/modules.dep names ${JSON.stringify(path)}, outside the folder`);
    return { path, data: readFileSync(full) };
  });
}
