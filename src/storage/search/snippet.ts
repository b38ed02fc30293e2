/** Search snippets as safe HTML: engines mark matches with private-use characters; only those become `<mark>`. */

/** Snippet start and end markers: private-use characters stripped from indexed text, so only the engine adds them. */
export const MARK_OPEN = '\ue000';
export const MARK_CLOSE = '\ue001';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Turns an engine's marked excerpt into safe HTML: everything escaped, then only the markers become `<mark>` tags. */
export function snippetHtml(marked: string): string {
  let open = false;
  let out = '';
  for (const ch of marked.replace(/[&<>"']/g, (c) => ESCAPES[c]!)) {
    if (ch === MARK_OPEN && !open) { out += '<mark>'; open = true; } else if (ch === MARK_CLOSE && open) { out += '</mark>'; open = false; } else if (ch !== MARK_OPEN && ch !== MARK_CLOSE) out += ch;
  }
  return open ? `${out}</mark>` : out;
}
