// What `luqual check` needs of a kernel image on a real host, read without
// booting it or writing anything: its content hash, its release and the
// handover formats it speaks.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { release } from 'node:os';
import { InputError } from '../judge/errors.ts';
import { inspectImage, unpackedKernel } from './kernel-image.ts';
import { scanAbiStrings } from './abi-strings.ts';
import type { GateImage } from '../judge/gate.ts';

/** Larger than any kernel image: a path to something else is refused before it is read whole. */
const MAX_IMAGE_BYTES = 256 << 20;

/** `running` is the kernel this host booted, where Debian installs it. */
export function hostImagePath(arg: string): string {
  if (arg !== 'running') return arg;
  const image = `/boot/vmlinuz-${release()}`;
  if (!existsSync(image)) throw new InputError(`--from running: the running kernel ${release()} has no image at ${image} (looked there, from uname -r); name the image with --from IMAGE`);
  return image;
}

export function readImageFacts(image: string): GateImage & { image: string } {
  if (!existsSync(image)) throw new InputError(`${image}: no such file`);
  const st = statSync(image);
  if (!st.isFile()) throw new InputError(`${image} is not a file`);
  if (st.size > MAX_IMAGE_BYTES) throw new InputError(`${image} is not a kernel image (${st.size} bytes, more than any kernel image)`);
  const bytes = readFileSync(image);
  const { release: rel } = inspectImage(bytes, image);
  const vmlinux = unpackedKernel(bytes);
  return { image, sha256: createHash('sha256').update(bytes).digest('hex'), release: rel, abi: vmlinux ? scanAbiStrings(vmlinux) : null };
}
