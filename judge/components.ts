// The handover's components and how they nest, as the kernel's code builds
// the handover: the KHO root holds LUO and KHO's other users (reserve_mem
// regions, the KHO self-test); LUO holds its sessions and the file handlers
// (memfd, and the handlers of series in flight). What a target does with a
// component whose format it does not speak is fixed by that code, not by a
// kernel version (kernel/liveupdate/, kexec_handover.c; README "Fates"):
// the KHO root is refused and the target boots without the handover, LUO's
// state failing to initialise panics the target, a file handler or a KHO
// user it cannot read is refused and what it carries is not restored.
import type { AbiStrings } from '../schemas/types/results.ts';

export interface Component {
  name: string;
  label: string;
  parent: string | null;
  /** the compatible-string families of its format ("memfd" for memfd-v2) */
  families: readonly string[];
  /** what a target that speaks other strings of those families does */
  onMismatch: 'refused' | 'panicked';
  /** a target line that says it took the component */
  restoredLog?: RegExp;
  /** a target line that says it could not read the component's format */
  refusedLog?: RegExp;
}

const STRUCTURE: readonly Component[] = [
  { name: 'kho', label: 'KHO root', parent: null, families: ['kho'], onMismatch: 'refused', restoredLog: /^KHO: found kexec handover data/, refusedLog: /^KHO: .*(incompatible|disabling KHO revival)/ },
  { name: 'luo', label: 'LUO', parent: 'kho', families: ['luo', 'luo-session', 'luo-flb'], onMismatch: 'panicked', restoredLog: /^luo: Retrieved live update data/, refusedLog: /^luo: .*is incompatible with/ },
  { name: 'memblock', label: 'reserve_mem', parent: 'kho', families: ['memblock', 'reserve-mem'], onMismatch: 'refused' },
  { name: 'kho-test', label: 'KHO self-test', parent: 'kho', families: ['kho-test'], onMismatch: 'refused' },
];

/** A component by name: the KHO root, LUO, a KHO user, else a LUO file handler whose family is its name. */
export function component(name: string): Component {
  const known = STRUCTURE.find((c) => c.name === name);
  if (known) return known;
  const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { name, label: `${name} handler`, parent: 'luo', families: [name], onMismatch: 'refused', refusedLog: new RegExp(`^luo: No registered handler for compatible '${quoted}-`) };
}

/** The component and its ancestors, outermost first. */
export function lineage(name: string): Component[] {
  const c = component(name);
  return c.parent === null ? [c] : [...lineage(c.parent), c];
}

/** The components that carry the named ones, with every component holding them, outermost first. */
export function withHolders(carriers: Iterable<string>): Component[] {
  const out = new Map<string, Component>();
  for (const name of carriers) for (const c of lineage(name)) out.set(c.name, c);
  const depth = (c: Component) => lineage(c.name).length;
  const structural = (c: Component) => STRUCTURE.indexOf(c);
  // outermost first; among siblings the structure's order, then by name
  return [...out.values()].sort((a, b) => depth(a) - depth(b) || rank(structural(a)) - rank(structural(b)) || a.name.localeCompare(b.name));
}

function rank(i: number): number {
  return i < 0 ? STRUCTURE.length : i;
}

/**
 * The strings of one family in a kernel's image. Families are read from
 * the image and from results files: "constructor" or "__proto__" must not
 * find what every object inherits, so only the object's own keys count.
 */
export function familyStrings(abi: AbiStrings | null | undefined, family: string): readonly string[] {
  return abi && Object.hasOwn(abi, family) ? (abi[family] ?? []) : [];
}

/** The strings of a component's families in a kernel's image. */
export function stringsOf(abi: AbiStrings, c: Component): string[] {
  return c.families.flatMap((f) => familyStrings(abi, f));
}

/** Every family of the component that the source writes is one the target reads in the same string. */
export function speaksSame(src: AbiStrings, dst: AbiStrings, c: Component): boolean {
  return c.families.every((f) => {
    const written = familyStrings(src, f);
    return !written.length || written.some((x) => familyStrings(dst, f).includes(x));
  });
}
