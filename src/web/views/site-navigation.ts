/**
 * The header's navigation: the ways into the archive everyone gets, and the account links (Log in and Sign up for
 * guests; for members a menu of their own pages). The member menu is a <details>, so it opens and closes without
 * JavaScript; menu.js only adds closing on Escape and on a click or focus outside it. Nothing of a member's own is
 * rendered for guests, so guests' pages stay the same for every guest (the page cache shares them).
 */
import { html, type Html } from './html.ts';
import type { PageContext } from './page.ts';

/** Fandoms, Browse works, Search and Collections. */
export const siteNavigation = (): Html => html`<nav class="site-nav" aria-label="Browse"><ul class="nav">
<li><a href="/media">Fandoms</a></li><li><a href="/works">Browse works</a></li><li><a href="/works/search">Search</a></li><li><a href="/collections">Collections</a></li>
</ul></nav>`;

/** The unread count beside the menu's toggle and its Inbox link (nothing when there is none). */
const unreadBadge = (n: number | undefined): Html | '' =>
  n ? html` <span class="badge">${n.toLocaleString('en')}<span class="visually-hidden"> unread</span></span>` : '';

/** Log in and Sign up, or the member's menu. */
export function accountNavigation(ctx: PageContext): Html {
  const v = ctx.viewer;
  if (!v) return html`<nav class="account-nav" aria-label="Account"><ul class="nav"><li><a href="/users/login">Log in</a></li><li><a href="/users/new">Sign up</a></li></ul></nav>`;
  const me = `/users/${v.login}`;
  return html`<nav class="account-nav" aria-label="Account">
<details class="user-menu">
<summary><span class="visually-hidden">Account menu for </span><span class="user-name">${v.login}</span>${unreadBadge(ctx.inboxUnread)}</summary>
<ul class="user-menu-items">
<li><a href="${me}">My profile</a></li>
<li><a href="${me}/works">My works</a></li>
<li><a href="${me}/works/drafts">Drafts</a></li>
<li><a href="${me}/stats">Statistics</a></li>
<li><a href="${me}/bookmarks">Bookmarks</a></li>
<li><a href="${me}/subscriptions">Subscriptions</a></li>
<li><a href="${me}/readings?show=to-read">Marked for Later</a></li>
<li><a href="${me}/readings">History</a></li>
<li><a href="/inbox">Inbox${unreadBadge(ctx.inboxUnread)}</a></li>
<li><a href="${me}/invitations">Invitations</a></li>
<li><a href="/works/new">Post new work</a></li>
<li><a href="/settings/profile">Settings</a></li>
${v.role !== 'user' ? html`<li><a href="/admin">${v.role === 'admin' ? 'Admin' : 'Moderation'}</a></li>` : ''}
<li><a href="/users/logout">Log out</a></li>
</ul>
</details>
</nav>
<script type="module" src="${ctx.asset('menu.js')}"></script>`;
}
