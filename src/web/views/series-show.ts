/** The series page in the OTW markup: `div.series-show h2.heading`, `dl.series` with `dl.stats`, work blurbs, `ol.pagination`. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workList } from './work-blurb.ts';
import { pagination } from './pagination.ts';
import { isoDay } from '../../domain/work.ts';
import { seriesPath } from '../urls.ts';
import { creatorLinks } from './byline.ts';
import type { SeriesPage } from '../../actions/read-series.ts';
import type { PageContext } from './page.ts';
import { feedLink } from './feed-link.ts';
import { subscribeForm, type SubscribeButton } from './subscribe-button.ts';
import { reportParagraph } from './report-link.ts';
import { listingNotices } from './listing-notices.ts';
import { t, formatNumber } from '../../i18n/translate.ts';

/** The page; `subscribe` is the viewer's Subscribe / Unsubscribe button, `bookmark` their bookmark form. */
export function seriesShowPage(ctx: PageContext, s: SeriesPage, subscribe?: SubscribeButton, bookmark: Html | '' = ''): Html {
  return layout(ctx, s.pages > 1 ? t('listing.series.title_page', { title: s.title, page: s.page }) : s.title, html`<h1 class="visually-hidden">${t('listing.series.label')}</h1>
<div class="series-show">
<h2 class="heading">${s.title}</h2>
${s.editable ? html`<ul class="navigation actions"><li><a href="${seriesPath(s.id)}/edit">${t('listing.series.edit')}</a></li></ul>` : ''}
${subscribe ? subscribeForm(ctx, subscribe) : ''}
<div class="wrapper"><dl class="series meta group">
<dt>${t('listing.series.creators', { count: s.creators.length })}</dt><dd>${creatorLinks(s.creators)}</dd>
<dt>${t('listing.series.begun')}</dt><dd>${isoDay(s.begun)}</dd>
<dt>${t('listing.series.updated')}</dt><dd>${isoDay(s.updated)}</dd>
${s.summaryHtml ? html`<dt>${t('listing.series.description')}</dt><dd><blockquote class="userstuff">${raw(s.summaryHtml)}</blockquote></dd>` : ''}
${s.notesHtml ? html`<dt>${t('work.text.notes')}</dt><dd><blockquote class="userstuff">${raw(s.notesHtml)}</blockquote></dd>` : ''}
<dt>${t('work.meta.stats')}</dt><dd><dl class="stats">
<dt class="words">${t('work.stats.words')}</dt><dd class="words">${formatNumber(s.words)}</dd>
<dt class="works">${t('listing.series.works')}</dt><dd class="works">${formatNumber(s.workCount)}</dd>
<dt class="complete">${t('listing.series.complete')}</dt><dd class="complete">${s.complete ? t('tags.show.yes') : t('tags.show.no')}</dd>
<dt class="bookmarks">${t('work.stats.bookmarks')}</dt><dd class="bookmarks"><a href="${seriesPath(s.id)}/bookmarks">${formatNumber(s.bookmarks)}</a></dd>
</dl></dd>
</dl></div>
${bookmark}
${listingNotices({ hidden: s.hidden })}
${workList(s.blurbs, ctx.asset('lock.svg'), s.hidden > 0 ? t('listing.series.all_hidden') : t('listing.series.empty'), ctx)}
${pagination(seriesPath(s.id), s)}
${reportParagraph(seriesPath(s.id), t('listing.series.report'))}
</div>`, feedLink(`${seriesPath(s.id)}.atom`, t('listing.series.feed', { title: s.title })));
}
