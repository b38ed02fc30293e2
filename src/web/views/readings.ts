/**
 * /users/{login}/readings: the member's History, and with `?show=to-read` their Marked for Later list (AO3's
 * pages): each work's blurb with when it was last visited, how often, whether it changed since, its mark, and a
 * Delete from History button. A work the member may no longer read shows only that it is no longer available.
 */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { tabItem } from './current-link.ts';
import { csrfField } from './form.ts';
import { pagination } from './pagination.ts';
import { dateOnly } from './time.ts';
import { workBlurb } from './work-blurb.ts';
import { markForm } from './mark-button.ts';
import { listingNotices } from './listing-notices.ts';
import type { ReadingEntry, ReadingList } from '../../actions/readings.ts';
import type { PageContext } from './page.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

const visits = (n: number) => t('reader.readings.visits', { count: n });

function deleteForm(ctx: PageContext, base: string, workId: number, label: string): Html {
  return html`<form method="post" action="${base}/${workId}/delete" class="inline">${csrfField(ctx.csrfToken)}<input type="hidden" name="return_to" value="${ctx.path}">
<button type="submit" class="secondary">${t('reader.readings.delete')}<span class="visually-hidden">: ${label}</span></button></form>`;
}

/** What the member did with the work, and the buttons. A work marked but never opened has no visit to date: it says when it was added. */
function userModule(ctx: PageContext, base: string, e: ReadingEntry, title: string): Html {
  const r = e.reading;
  return html`<div class="user module group">
<p class="viewed heading"><span>${r.viewCount ? t('reader.readings.last_visited') : t('reader.readings.added')}</span> ${dateOnly(r.lastViewedAt)}${e.updated ? html` · <strong class="update-available">${t('reader.readings.updated')}</strong>` : ''}
· ${visits(r.viewCount)}${r.toRead ? html` · <span class="marked">${t('reader.readings.marked')}</span>` : ''}</p>
<ul class="actions">
${e.blurb ? html`<li>${markForm(ctx, r.workId, r.toRead, title)}</li>` : ''}
<li>${deleteForm(ctx, base, r.workId, title)}</li>
</ul>
</div>`;
}

function entry(ctx: PageContext, base: string, e: ReadingEntry): Html {
  if (e.blurb) return workBlurb(e.blurb, ctx.asset('lock.svg'), userModule(ctx, base, e, e.blurb.work.title));
  const gone = t('reader.readings.gone');
  // Not a blurb of the contract (no work id for tools to follow): an article of its own inside a plain item.
  return html`<li class="deleted reading work blurb group" role="none"><article>
<div class="header module"><h4 class="heading">${gone}</h4></div>
${userModule(ctx, base, e, gone)}
</article></li>`;
}

/** The page. */
export function readingsPage(ctx: PageContext, list: ReadingList): Html {
  const base = `/users/${list.user.login}/readings`;
  const heading = list.toRead ? t('reader.readings.marked') : t('reader.readings.history');
  return layout(ctx, heading, html`<div class="readings-index">
<h1 class="heading">${heading}</h1>
<nav aria-label="${t('reader.readings.nav')}"><ul class="navigation actions">
${tabItem(t('reader.readings.history'), base, !list.toRead)}
${tabItem(t('reader.readings.marked'), `${base}?show=to-read`, list.toRead)}
${list.window.total > 0 && !list.toRead ? html`<li><a href="${base}/clear">${t('reader.readings.clear')}</a></li>` : ''}
</ul></nav>
${listingNotices({ hidden: list.hidden })}
${list.historyEnabled ? '' : html`<p class="notice">${tHtml('reader.readings.off', { settings: html`<a href="/settings/reading#history">${t('reader.readings.settings')}</a>` })}</p>`}
${list.window.total === 0
    ? html`<p class="empty">${list.toRead ? t('reader.readings.none_marked') : t('reader.readings.none_history')}</p>`
    : html`<h2 class="landmark heading">${list.toRead ? t('reader.readings.list_marked') : t('reader.readings.list_history')}</h2><h3 class="landmark heading">${t('work.blurb.listing')}</h3>
${list.entries.length ? html`<ol class="reading work index group" role="none">${list.entries.map((e) => entry(ctx, base, e))}</ol>` : ''}`}
${pagination(base, list.window, list.toRead ? 'show=to-read' : '')}
</div>`);
}
