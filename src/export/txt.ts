/**
 * The plain-text download: UTF-8, LF line ends, one line per paragraph (e-readers and editors wrap), a blank
 * line between paragraphs, the same preface and afterword as the other formats.
 */
import { htmlBlocks, type Block } from './blocks.ts';
import { prefaceRows, bylineText, type WorkSnapshot } from './snapshot.ts';
import { fill } from './labels.ts';

/** The width a scene break is centered in; the text itself is not wrapped. */
const CENTER_WIDTH = 60;
const RULE = '* * *';

function blockText(b: Block): string {
  if (b.kind === 'rule') return ' '.repeat((CENTER_WIDTH - RULE.length) / 2 | 0) + RULE;
  let text = '';
  let linked = '';
  b.runs.forEach((r, i) => {
    text += r.text;
    linked = r.href ? (b.runs[i - 1]?.href === r.href ? linked : '') + r.text : '';
    // After the last run of a link, its address, unless the link text already is the address.
    if (r.href && b.runs[i + 1]?.href !== r.href && linked.trim() !== r.href && `mailto:${linked.trim()}` !== r.href) text += ` <${r.href}>`;
  });
  const lines = text.split('\n');
  if (b.center && lines.length === 1 && text.length < CENTER_WIDTH) return ' '.repeat((CENTER_WIDTH - text.length) / 2 | 0) + text;
  const pad = ' '.repeat(Math.max(0, b.indent));
  return lines.map((line, i) => {
    if (i === 0 && b.marker) return ' '.repeat(Math.max(0, b.indent - b.marker.length)) + b.marker + line;
    return line ? pad + line : '';
  }).join('\n');
}

/** Converts author HTML to text: paragraphs separated by blank lines, `<br>` as a newline, `<hr>` as `* * *`. */
export function htmlToText(html: string): string {
  let out = '';
  for (const b of htmlBlocks(html)) {
    if (out) out += b.tight ? '\n' : '\n\n';
    out += blockText(b);
  }
  // Preformatted text keeps its lines, so one holding only spaces (`<pre>&nbsp;<br>`) would make a blank line that
  // is not empty, or a third newline in a row: lines end without spaces, and blank lines come one at a time.
  return out.replace(/[ \t\u00a0]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

const section = (heading: string, html: string) => (html ? `${heading}\n\n${indentAll(htmlToText(html))}\n\n` : '');
const indentAll = (text: string) => text.split('\n').map((l) => (l ? `  ${l}` : '')).join('\n');
const DIVIDER = '='.repeat(CENTER_WIDTH);

/** The whole download. */
export function renderTxt(s: WorkSnapshot): string {
  const l = s.labels;
  const meta = prefaceRows(s).map(([label, values]) => `${label}: ${values.join(', ')}`).join('\n');
  let out = `${s.title}\n${fill(l.by, { creators: bylineText(s) })}\n\n${fill(l.postedOriginally, { site: s.siteName, url: s.workUrl })}\n\n${meta}\n\n`;
  out += section(l.summary, s.summaryHtml);
  if (s.credits) out += `${fill(l.thanks, { credits: s.credits })}\n\n`;
  out += section(l.notes, s.notesHtml);
  for (const c of s.chapters) {
    out += `${DIVIDER}\n\n`;
    if (c.heading) out += `${c.heading}\n\n`;
    out += section(l.chapterSummary, c.summaryHtml);
    out += section(l.chapterNotes, c.notesHtml);
    const body = htmlToText(c.bodyHtml);
    if (body) out += `${body}\n\n`;
    out += section(l.chapterEndNotes, c.endNotesHtml);
  }
  out += `${DIVIDER}\n\n${l.afterword}\n\n`;
  out += section(l.endNotes, s.endNotesHtml);
  for (const d of s.disclaimersHtml) out += `${htmlToText(d)}\n\n`;
  out += `${fill(l.leaveCommentsAt, { site: s.siteName, url: s.workUrl })}\n`;
  return out;
}
