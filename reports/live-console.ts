// Messages for a person at a terminal or reading a CI log. A live message
// (a kernel build's status) replaces the live one before it: on a terminal
// it is redrawn in place; in a log one is written at most every 30 s, so a
// 15-minute build says where it is without filling the log.
import { terminalSafe } from './terminal-safe.ts';

type Stream = Pick<NodeJS.WriteStream, 'write' | 'isTTY' | 'columns'>;

const LOG_EVERY_MS = 30_000;

/** Whether a live status may go to a log now: true at most once every 30 s. */
export function logEvery(now: () => number = Date.now): () => boolean {
  let logged = -Infinity;
  return () => {
    if (now() - logged < LOG_EVERY_MS) return false;
    logged = now();
    return true;
  };
}

export function liveConsole(err: Stream = process.stderr, now: () => number = Date.now): (message: string, o?: { live?: boolean }) => void {
  const tty = !!err.isTTY && process.env.CI === undefined;
  let drawn = false;
  const due = logEvery(now);
  return (message, o = {}) => {
    const text = terminalSafe(`luqual: ${message}`, { lines: !o.live });
    if (tty) {
      if (drawn) err.write('\r\x1b[2K');
      drawn = !!o.live;
      err.write(o.live ? text.slice(0, (err.columns || 120) - 1) : `${text}\n`);
      return;
    }
    if (!o.live || due()) err.write(`${text}\n`);
  };
}
