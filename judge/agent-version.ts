// The version of the guest agent's output. It must equal AGENT_VERSION in
// agent/agent.h (test/agent-version.test.ts checks it), and both are
// bumped whenever a line the agent prints changes: a console's
// "# luqual: agent=N" then says which reader it needs.
export const AGENT_VERSION = 2;

/**
 * The agents whose output luqual reads: its own, and agent 1, whose
 * consoles are kept as fixtures (it printed each suite's plan first; the
 * reader takes a plan where it stands).
 */
export const AGENT_VERSIONS_READ: readonly string[] = ['1', String(AGENT_VERSION)];
