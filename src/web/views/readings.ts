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
import { countText } from './numbers.ts';
import { workBlurb } from './work-blurb.ts';
import { markForm } from './mark-button.ts';
import { listingNotices } from './listing-notices.ts';
import type { ReadingEntry, ReadingList } from '../../actions/readings.ts';
import type { PageContext } from './page.ts';

const visits = (n: number) => (n === 0 ? 'Not opened yet' : n === 1 ? 'Visited once' : `Visited ${countText(n)} times`);

function deleteForm(ctx: PageContext, base: string, workId: number, label: string): Html {
  return html`<form method="post" action="${base}/${workId}/delete" class="inline">${csrfField(ctx.csrfToken)}<input type="hidden" name="return_to" value="${ctx.path}">
<button type="submit" class="secondary">Delete from History<span class="visually-hidden">: ${label}</span></button></form>`;
}

/** What the member did with the work, and the buttons. A work marked but never opened has no visit to date: it says when it was added. */
function userModule(ctx: PageContext, base: string, e: ReadingEntry, title: string): Html {
  const r = e.reading;
  return html`<div class="user module group">
<p class="viewed heading"><span>${r.viewCount ? 'Last visited:' : 'Added:'}</span> ${dateOnly(r.lastViewedAt)}${e.updated ? html` · <strong class="update-available">Updated since you last read it</strong>` : ''}
· ${visits(r.viewCount)}${r.toRead ? html` · <span class="marked">Marked for Later</span>` : ''}</p>
<ul class="actions">
${e.blurb ? html`<li>${markForm(ctx, r.workId, r.toRead, title)}</li>` : ''}
<li>${deleteForm(ctx, base, r.workId, title)}</li>
</ul>
</div>`;
}

function entry(ctx: PageContext, base: string, e: ReadingEntry): Html {
  if (e.blurb) return workBlurb(e.blurb, ctx.asset('lock.svg'), userModule(ctx, base, e, e.blurb.work.title));
  const gone = 'This work is no longer available';
  // Not a blurb of the contract (no work id for tools to follow): an article of its own inside a plain item.
  return html`<li class="deleted reading work blurb group" role="none"><article>
<div class="header module"><h4 class="heading">${gone}</h4></div>
${userModule(ctx, base, e, gone)}
</article></li>`;
}

/** The page. */
export function readingsPage(ctx: PageContext, list: ReadingList): Html {
  const base = `/users/${list.user.login}/readings`;
  const heading = list.toRead ? 'Marked for Later' : 'History';
  return layout(ctx, heading, html`<div class="readings-index">
<h1 class="heading">${heading}</h1>
<nav aria-label="History and Marked for Later"><ul class="navigation actions">
${tabItem('History', base, !list.toRead)}
${tabItem('Marked for Later', `${base}?show=to-read`, list.toRead)}
${list.window.total > 0 && !list.toRead ? html`<li><a href="${base}/clear">Clear Entire History</a></li>` : ''}
</ul></nav>
${listingNotices({ hidden: list.hidden })}
${list.historyEnabled ? '' : html`<p class="notice">Your history is turned off: works you open are not added to it. You can turn it on in your <a href="/settings/reading#history">reading settings</a>.</p>`}
${list.window.total === 0
    ? html`<p class="empty">${list.toRead ? 'You have not marked any works for later. Use "Mark for Later" on a work to keep it here until you have read it to the end.' : 'Your history is empty. Works you open while logged in are listed here, last visit first.'}</p>`
    : html`<h2 class="landmark heading">${list.toRead ? 'List of Marked for Later Items' : 'List of History Items'}</h2><h3 class="landmark heading">Listing Works</h3>
${list.entries.length ? html`<ol class="reading work index group" role="none">${list.entries.map((e) => entry(ctx, base, e))}</ol>` : ''}`}
${pagination(base, list.window, list.toRead ? 'show=to-read' : '')}
</div>`);
}
