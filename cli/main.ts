// luqual's command line. Exit codes: 0 all good, 1 a verdict or expectation
// failed (or luqual/the host did), 2 bad usage or bad input.
import { parseArgs } from 'node:util';
import { OPTIONS } from './options.ts';
import { HostError, InputError } from '../judge/errors.ts';
import { availableSuites } from '../suites/registry.ts';
import { terminalSafe } from '../reports/terminal-safe.ts';

const USAGE = `usage:
  luqual run [MATRIX] [--out DIR | --resume DIR] [--baseline OLD.json] [--shard I/N] [--accel A] [--no-chain]
      every pair of a matrix (default: matrix.yaml), then the reports;
      --resume DIR keeps the pairs an earlier run into DIR finished;
      pairs run in walks of kernels, one kexec each, unless --no-chain
      (one QEMU run per pair)
  luqual pair SOURCE TARGET [--out DIR] [--matrix FILE] [--expect V[,V]] [options]
      live-update SOURCE into TARGET once and say what survived;
      with --matrix, SOURCE and TARGET may be kernel ids of that matrix;
      --expect: exit 0 when the verdict is one of V, 1 when not, 125 when
      luqual or the host could not decide (for git bisect run)
  luqual merge DIR... [--out DIR]
      combine the results of a sharded run (luqual run --shard I/N) into one
  luqual compare OLD.json NEW.json
      every pair of NEW against OLD: regression, fixed, unchanged, new, gone
  luqual report RESULTS.json [--out DIR]
      write the HTML report, junit.xml and summary.md again from a results file
  luqual path FROM TO --results RESULTS.json
      the best route of live updates from kernel FROM to kernel TO that a run
      verified, with its evidence; exit 0 when there is one, 1 when not
  luqual check --from IMAGE|running --to IMAGE --results RESULTS.json... [--json]
      on the real host, before kexec: was this exact pair of images (matched
      by content) qualified compatible by a run? exit 0 only when it was,
      1 when not (predicted incompatible, or never run), 2 for bad input;
      \`running\` is /boot/vmlinuz-$(uname -r)
  luqual history RESULTS.json|DIR... [--out DIR] [--last N]
      many runs of a matrix as one page (history.html, history.md): per
      pair a strip of the last N verdicts (default 30), how long the
      current one has held, when it last changed and how often it was flaky
  luqual kernels [REF...] [--matrix FILE] [--available] [--fragment]
      prepare kernels (build or download) and say what luqual knows of them;
      --available: what Debian's archive serves; --fragment: luqual's
      Kconfig fragment, to build a kernel of your own that luqual can qualify
  luqual cache [prune [--keep-days N] [--max-size SIZE]]
      what the cache holds by kind (kernels with their refs, build trees,
      sources, downloads), each entry's size and last use, and the total;
      prune removes the work trees of builds that did not finish, then the
      least recently used entries last used more than N days ago, or until
      the cache fits in SIZE (500M, 20G, 1.5GiB); never one a running
      luqual holds

kernel references:
  debian-src:7.3.4 | debian-src:7.3.4-1~bpo13+1   Debian's source, built with luqual's config
  debian:7.3.4                                    Debian's stock image
  debian-src:7.3.x | debian:latest                the newest of a series (or of all) Debian serves
  ./path/to/bzImage[,config=PATH]                 your own kernel
  tree:PATH                                       your kernel source tree, built with luqual's config

options (pair):
  --out DIR          where results.json and the logs go (default: luqual-out)
  --suite NAME       suites to run, repeatable: ${availableSuites().join(', ')} (default: all)
  --accel A          auto | tcg | kvm (default: auto; KVM only where a kernel boots under it)
  --memory MIB       guest memory (default: 1024)
  --cpus N           guest CPUs (default: 2)
  --timeout S        per-phase watchdog in seconds (default: 120 boot/kexec, 300 stages)
  --cmdline TEXT     extra kernel command line for both kernels
  --arch A           x86_64 | arm64: what debian-src and tree kernels are built for
                     (default x86_64; an image's header says its own); also kernels

--insecure-unverified-source (run, pair, kernels): build a Debian source
      whose upstream tarball no signed hash vouches for (refused otherwise)

environment: LUQUAL_CACHE (default ~/.cache/luqual), LUQUAL_QEMU (QEMU binary)`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`luqual: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    console.log(USAGE);
    return command || parsed.values.help ? 0 : 2;
  }
  try {
    switch (command) {
      // each command loads only what it uses: start-up time counts per pair
      case 'pair':
        return await (await import('./pair.ts')).pairCommand(rest, parsed.values);
      case 'kernels':
        return await (await import('./kernels.ts')).kernelsCommand(rest, parsed.values);
      case 'cache':
        return await (await import('./cache.ts')).cacheCommand(rest, parsed.values);
      case 'run':
        return await (await import('./run.ts')).runCommand(rest, parsed.values);
      case 'merge':
        return (await import('./merge.ts')).mergeCommand(rest, parsed.values);
      case 'compare':
        return (await import('./compare.ts')).compareCommand(rest);
      case 'report':
        return (await import('./report.ts')).reportCommand(rest, parsed.values);
      case 'path':
        return (await import('./path.ts')).pathCommand(rest, parsed.values);
      case 'history':
        return (await import('./history.ts')).historyCommand(rest, parsed.values);
      case 'check':
        return (await import('./check.ts')).checkCommand(rest, parsed.values);
      default:
        console.error(`luqual: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof InputError) {
      // a message may quote an id or a line of the file it refuses
      console.error(terminalSafe(`luqual: ${e.message}`, { lines: true }));
      return 2;
    }
    // a file luqual could not write (a full disk, a read-only --out) is the
    // host's failure too: one line, not a stack trace
    if (e instanceof HostError || (e as NodeJS.ErrnoException).syscall) {
      console.error(terminalSafe(`luqual: error: ${(e as Error).message}`, { lines: true }));
      return 1;
    }
    throw e;
  }
}
