/** The chapter index of a work (`/works/:id/navigate`), as fans' tools read it. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { byline, chapterOptionText } from './work-text.ts';
import { isoDay } from '../../domain/work.ts';
import { chapterPath, workPath } from '../urls.ts';
import type { WorkPage } from '../../actions/read-work.ts';
import type { PageContext } from './page.ts';
import { t, currentLocale } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { textDirection } from '../../i18n/locales.ts';

/**
 * Title link first, then the byline, then one link per chapter with its date. The list sits in a `nav` (AO3 gives
 * the `ol` itself role="navigation", which takes its items out of the list for assistive technology).
 */
export function navigatePage(ctx: PageContext, p: WorkPage): Html {
  // The dates read left to right in a right-to-left interface; tools, which ask in English, get AO3's markup exactly.
  const ltrSpan = textDirection(currentLocale()) === 'rtl' ? html` dir="ltr"` : '';
  return layout(ctx, t('work.navigate.title', { title: p.work.title }), html`<h1 class="heading">${tHtml('work.navigate.heading', { title: html`<a href="${workPath(p.work.id)}">${p.work.title}</a>`, creators: byline(p) })}</h1>
<nav aria-label="${t('work.nav.chapter_index')}"><ol class="chapter index group">
${p.chapters.map((c, i) => html`<li><a href="${chapterPath(p.work.id, c.id)}">${chapterOptionText(i + 1, c.title)}</a> <span class="datetime"${ltrSpan}>(${isoDay(c.postedAt ?? c.createdAt)})</span></li>`)}
</ol></nav>`);
}
