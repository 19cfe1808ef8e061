// The host's idea of the agent's version is the agent's own.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_VERSION } from '../judge/agent-version.ts';
import { ROOT } from './helpers.ts';

test('judge/agent-version.ts and agent/agent.h name the same agent version', (t) => {
  const header = readFileSync(join(ROOT, 'agent', 'agent.h'), 'utf8');
  const defined = [...header.matchAll(/^#define AGENT_VERSION "([^"]*)"$/gm)].map((m) => m[1]);
  t.is(defined.length, 1, 'agent/agent.h defines AGENT_VERSION once, as a string');
  t.is(defined[0], String(AGENT_VERSION));
});
