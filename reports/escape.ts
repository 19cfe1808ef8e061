// Everything from a guest, a kernel log or a user's file is untrusted text.
export function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * One character as the escape a reader knows from C and JSON (ESC as
 * \x1b, U+FFFF as \uffff): for characters a destination cannot carry or
 * would act on, shown instead of dropped so that the text still says
 * what the kernel wrote.
 */
export function escapeCodePoint(c: string): string {
  const n = c.codePointAt(0)!;
  if (n < 0x100) return `\\x${n.toString(16).padStart(2, '0')}`;
  return n > 0xffff ? `\\u{${n.toString(16)}}` : `\\u${n.toString(16).padStart(4, '0')}`;
}
