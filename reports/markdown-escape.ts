// Untrusted text in Markdown that a CI system renders (summary.md in a
// GitHub pull request comment or step summary): a kernel log line in a
// reason, an id or a reproducer must read as the text it is and never
// become a link, an image, HTML, a mention or a reference.

// Characters that open or close CommonMark and GFM inline constructs:
// emphasis, code, links and images, raw HTML and autolinks (<), entities
// (&), strikethrough (~), GitHub's math ($), table cells (|). Escaped with
// a backslash, which CommonMark allows before any ASCII punctuation. `.`,
// `-` and `>` are left alone (they start blocks only at a line's start,
// where this text never stands, and `>` closes only a tag or autolink
// that an escaped `<` cannot open) so that versions, ids and "a -> b"
// stay readable.
const SPECIAL = /[\\`*_[\]<!&~|$#]/g;

// A WORD JOINER (U+2060: invisible, and no line break, unlike a space or
// the emoji-joining ZWJ) after what GitHub would turn into a link. A
// backslash escape is not enough here: GitHub finds @mentions and #123
// references in the rendered text, after the escapes are gone, and other
// renderers autolink URLs by their own rules. With the joiner, `@name`,
// `#12`, `http://` and `www.` no longer match any of those patterns.
const AUTOLINKED = /(?<=@|#|:(?=\/\/)|\bwww(?=\.))/gi;

/** Text for an inline position: a table cell, a list item, a heading. */
export function mdText(s: string): string {
  return s
    .replace(/\r\n?|\n/g, ' ')
    .replace(SPECIAL, '\\$&')
    .replace(AUTOLINKED, '\u2060');
}

/**
 * A code span that shows `s` exactly (line breaks as spaces, as a code
 * span does anyway): its fence is one backtick longer than the longest
 * run inside. CommonMark strips one space from each end of a span that
 * has one at both (and is not all spaces): text starting or ending with a
 * backtick, or with a space at both ends, gets that padding to lose. Not
 * for a table cell, where GFM reads a pipe inside it as the cell's end.
 */
export function mdCode(s: string): string {
  const text = s.replace(/\r\n?|\n/g, ' ');
  if (!text) return '';
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(text) || /^ .*[^ ].* $/s.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
