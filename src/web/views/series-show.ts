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

/** The page; `subscribe` is the viewer's Subscribe / Unsubscribe button, `bookmark` their bookmark form. */
export function seriesShowPage(ctx: PageContext, s: SeriesPage, subscribe?: SubscribeButton, bookmark: Html | '' = ''): Html {
  return layout(ctx, s.pages > 1 ? `${s.title} (page ${s.page})` : s.title, html`<h1 class="visually-hidden">Series</h1>
<div class="series-show">
<h2 class="heading">${s.title}</h2>
${s.editable ? html`<ul class="navigation actions"><li><a href="${seriesPath(s.id)}/edit">Edit Series</a></li></ul>` : ''}
${subscribe ? subscribeForm(ctx, subscribe) : ''}
<div class="wrapper"><dl class="series meta group">
<dt>Creator${s.creators.length === 1 ? '' : 's'}:</dt><dd>${creatorLinks(s.creators)}</dd>
<dt>Series Begun:</dt><dd>${isoDay(s.begun)}</dd>
<dt>Series Updated:</dt><dd>${isoDay(s.updated)}</dd>
${s.summaryHtml ? html`<dt>Description:</dt><dd><blockquote class="userstuff">${raw(s.summaryHtml)}</blockquote></dd>` : ''}
${s.notesHtml ? html`<dt>Notes:</dt><dd><blockquote class="userstuff">${raw(s.notesHtml)}</blockquote></dd>` : ''}
<dt>Stats:</dt><dd><dl class="stats">
<dt class="words">Words:</dt><dd class="words">${s.words.toLocaleString('en')}</dd>
<dt class="works">Works:</dt><dd class="works">${s.workCount.toLocaleString('en')}</dd>
<dt class="complete">Complete:</dt><dd class="complete">${s.complete ? 'Yes' : 'No'}</dd>
<dt class="bookmarks">Bookmarks:</dt><dd class="bookmarks"><a href="${seriesPath(s.id)}/bookmarks">${s.bookmarks.toLocaleString('en')}</a></dd>
</dl></dd>
</dl></div>
${bookmark}
${listingNotices({ hidden: s.hidden })}
${workList(s.blurbs, ctx.asset('lock.svg'), s.hidden > 0 ? 'Every work of this series is hidden by your blocklist.' : 'This series has no works you can see.', ctx)}
${pagination(seriesPath(s.id), s)}
${reportParagraph(seriesPath(s.id), 'Report this series')}
</div>`, feedLink(`${seriesPath(s.id)}.atom`, `Series: ${s.title}`));
}
