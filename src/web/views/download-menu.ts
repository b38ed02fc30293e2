/**
 * The work page's download menu: `li.download ul li a`, one link per format (the OTW contract's shape). A work in
 * a script the PDF fonts cannot show has no PDF link, and the menu says why.
 */
import { html, type Html } from './html.ts';
import { FORMATS, FORMAT_LABELS, downloadPath } from '../../export/formats.ts';
import { scriptsPdfCannotShow, workPageTexts } from '../../export/pdf-scripts.ts';
import { noPdfReason } from '../../actions/no-pdf-reason.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import { t } from '../../i18n/translate.ts';

/** `<li class="download">` with the links; the nested list is always visible, so it needs no script. */
export function downloadMenu(p: Pick<WorkPage, 'work' | 'chapters' | 'creators' | 'tags' | 'series'>): Html | '' {
  if (p.chapters.length === 0) return '';
  const noPdf = noPdfReason(scriptsPdfCannotShow(workPageTexts(p)));
  const formats = noPdf ? FORMATS.filter((f) => f !== 'pdf') : FORMATS;
  return html`<li class="download"><a href="#">${t('download.menu')}</a><ul class="download-formats">${formats.map((f) => html`<li><a href="${downloadPath(p, f)}">${FORMAT_LABELS[f]}</a></li>`)}</ul>${noPdf ? html`<p class="download-note">${noPdf}</p>` : ''}</li>`;
}
