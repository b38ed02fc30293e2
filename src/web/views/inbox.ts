/** GET /inbox: notifications of comments and replies, co-creator invitations, subscribed works' updates and gifts, with read/unread, bulk actions and the email choice. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField } from './form.ts';
import { pagination } from './pagination.ts';
import type { PageContext } from './page.ts';
import type { InboxItem } from '../../storage/inbox.ts';
import type { PageWindow } from '../../domain/pagination.ts';
import { mutedFold } from './comment-item.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

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
  const actor = i.login ? html`<a href="/users/${i.login}">${i.login}</a>` : t('account.inbox.someone');
  const what = i.kind === 'invitation' ? tHtml('account.inbox.invited', { actor, work })
    : i.kind === 'gift' ? tHtml('account.inbox.gift', { actor, work })
    : tHtml(i.chapterId !== null ? 'account.inbox.new_chapter' : 'account.inbox.new_work', { work });
  const more = i.kind === 'invitation' ? tHtml('account.inbox.invited.more', { answer: html`<a href="/users/${ownLogin}/invitations">${t('account.inbox.invited.answer')}</a>` })
    : i.kind === 'gift' ? tHtml('account.inbox.gift.more', { gifts: html`<a href="/users/${ownLogin}/gifts">${t('account.inbox.gift.gifts')}</a>` })
    : html`${t('account.inbox.updated')} <a href="/users/${ownLogin}/subscriptions">${t('account.inbox.subscriptions')}</a>`;
  return html`<li class="notice-item ${i.readAt === null ? 'unread' : 'read'}" id="inbox_notice_${i.id}">
<input type="checkbox" name="ids[]" value="n${i.id}" id="inbox_check_n${i.id}" form="inbox_bulk">
<label for="inbox_check_n${i.id}" class="heading byline">${what}${i.readAt === null ? html` <strong class="status">${t('account.inbox.unread_mark')}</strong>` : ''}</label>
<p>${more}</p>
</li>`;
}

function item(i: InboxItem & { muted?: boolean }): Html {
  const who = i.login ? html`<a href="/users/${i.login}">${i.login}</a>` : t('account.inbox.guest', { name: i.guestName ?? '' });
  const work = html`<a href="/works/${i.workId}/comments/${i.commentId ?? ''}">${i.workTitle}</a>`;
  const writer = i.muted ? t('account.inbox.muted') : who;
  const text = html`<blockquote class="userstuff">${raw(i.bodyHtml)}</blockquote>`;
  return html`<li class="${i.readAt === null ? 'unread' : 'read'}${i.muted ? ' muted' : ''}" id="inbox_item_${i.id}">
<input type="checkbox" name="ids[]" value="${i.id}" id="inbox_check_${i.id}" form="inbox_bulk">
<label for="inbox_check_${i.id}" class="heading byline">${tHtml(i.kind === 'reply' ? 'account.inbox.replied' : 'account.inbox.commented', { who: writer, work })}${i.readAt === null ? html` <strong class="status">${t('account.inbox.unread_mark')}</strong>` : ''}</label>
${i.muted ? mutedFold(html`<p class="byline">${who}</p>${text}`) : text}
</li>`;
}

/** The inbox page. */
export function inboxPage(ctx: PageContext, m: InboxModel): Html {
  return layout(ctx, t('chrome.menu.inbox'), html`<h1 class="heading">${t('chrome.menu.inbox')}</h1>
<p>${t('account.inbox.counts', { total: m.total, unread: m.unread })} ${m.unreadOnly ? html`<a href="/inbox">${t('account.inbox.show_all')}</a>` : html`<a href="/inbox?filter=unread">${t('account.inbox.show_unread')}</a>`}</p>
<form method="post" action="/inbox" id="inbox_bulk">${csrfField(ctx.csrfToken)}
<fieldset><legend>${t('account.inbox.selected')}</legend>
<button type="submit" name="bulk" value="read">${t('account.inbox.mark_read')}</button> <button type="submit" name="bulk" value="unread">${t('account.inbox.mark_unread')}</button> <button type="submit" name="bulk" value="delete">${t('account.inbox.delete')}</button>
</fieldset></form>
${m.items.length ? html`<ol class="inbox comments index">${m.items.map((i) => (i.source === 'notice' ? notice(i, ctx.viewer?.login ?? '') : item(i)))}</ol>` : html`<p class="empty">${t('account.inbox.empty')}</p>`}
${pagination('/inbox', m.window)}
<form method="post" action="/inbox/settings">${csrfField(ctx.csrfToken)}
<h2 class="heading">${t('account.field.email')}</h2>
<div class="field checkbox"><input type="checkbox" id="comment_emails" name="comment_emails" value="1"${m.emails ? html` checked` : ''}> <label for="comment_emails">${t('account.inbox.emails')}</label></div>
<p class="actions"><button type="submit">${t('account.inbox.emails.save')}</button></p>
</form>`);
}
