// Text for a terminal. Kernel logs, ids and reasons from a results file
// are untrusted: an ESC sequence in them could move the cursor over
// earlier lines, retitle the window, write the clipboard (OSC 52) or hide
// a link (OSC 8); a carriage return or a backspace could overwrite what
// luqual printed. Every such character is shown as its escape instead.
import { escapeCodePoint } from './escape.ts';

// C0 controls but the harmless tab, DEL, C1 controls (some terminals act on U+009B as CSI),
// and the bidirectional overrides and isolates that reorder what is shown
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line as it may be printed; with `lines`, a newline stays one (for
 * text that is several lines by design, a tool's output in an error).
 */
export function terminalSafe(text: string, o: { lines?: boolean } = {}): string {
  return text.replace(o.lines ? CONTROL_BUT_LINES : CONTROL, escapeCodePoint);
}
