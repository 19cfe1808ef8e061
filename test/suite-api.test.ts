// A suite is built against suite.h alone: its sources include "suite.h"
// and their own folder's headers, never agent.h or another of agent/'s
// headers, so the agent can change behind the suite API. System headers
// (<...>) are the suite's own business.
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

const SUITES = join(ROOT, 'suites');
const AGENT = join(ROOT, 'agent');

/** The agent's headers a suite may not include: all but suite.h. */
const agentHeaders = (): Set<string> => new Set(readdirSync(AGENT).filter((f) => f.endsWith('.h') && f !== 'suite.h'));

/**
 * The includes of `source` a suite may not have: a quoted include must
 * name "suite.h" or a file of `ownFiles` (the suite's folder) that is not
 * one of `forbidden` (agent/'s headers); an include neither quoted nor
 * <...> is not allowed either. Returns the offending lines, numbered.
 */
function badIncludes(source: string, ownFiles: ReadonlySet<string>, forbidden: ReadonlySet<string>): string[] {
  const bad: string[] = [];
  source.split('\n').forEach((line, i) => {
    const m = /^\s*#\s*include\s*(.*?)\s*$/.exec(line);
    if (!m) return;
    const what = m[1]!;
    if (/^<[^>]+>/.test(what)) return;
    const quoted = /^"([^"]+)"/.exec(what);
    const name = quoted?.[1];
    if (name === 'suite.h' || (name !== undefined && ownFiles.has(name) && !forbidden.has(name))) return;
    bad.push(`${i + 1}: ${line.trim()}`);
  });
  return bad;
}

function suiteSources(): { file: string; own: Set<string> }[] {
  return readdirSync(SUITES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const own = new Set(readdirSync(join(SUITES, d.name)));
      return [...own].filter((f) => /\.[ch]$/.test(f)).map((f) => ({ file: join(SUITES, d.name, f), own }));
    });
}

test('every suite source includes only "suite.h", its own folder\'s headers and system headers', (t) => {
  const forbidden = agentHeaders();
  t.true(forbidden.has('agent.h'));
  const sources = suiteSources();
  t.true(sources.length > 0);
  for (const { file, own } of sources) t.deepEqual(badIncludes(readFileSync(file, 'utf8'), own, forbidden), [], file);
});

test('the check fails a suite that includes "agent.h", another agent header, or a header of another folder', (t) => {
  const forbidden = new Set(['agent.h', 'uapi.h']);
  const own = new Set(['vfio.c', 'vfio-dev.h']);
  const ok = '#include <stdio.h>\n#include <sys/mman.h>\n#include "suite.h"\n# include "vfio-dev.h"\n';
  t.deepEqual(badIncludes(ok, own, forbidden), []);
  t.deepEqual(badIncludes('#include "suite.h"\n#include "agent.h"\n', own, forbidden), ['2: #include "agent.h"']);
  t.deepEqual(badIncludes('#include "../../agent/agent.h"\n', own, forbidden), ['1: #include "../../agent/agent.h"']);
  t.deepEqual(badIncludes('#include "uapi.h"\n', new Set([...own, 'uapi.h']), forbidden), ['1: #include "uapi.h"']);
  t.deepEqual(badIncludes('#include "memfd.h"\n#include AGENT_H\n', own, forbidden), ['1: #include "memfd.h"', '2: #include AGENT_H']);
});
