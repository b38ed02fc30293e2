/** The work page's download menu: `li.download ul li a`, one link per format (the OTW contract's shape). */
import { html, type Html } from './html.ts';
import { FORMATS, FORMAT_LABELS, downloadPath } from '../../export/formats.ts';
import type { WorkPage } from '../../actions/read-work.ts';

/** `<li class="download">` with the links; the nested list is always visible, so it needs no script. */
export function downloadMenu(p: Pick<WorkPage, 'work' | 'chapters'>): Html | '' {
  if (p.chapters.length === 0) return '';
  return html`<li class="download"><a href="#">Download</a><ul class="download-formats">${FORMATS.map((f) => html`<li><a href="${downloadPath(p, f)}">${FORMAT_LABELS[f]}</a></li>`)}</ul></li>`;
}
