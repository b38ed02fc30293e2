/** The print version: the whole work on one page, no site chrome or controls, with print.css. */
import { html, raw, type Html } from './html.ts';
import { bylineText, documentHead, documentLang, metadataText, chapterHeading, postedOn, type WorkSource } from './work-document.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import { t } from '../../i18n/translate.ts';
import { langAttributes } from '../../i18n/lang-attributes.ts';

const block = (cls: string, heading: string, body: string, level: 'h2' | 'h3' = 'h2') =>
  body ? html`<section class="${cls}">${level === 'h2' ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}<div class="userstuff">${raw(body)}</div></section>` : '';

/** The complete document. */
export function printPage(p: WorkPage, source: WorkSource, stylesheetUrl: string): Html {
  const w = p.work;
  return html`<!DOCTYPE html>
<html${documentLang()}>
${documentHead(p, html`<link rel="stylesheet" href="${stylesheetUrl}">
`)}
<body class="print-version">
<main>
<header class="work-header">
<h1 class="title"${langAttributes(w.language)}>${w.title}</h1>
<p class="byline">${t('work.blurb.by', { creators: bylineText(p) })}</p>
${metadataText(p)}
</header>
<div${langAttributes(w.language)}>
${block('summary', t('work.blurb.summary'), w.summaryHtml)}
${w.notesHtml || w.betaCredits || p.betas.length
  ? html`<section class="notes"><h2>${t('work.document.notes')}</h2>${w.betaCredits || p.betas.length ? html`<p>${t('work.preface.thanks', { credits: [w.betaCredits, ...p.betas].filter(Boolean).join(', ') })}</p>` : ''}${w.notesHtml ? html`<div class="userstuff">${raw(w.notesHtml)}</div>` : ''}</section>`
  : ''}
${p.chapters.map((c, i) => {
  const heading = chapterHeading(p, c, i + 1);
  return html`<article class="chapter" id="chapter-${i + 1}"${heading ? '' : html` aria-label="${t('work.document.work_text')}"`}>
${heading ? html`<h2 class="chapter-title">${heading}</h2>` : ''}
${block('chapter-summary', t('work.document.chapter_summary'), c.summaryHtml, 'h3')}
${block('chapter-notes', t('work.document.chapter_notes'), c.notesHtml, 'h3')}
<div class="userstuff">${raw(c.bodyHtml)}</div>
${block('chapter-end-notes', t('work.document.chapter_end_notes'), c.endNotesHtml, 'h3')}
</article>`;
})}
${block('end-notes', t('work.document.end_notes'), w.endNotesHtml)}
</div>
<footer class="source"><p>${postedOn(source)}</p></footer>
</main>
</body>
</html>`;
}
