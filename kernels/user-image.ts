// A bzImage of the user's own. Its config comes from what they name, else
// the build tree it sits in, else a file beside it, else IKCONFIG.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { extractIkconfig, inspectImage } from './kernel-image.ts';
import { checkModulesDir } from './modules.ts';
import { describeKernel, type KernelOptions, type PreparedKernel } from './kernel.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';

export function expandHome(p: string): string {
  return p.startsWith('~/') ? join(process.env.HOME ?? '', p.slice(2)) : p;
}

function configBeside(image: string): string | null {
  const dir = dirname(image);
  const candidates = [join(dir, '.config'), `${image}.config`, join(dir, 'config')];
  // a kernel build tree: the .config is three levels above arch/x86/boot
  if (image.endsWith('arch/x86/boot/bzImage')) candidates.unshift(join(dir, '../../../.config'));
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export function prepareUserImage(ref: Extract<KernelRef, { kind: 'path' }>, opts: KernelOptions, base = process.cwd()): PreparedKernel {
  const image = resolve(base, expandHome(ref.image));
  if (!existsSync(image)) throw new InputError(`${ref.text}: no such file ${image}`);
  if (!statSync(image).isFile()) throw new InputError(`${ref.text}: ${image} is not a file`);
  const buf = readFileSync(image);
  inspectImage(buf, image);
  let configPath: string | null = null;
  let configText: string | null = null;
  if (ref.config) {
    configPath = resolve(base, expandHome(ref.config));
    if (!existsSync(configPath)) throw new InputError(`${ref.text}: no such config file ${configPath}`);
    configText = readFileSync(configPath, 'utf8');
  } else {
    configPath = configBeside(image);
    configText = configPath ? readFileSync(configPath, 'utf8') : extractIkconfig(buf);
  }
  const modules = ref.modules ? resolve(base, expandHome(ref.modules)) : null;
  if (modules) checkModulesDir(modules, ref.text);
  return describeKernel(ref, opts, {
    kind: 'path',
    image,
    config: configPath,
    configText,
    modules,
    obtained: `the user's own image ${image}${configPath ? ` with ${configPath}` : configText ? ' (config from its IKCONFIG)' : ''}`,
    debianVersion: null,
  });
}
