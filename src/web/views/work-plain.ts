/**
 * The plain version, for old e-readers and slow connections: minimal HTML5, no scripts, no stylesheet,
 * nothing but the text and its headings.
 */
import { html, raw, type Html } from './html.ts';
import { bylineText, documentHead, documentLang, metadataText, chapterHeading, postedOn, type WorkSource } from './work-document.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import { t } from '../../i18n/translate.ts';
import { langAttributes } from '../../i18n/lang-attributes.ts';

const part = (heading: string, body: string) => (body ? html`<h3>${heading}</h3>\n${raw(body)}\n` : '');

/** The complete document. */
export function plainPage(p: WorkPage, source: WorkSource): Html {
  const w = p.work;
  return html`<!DOCTYPE html>
<html${documentLang()}>
${documentHead(p)}
<body>
<main>
<h1${langAttributes(w.language)}>${w.title}</h1>
<p>${t('work.blurb.by', { creators: bylineText(p) })}</p>
${metadataText(p)}
<div${langAttributes(w.language)}>
${w.summaryHtml ? html`<h2>${t('work.blurb.summary')}</h2>\n${raw(w.summaryHtml)}\n` : ''}
${w.notesHtml ? html`<h2>${t('work.document.notes')}</h2>\n${raw(w.notesHtml)}\n` : ''}
${p.chapters.map((c, i) => {
  const heading = chapterHeading(p, c, i + 1);
  return html`<hr>
${heading ? html`<h2 id="chapter-${i + 1}">${heading}</h2>\n` : ''}${part(t('work.document.chapter_summary'), c.summaryHtml)}${part(t('work.document.chapter_notes'), c.notesHtml)}${raw(c.bodyHtml)}
${part(t('work.document.chapter_end_notes'), c.endNotesHtml)}`;
})}
${w.endNotesHtml ? html`<hr>\n<h2>${t('work.document.end_notes')}</h2>\n${raw(w.endNotesHtml)}\n` : ''}
</div>
<hr>
<p>${postedOn(source)}</p>
</main>
</body>
</html>`;
}
