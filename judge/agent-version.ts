// The version of the guest agent's output. It must equal AGENT_VERSION in
// agent/agent.h (test/agent-version.test.ts checks it), and both are
// bumped whenever a line the agent prints changes: a console's
// "# luqual: agent=N" then says which reader it needs.
export const AGENT_VERSION = 5;

/**
 * The agents whose output luqual reads: its own, and the earlier ones whose
 * consoles are kept as fixtures (agent 1 printed each suite's plan first,
 * and the reader takes a plan where it stands; agents 1 and 2 did not check
 * whether the target could live-update again, so that stays unknown for
 * them; agents before 5 did not say whether a device tree held the handover).
 */
export const AGENT_VERSIONS_READ: readonly string[] = ['1', '2', '3', '4', String(AGENT_VERSION)];
