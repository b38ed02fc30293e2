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
import { listingHeading } from './works-index.ts';
import { t } from '../../i18n/translate.ts';

const joined = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "1 - 20 of 45 Works by login" ("Drafts" on the drafts page); no "0" when the reader's blocklist hid them all. */
function worksHeading(user: Account, works: AuthorWorks, drafts: boolean): string {
  if (works.window.total === 0 && works.hidden > 0) return t('member.works_by', { name: user.login });
  return listingHeading(works, drafts ? 'drafts_by' : 'by', user.login);
}

const emptyText = (ctx: PageContext, user: Account, hidden: number, drafts: boolean) => (hidden > 0 ? t('member.empty.all_hidden')
  : drafts ? t('member.empty.no_drafts')
  : ctx.viewer?.id === user.id ? t('member.empty.own') : t('member.empty.other', { name: user.login }));

/** The profile's works: a heading, what the blocklist hid, the blurbs and their pages. */
function worksSection(ctx: PageContext, user: Account, works: AuthorWorks, basePath: string): Html {
  return html`<section aria-labelledby="works-heading" class="works-listing">
<h2 id="works-heading" class="heading">${worksHeading(user, works, false)}</h2>
${listingNotices({ hidden: works.hidden })}
${workList(works.blurbs, ctx.asset('lock.svg'), emptyText(ctx, user, works.hidden, false), ctx)}
${pagination(basePath, works.window)}
</section>`;
}

/** The profile page of `user`, with their works; `subscribe` is the viewer's Subscribe / Unsubscribe button. */
export function userPage(ctx: PageContext, user: Account, works: AuthorWorks, subscribe?: SubscribeButton): Html {
  const own = ctx.viewer?.id === user.id;
  return layout(ctx, shownName(user), html`<div class="user-home">
<h1>${shownName(user)}${user.displayName ? html` <span class="login">(${user.login})</span>` : ''}</h1>
<dl class="meta">
  <dt>${t('member.profile.joined')}</dt><dd><time datetime="${joined(user.createdAt)}">${joined(user.createdAt)}</time></dd>
  ${user.website ? html`<dt>${t('member.profile.website')}</dt><dd><a href="${user.website}" rel="nofollow noopener me">${user.website}</a></dd>` : ''}
</dl>
${user.bioHtml ? html`<div class="bio userstuff">${raw(user.bioHtml)}</div>` : ''}
<ul class="user-actions">
${own ? html`<li><a href="/settings/profile">${t('member.profile.edit')}</a></li>` : html`<li><a href="/users/${user.login}/contact">${t('member.profile.contact', { name: user.login })}</a></li>`}
<li><a href="/users/${user.login}/works">${t('member.all_works_by', { name: user.login })}</a></li>
<li><a href="/users/${user.login}/comments">${t('member.profile.reviews', { name: user.login })}</a></li>
<li><a href="/users/${user.login}/pseuds">${t('member.pseuds.of', { name: user.login })}</a></li>
<li><a href="/users/${user.login}/gifts">${t('member.profile.gifts', { name: user.login })}</a></li>
${!own && isStaff(ctx.viewer) ? html`<li><a href="/admin/users/${user.login}/moderate">${t('member.profile.moderate')}</a></li>` : ''}
${own ? html`<li><a href="/inbox">${t('member.profile.inbox')}</a></li><li><a href="/users/${user.login}/subscriptions">${t('member.profile.subscriptions')}</a></li><li><a href="/users/${user.login}/stats">${t('member.profile.stats')}</a></li>` : ''}
${own ? '' : subscribeItem(ctx, subscribe)}
${own ? '' : reportItem(`/users/${user.login}`, t('member.profile.report', { name: user.login }))}
</ul>
${ctx.viewer && !own ? blockForm(ctx, 'user', user.login) : ''}
${worksSection(ctx, user, works, `/users/${user.login}`)}
</div>`, feedLink(`/users/${user.login}/works.atom`, t('member.works_by', { name: user.login })));
}

/** /users/{login}/works (or, for its author, /users/{login}/works/drafts): the works listing with the filter panel. */
export function userWorksPage(ctx: PageContext, user: Account, works: FilteredWorks, drafts = false): Html {
  const path = `/users/${user.login}/works${drafts ? '/drafts' : ''}`;
  const own = ctx.viewer?.id === user.id;
  return layout(ctx, t(drafts ? 'member.drafts_by' : 'member.works_by', { name: user.login }), html`<div class="works-index user-works">
<h1 id="works-heading" class="heading">${worksHeading(user, works, drafts)}</h1>
${listingNotices({ hidden: works.hidden })}
${filterSidebar(path, works)}
<section aria-labelledby="works-heading" class="listing">
<h2 class="landmark heading">${t('listing.works')}</h2>
${workList(works.blurbs, ctx.asset('lock.svg'), emptyText(ctx, user, works.hidden, drafts), ctx)}
${pagination(path, works.window, works.query)}
</section>
<p class="user-links"><a href="/users/${user.login}">${t('member.profile.of', { name: user.login })}</a>${own ? html` · ${drafts ? html`<a href="/users/${user.login}/works">${t('member.own.all_works')}</a>` : html`<a href="/users/${user.login}/works/drafts">${t('member.own.drafts')}</a>`} · <a href="/users/${user.login}/stats">${t('member.own.stats')}</a>` : ''}</p>
${ctx.viewer && !own ? blockForm(ctx, 'user', user.login) : ''}
</div>
<script type="module" src="${ctx.asset('tag-autocomplete.js')}"></script>`, drafts ? '' : feedLink(`/users/${user.login}/works.atom`, t('member.works_by', { name: user.login })));
}
