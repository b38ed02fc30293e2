/** A person's public page: profile, a way to write to them, and their works as blurbs; and their works listing. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { workList } from './work-blurb.ts';
import { pagination } from './pagination.ts';
import { shownName, type Account } from '../../domain/account.ts';
import type { AuthorWorks } from '../../actions/author-works.ts';
import { filterSidebar } from './work-filters.ts';
import { blockForm } from './block-form.ts';
import type { FilteredWorks } from '../../actions/filter-works.ts';
import type { PageContext } from './page.ts';
import { feedLink } from './feed-link.ts';
import { subscribeItem, type SubscribeButton } from './subscribe-button.ts';
import { reportItem } from './report-link.ts';
import { isStaff } from '../../domain/moderation.ts';
import { listingNotices } from './listing-notices.ts';

const joined = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "1 - 20 of 45 Works by login" (AO3's listing heading); no "0" when the reader's blocklist hid them all. */
function worksHeading(user: Account, w: AuthorWorks['window'], shown: number, hidden: number): string {
  if (w.total === 0 && hidden > 0) return `Works by ${user.login}`;
  const noun = w.total === 1 ? 'Work' : 'Works';
  if (w.total <= w.perPage || shown === 0) return `${w.total} ${noun} by ${user.login}`;
  return `${w.offset + 1} - ${w.offset + shown} of ${w.total} ${noun} by ${user.login}`;
}

function worksSection(ctx: PageContext, user: Account, works: AuthorWorks & { query?: string }, basePath: string, h: 'h1' | 'h2'): Html {
  const own = ctx.viewer?.id === user.id;
  const empty = works.hidden > 0 ? 'Every work here is hidden by your blocklist.'
    : own ? 'You have not posted any works yet.' : `${user.login} has not posted any works yet.`;
  const heading = worksHeading(user, works.window, works.blurbs.length, works.hidden);
  return html`<section aria-labelledby="works-heading" class="works-listing">
${h === 'h1' ? html`<h1 id="works-heading" class="heading">${heading}</h1><h2 class="landmark heading">Works</h2>` : html`<h2 id="works-heading" class="heading">${heading}</h2>`}
${listingNotices({ hidden: works.hidden })}
${workList(works.blurbs, ctx.asset('lock.svg'), empty)}
${pagination(basePath, works.window, works.query)}
</section>`;
}

/** The profile page of `user`, with their works; `subscribe` is the viewer's Subscribe / Unsubscribe button. */
export function userPage(ctx: PageContext, user: Account, works: AuthorWorks, subscribe?: SubscribeButton): Html {
  const own = ctx.viewer?.id === user.id;
  return layout(ctx, shownName(user), html`<div class="user-home">
<h1>${shownName(user)}${user.displayName ? html` <span class="login">(${user.login})</span>` : ''}</h1>
<dl class="meta">
  <dt>Joined:</dt><dd><time datetime="${joined(user.createdAt)}">${joined(user.createdAt)}</time></dd>
  ${user.website ? html`<dt>Website:</dt><dd><a href="${user.website}" rel="nofollow noopener me">${user.website}</a></dd>` : ''}
</dl>
${user.bioHtml ? html`<div class="bio userstuff">${raw(user.bioHtml)}</div>` : ''}
<ul class="user-actions">
${own ? html`<li><a href="/settings/profile">Edit your profile</a></li>` : html`<li><a href="/users/${user.login}/contact">Contact ${user.login}</a></li>`}
<li><a href="/users/${user.login}/works">All works by ${user.login}</a></li>
<li><a href="/users/${user.login}/comments">Reviews by ${user.login}</a></li>
${!own && isStaff(ctx.viewer) ? html`<li><a href="/admin/users/${user.login}/moderate">Moderate this account</a></li>` : ''}
${own ? html`<li><a href="/inbox">Your inbox</a></li><li><a href="/users/${user.login}/subscriptions">Your subscriptions</a></li>` : ''}
${own ? '' : subscribeItem(ctx, subscribe)}
${own ? '' : reportItem(`/users/${user.login}`, `Report ${user.login}`)}
</ul>
${ctx.viewer && !own ? blockForm(ctx, 'user', user.login) : ''}
${worksSection(ctx, user, works, `/users/${user.login}`, 'h2')}
</div>`, feedLink(`/users/${user.login}/works.atom`, `Works by ${user.login}`));
}

/** /users/{login}/works: the works listing alone, with the filter sidebar. */
export function userWorksPage(ctx: PageContext, user: Account, works: FilteredWorks): Html {
  return layout(ctx, `Works by ${user.login}`, html`<div class="user-works">
${worksSection(ctx, user, works, `/users/${user.login}/works`, 'h1')}
${filterSidebar(`/users/${user.login}/works`, works)}
${ctx.viewer && ctx.viewer.id !== user.id ? blockForm(ctx, 'user', user.login) : ''}
<p><a href="/users/${user.login}">${user.login}’s profile</a></p>
</div>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`, feedLink(`/users/${user.login}/works.atom`, `Works by ${user.login}`));
}
