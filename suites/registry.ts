// The suites luqual has: every folder under suites/ with a manifest
// (validated by schemas/suite.schema.json) and guest-side C code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { SuiteManifest } from '../schemas/types/suite.ts';
import { suiteValidator as validate } from '../schemas/validator.ts';

const DIR = fileURLToPath(new URL('.', import.meta.url));

/** Every suite there is; a run that names none runs them all. */
export function availableSuites(): string[] {
  return readdirSync(DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DIR, d.name, 'manifest.yaml')))
    .map((d) => d.name)
    .sort();
}

export function suiteManifest(name: string): SuiteManifest {
  const file = join(DIR, name, 'manifest.yaml');
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!validate(data)) throw new Error(`${file}: ${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
  const m = data;
  if (m.name !== name) throw new Error(`${file}: name ${JSON.stringify(m.name)} differs from its folder ${JSON.stringify(name)}`);
  return m;
}

/**
 * "suite/item" -> the handover component that carries it, and "suite/*" ->
 * the one that carries every other item of the suite, for the named suites
 * (their manifests' `carrier` and `carriers`).
 */
/** Of these suites, those that hand heirlooms down a walk. */
export function heirloomSuites(names: readonly string[]): string[] {
  return names.filter((n) => suiteManifest(n).heirlooms === true);
}

export function carriersOf(names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const m = suiteManifest(name);
    if (m.carrier) out[`${name}/*`] = m.carrier;
    for (const [component, items] of Object.entries(m.carriers ?? {})) for (const item of items) out[`${name}/${item}`] = component;
  }
  return out;
}
