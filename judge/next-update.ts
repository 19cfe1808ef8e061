// Whether the target, after the update, can start a live update of its
// own: the agent opens /dev/liveupdate and creates a session once it has
// verified what it received (agent 3 and later). A machine whose target
// cannot must be booted cold before its next live update, and a walk or an
// upgrade route cannot go on through it.
import type { StageDoc } from './observation.ts';
import type { NextUpdate } from '../schemas/types/results.ts';

/** The errnos a failed open or CREATE_SESSION gives, by name. */
const ERRNO: Record<string, string> = { '1': 'EPERM', '2': 'ENOENT', '5': 'EIO', '12': 'ENOMEM', '16': 'EBUSY', '19': 'ENODEV', '22': 'EINVAL', '25': 'ENOTTY', '95': 'EOPNOTSUPP' };

export function errnoName(n: string | undefined): string {
  // the guest says the number: "constructor" must not name Object's
  return n === undefined ? 'an unknown error' : Object.hasOwn(ERRNO, n) ? ERRNO[n]! : `errno ${n}`;
}

export function nextUpdate(verify: StageDoc | undefined): NextUpdate {
  if (!verify) return { state: 'unknown', evidence: 'the target did not run the agent' };
  const f = verify.facts;
  if (f['next-update'] === 'ready') return { state: 'ready', evidence: "the target's /dev/liveupdate opened and took a new session" };
  const failed = f['next-update'] === 'unusable' ? f.call : f.liveupdate === 'unavailable' ? 'open' : null;
  if (!failed) return { state: 'unknown', evidence: `the target's agent (version ${f.agent ?? '?'}) did not check` };
  if (failed === 'open' && f.errno === '2') return { state: 'unusable', evidence: 'the target has no /dev/liveupdate: it cannot start a live update' };
  const what = failed === 'open' ? 'fails to open' : 'takes no new session';
  return { state: 'unusable', evidence: `the target's /dev/liveupdate ${what} (${errnoName(f.errno)}): no further live update before a cold boot` };
}
