/**
 * The header's navigation: the ways into the archive everyone gets, and the account links (Log in and Sign up for
 * guests; for members a menu of their own pages). The member menu is a <details>, so it opens and closes without
 * JavaScript; menu.js only adds closing on Escape and on a click or focus outside it. Nothing of a member's own is
 * rendered for guests, so guests' pages stay the same for every guest (the page cache shares them).
 */
import { html, raw, type Html } from './html.ts';
import { LruMap } from '../../services/lru-map.ts';
import type { Account } from '../../domain/account.ts';
import type { PageContext } from './page.ts';
import { linkItems } from './current-link.ts';
import { currentLocale, formatNumber, t } from '../../i18n/translate.ts';

/** Fandoms, Browse works, Search and Collections. */
export const siteNavigation = (): Html => html`<nav class="site-nav" aria-label="${t('chrome.nav.landmark')}"><ul class="nav">
<li><a href="/media">${t('chrome.nav.fandoms')}</a></li><li><a href="/works">${t('chrome.nav.works')}</a></li><li><a href="/works/search">${t('chrome.nav.search')}</a></li><li><a href="/collections">${t('chrome.nav.collections')}</a></li>
</ul></nav>`;

/** The unread count beside the menu's toggle and its Inbox link (nothing when there is none). */
const unreadBadge = (n: number | undefined): Html | '' =>
  n ? html` <span class="badge">${formatNumber(n)}<span class="visually-hidden"> ${t('chrome.menu.unread')}</span></span>` : '';

/** Members' menus as rendered, by everything they show: each signed-in page has one (a member's menu was 4 % of a signed-in work page's CPU). */
const menus = new LruMap<string, Html>(500);

/** Log in and Sign up, or the member's menu. */
export function accountNavigation(ctx: PageContext): Html {
  const v = ctx.viewer;
  if (!v) return html`<nav class="account-nav" aria-label="${t('chrome.account.landmark')}"><ul class="nav"><li><a href="/users/login">${t('chrome.account.log_in')}</a></li><li><a href="/users/new">${t('chrome.account.sign_up')}</a></li></ul></nav>`;
  const key = `${currentLocale()}\n${v.login}\n${v.role}\n${ctx.inboxUnread ?? 0}\n${ctx.asset('menu.js')}`;
  return menus.remember(key, () => raw(String(memberMenu(ctx, v))));
}

/** The member's menu: their own pages, the inbox with its unread count, staff pages for staff. */
function memberMenu(ctx: PageContext, v: Account): Html {
  const me = `/users/${v.login}`;
  return html`<nav class="account-nav" aria-label="${t('chrome.account.landmark')}">
<details class="user-menu">
<summary><span class="visually-hidden">${t('chrome.menu.for')} </span><span class="user-name">${v.login}</span>${unreadBadge(ctx.inboxUnread)}</summary>
<ul class="user-menu-items">
${linkItems([[me, t('chrome.menu.profile')], [`${me}/works`, t('chrome.menu.works')], [`${me}/works/drafts`, t('chrome.menu.drafts')], [`${me}/stats`, t('chrome.menu.stats')],
  [`${me}/bookmarks`, t('chrome.menu.bookmarks')], [`${me}/subscriptions`, t('chrome.menu.subscriptions')], [`${me}/readings?show=to-read`, t('chrome.menu.later')], [`${me}/readings`, t('chrome.menu.history')]])}
<li><a href="/inbox">${t('chrome.menu.inbox')}${unreadBadge(ctx.inboxUnread)}</a></li>
${linkItems([[`${me}/invitations`, t('chrome.menu.invitations')], ['/works/new', t('chrome.menu.post')], ['/settings/profile', t('chrome.menu.settings')]])}
${v.role !== 'user' ? html`<li><a href="/admin">${v.role === 'admin' ? t('chrome.menu.admin') : t('chrome.menu.moderation')}</a></li>` : ''}
<li><a href="/users/logout">${t('chrome.menu.log_out')}</a></li>
</ul>
</details>
</nav>
<script type="module" src="${ctx.asset('menu.js')}"></script>`;
}
