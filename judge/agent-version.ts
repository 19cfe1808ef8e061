// The version of the guest agent's output. It must equal AGENT_VERSION in
// agent/agent.h (test/agent-version.test.ts checks it), and both are
// bumped whenever a line the agent prints changes: a console's
// "# luqual: agent=N" then says which reader it needs.
export const AGENT_VERSION = 4;

/**
 * The agents whose output luqual reads: its own, and agents 1 and 2, whose
 * consoles are kept as fixtures (agent 1 printed each suite's plan first,
 * and the reader takes a plan where it stands; neither checked whether the
 * target could live-update again, so that stays unknown for them).
 */
export const AGENT_VERSIONS_READ: readonly string[] = ['1', '2', '3', String(AGENT_VERSION)];
