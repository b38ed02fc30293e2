/**
 * The plain version, for old e-readers and slow connections: minimal HTML5, no scripts, no stylesheet,
 * nothing but the text and its headings.
 */
import { html, raw, type Html } from './html.ts';
import { bylineText, documentHead, metadataText, chapterHeading, type WorkSource } from './work-document.ts';
import type { WorkPage } from '../../actions/read-work.ts';

const part = (heading: string, body: string) => (body ? html`<h3>${heading}</h3>\n${raw(body)}\n` : '');

/** The complete document. */
export function plainPage(p: WorkPage, source: WorkSource): Html {
  const w = p.work;
  return html`<!DOCTYPE html>
<html lang="en">
${documentHead(p)}
<body>
<main>
<h1>${w.title}</h1>
<p>by ${bylineText(p)}</p>
${metadataText(p)}
<div lang="${w.language}">
${w.summaryHtml ? html`<h2>Summary</h2>\n${raw(w.summaryHtml)}\n` : ''}
${w.notesHtml ? html`<h2>Notes</h2>\n${raw(w.notesHtml)}\n` : ''}
${p.chapters.map((c, i) => {
  const heading = chapterHeading(p, c, i + 1);
  return html`<hr>
${heading ? html`<h2 id="chapter-${i + 1}">${heading}</h2>\n` : ''}${part('Chapter summary', c.summaryHtml)}${part('Chapter notes', c.notesHtml)}${raw(c.bodyHtml)}
${part('Chapter end notes', c.endNotesHtml)}`;
})}
${w.endNotesHtml ? html`<hr>\n<h2>End notes</h2>\n${raw(w.endNotesHtml)}\n` : ''}
</div>
<hr>
<p>Posted on ${source.siteName}: ${source.url}</p>
</main>
</body>
</html>`;
}
