// Markdown for suite descriptions, rendered with marked, which does not
// sanitise: raw HTML is shown as text, links keep only safe schemes, and
// images become their alt text so the report never fetches anything.
import { Marked } from 'marked';
import { esc } from './escape.ts';

const SAFE_URL = /^(https?:|mailto:|#|\.{0,2}\/)/i;

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }) {
      return esc(text);
    },
    link({ href, title, tokens }) {
      const inner = this.parser.parseInline(tokens);
      if (!SAFE_URL.test(href.trim())) return inner;
      return `<a href="${esc(href)}"${title ? ` title="${esc(title)}"` : ''} rel="noopener noreferrer">${inner}</a>`;
    },
    image({ text }) {
      return esc(text);
    },
  },
});

export function renderMarkdown(md: string): string {
  return marked.parse(md, { async: false });
}
