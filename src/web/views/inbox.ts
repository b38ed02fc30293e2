/** GET /inbox: notifications of comments and replies, co-creator invitations, subscribed works' updates and gifts, with read/unread, bulk actions and the email choice. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { pagination } from './pagination.ts';
import type { PageContext } from './page.ts';
import type { InboxItem } from '../../storage/inbox.ts';
import type { PageWindow } from '../../domain/pagination.ts';
import { mutedFold } from './comment-item.ts';

/** What the inbox page shows. */
export interface InboxModel {
  /** `muted`: by an account the viewer muted, so its writer and text are folded away. */
  items: (InboxItem & { muted?: boolean })[];
  total: number;
  unread: number;
  window: PageWindow;
  emails: boolean;
  unreadOnly: boolean;
}

/** A notice: an invitation to co-create (answered on the invitations page), a subscribed work's update or a gift. */
function notice(i: InboxItem, ownLogin: string): Html {
  const work = html`<a href="/works/${i.workId}${i.chapterId !== null ? `/chapters/${i.chapterId}` : ''}">${i.workTitle}</a>`;
  const actor = i.login ? html`<a href="/users/${i.login}">${i.login}</a>` : 'Someone';
  const what = i.kind === 'invitation' ? html`${actor} invited you to co-create ${work}`
    : i.kind === 'gift' ? html`${actor} gave you a gift: ${work}`
    : html`${i.chapterId !== null ? 'New chapter of' : 'New work:'} ${work}`;
  const more = i.kind === 'invitation' ? html`Your name appears on the work only if you accept: <a href="/users/${ownLogin}/invitations">answer the invitation</a>.`
    : i.kind === 'gift' ? html`It is listed with <a href="/users/${ownLogin}/gifts">your gifts</a>, where you can refuse it.`
    : html`A work you subscribe to was updated. <a href="/users/${ownLogin}/subscriptions">Your subscriptions</a>`;
  return html`<li class="notice-item ${i.readAt === null ? 'unread' : 'read'}" id="inbox_notice_${i.id}">
<input type="checkbox" name="ids[]" value="n${i.id}" id="inbox_check_n${i.id}" form="inbox_bulk">
<label for="inbox_check_n${i.id}" class="heading byline">${what}${i.readAt === null ? html` <strong class="status">(Unread)</strong>` : ''}</label>
<p>${more}</p>
</li>`;
}

function item(i: InboxItem & { muted?: boolean }): Html {
  const who = i.login ? html`<a href="/users/${i.login}">${i.login}</a>` : html`${i.guestName} (Guest)`;
  const what = i.kind === 'reply' ? 'replied to your comment on' : 'commented on';
  const text = html`<blockquote class="userstuff">${raw(i.bodyHtml)}</blockquote>`;
  return html`<li class="${i.readAt === null ? 'unread' : 'read'}${i.muted ? ' muted' : ''}" id="inbox_item_${i.id}">
<input type="checkbox" name="ids[]" value="${i.id}" id="inbox_check_${i.id}" form="inbox_bulk">
<label for="inbox_check_${i.id}" class="heading byline">${i.muted ? 'A muted user' : who} ${what} <a href="/works/${i.workId}/comments/${i.commentId ?? ''}">${i.workTitle}</a>${i.readAt === null ? html` <strong class="status">(Unread)</strong>` : ''}</label>
${i.muted ? mutedFold(html`<p class="byline">${who}</p>${text}`) : text}
</li>`;
}

/** The inbox page. */
export function inboxPage(ctx: PageContext, m: InboxModel): Html {
  return layout(ctx, 'Inbox', html`<h1 class="heading">Inbox</h1>
<p>${m.total} messages, ${m.unread} unread. ${m.unreadOnly ? html`<a href="/inbox">Show all</a>` : html`<a href="/inbox?filter=unread">Show unread only</a>`}</p>
<form method="post" action="/inbox" id="inbox_bulk">${csrfField(ctx.csrfToken)}
<fieldset><legend>With the selected messages</legend>
<button type="submit" name="bulk" value="read">Mark read</button> <button type="submit" name="bulk" value="unread">Mark unread</button> <button type="submit" name="bulk" value="delete">Delete</button>
</fieldset></form>
${m.items.length ? html`<ol class="inbox comments index">${m.items.map((i) => (i.source === 'notice' ? notice(i, ctx.viewer?.login ?? '') : item(i)))}</ol>` : html`<p class="empty">Your inbox is empty.</p>`}
${pagination('/inbox', m.window)}
<form method="post" action="/inbox/settings">${csrfField(ctx.csrfToken)}
<h2 class="heading">Email</h2>
<div class="field checkbox"><input type="checkbox" id="comment_emails" name="comment_emails" value="1"${m.emails ? html` checked` : ''}> <label for="comment_emails">Email me about new comments on my works and replies to my comments</label></div>
<p class="actions"><button type="submit">Save email setting</button></p>
</form>`);
}
