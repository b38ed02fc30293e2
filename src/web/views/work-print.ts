/** The print version: the whole work on one page, no site chrome or controls, with print.css. */
import { html, raw, type Html } from './html.ts';
import { bylineText, documentHead, metadataText, chapterHeading, type WorkSource } from './work-document.ts';
import type { WorkPage } from '../../actions/read-work.ts';

const block = (cls: string, heading: string, body: string, level: 'h2' | 'h3' = 'h2') =>
  body ? html`<section class="${cls}">${level === 'h2' ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}<div class="userstuff">${raw(body)}</div></section>` : '';

/** The complete document. */
export function printPage(p: WorkPage, source: WorkSource, stylesheetUrl: string): Html {
  const w = p.work;
  return html`<!DOCTYPE html>
<html lang="en">
${documentHead(p, html`<link rel="stylesheet" href="${stylesheetUrl}">
`)}
<body class="print-version">
<main>
<header class="work-header">
<h1 class="title">${w.title}</h1>
<p class="byline">by ${bylineText(p)}</p>
${metadataText(p)}
</header>
<div lang="${w.language}">
${block('summary', 'Summary', w.summaryHtml)}
${w.notesHtml || w.betaCredits || p.betas.length
  ? html`<section class="notes"><h2>Notes</h2>${w.betaCredits || p.betas.length ? html`<p>Beta and thanks: ${[w.betaCredits, ...p.betas].filter(Boolean).join(', ')}</p>` : ''}${w.notesHtml ? html`<div class="userstuff">${raw(w.notesHtml)}</div>` : ''}</section>`
  : ''}
${p.chapters.map((c, i) => {
  const heading = chapterHeading(p, c, i + 1);
  return html`<article class="chapter" id="chapter-${i + 1}"${heading ? '' : html` aria-label="Work text"`}>
${heading ? html`<h2 class="chapter-title">${heading}</h2>` : ''}
${block('chapter-summary', 'Chapter summary', c.summaryHtml, 'h3')}
${block('chapter-notes', 'Chapter notes', c.notesHtml, 'h3')}
<div class="userstuff">${raw(c.bodyHtml)}</div>
${block('chapter-end-notes', 'Chapter end notes', c.endNotesHtml, 'h3')}
</article>`;
})}
${block('end-notes', 'End notes', w.endNotesHtml)}
</div>
<footer class="source"><p>Posted on ${source.siteName}: ${source.url}</p></footer>
</main>
</body>
</html>`;
}
