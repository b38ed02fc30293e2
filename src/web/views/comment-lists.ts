/** Flat lists of comments: "Reviews by {user}", the moderation queue, and the edit form of one comment. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, field, formMessage, type FormState } from './form.ts';
import { pagination } from './pagination.ts';
import type { PageContext } from './page.ts';
import { commenter } from './comment-item.ts';
import { commentHint, commentPreview, previewButton } from './comment-preview.ts';
import type { CommentRecord } from '../../storage/comments.ts';
import type { Account } from '../../domain/account.ts';
import type { PageWindow } from '../../domain/pagination.ts';
import { t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';

const when = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A comment out of its thread: who, on which work, when, and the text. */
function flatItem(c: CommentRecord, extra: Html | '' = ''): Html {
  return html`<li class="comment" id="comment_${c.id}">
<h2 class="heading byline">${tHtml('comments.flat.on', { who: commenter(c), work: html`<a href="/works/${c.workId}/comments/${c.id}">${c.workTitle}</a>` })} <span class="datetime">${when(c.createdAt)}</span>${c.status === 'spam' ? html` <span class="status">${t('comments.flat.spam')}</span>` : c.status === 'pending' ? html` <span class="status">${t('comments.item.awaiting')}</span>` : ''}</h2>
<blockquote class="userstuff">${raw(c.bodyHtml)}</blockquote>${extra}
</li>`;
}

/** GET /users/:login/comments. */
export function userCommentsPage(ctx: PageContext, m: { user: Account; items: CommentRecord[]; window: PageWindow }): Html {
  const title = t('member.profile.reviews', { name: m.user.login });
  return layout(ctx, title, html`<h1 class="heading">${title}</h1>
${m.items.length ? html`<ol class="comments index">${m.items.map((c) => flatItem(c))}</ol>` : html`<p class="empty">${t('comments.flat.no_reviews')}</p>`}
${pagination(`/users/${m.user.login}/comments`, m.window)}`);
}

/** GET /comments/moderation: held comments with approve, spam and delete. */
export function moderationPage(ctx: PageContext, m: { items: CommentRecord[]; window: PageWindow }): Html {
  const decide = (c: CommentRecord, decision: string, label: string) =>
    html`<form method="post" action="/comments/${c.id}/moderate" class="inline">${csrfField(ctx.csrfToken)}<input type="hidden" name="decision" value="${decision}"><button type="submit">${label}</button></form>`;
  const actions = (c: CommentRecord) => html`<ul class="actions"><li>${decide(c, 'approve', t('comments.moderation.approve'))}</li>${c.status !== 'spam' ? html`<li>${decide(c, 'spam', t('comments.moderation.spam'))}</li>` : ''}
<li><form method="post" action="/comments/${c.id}/delete" class="inline">${csrfField(ctx.csrfToken)}<button type="submit">${t('comments.item.delete')}</button></form></li></ul>`;
  return layout(ctx, t('comments.moderation.title'), html`<h1 class="heading">${t('comments.moderation.title')}</h1>
${m.items.length ? html`<ol class="comments index">${m.items.map((c) => flatItem(c, actions(c)))}</ol>` : html`<p class="empty">${t('comments.moderation.empty')}</p>`}
${pagination('/comments/moderation', m.window)}`);
}

/** GET /comments/:cid/edit (and the form again on 422). */
export function editCommentPage(ctx: PageContext, m: { comment: CommentRecord; form: FormState; preview?: string }): Html {
  return layout(ctx, t('comments.edit.title'), html`<h1 class="heading">${t('comments.edit.title')}</h1>
<form method="post" action="/comments/${m.comment.id}">${formMessage(m.form)}${csrfField(ctx.csrfToken)}
${commentPreview(m.preview, 'edit_comment_preview', 2)}
${field(m.form, { key: 'comment', name: 'comment[content]', label: t('comments.form.label'), type: 'textarea', hint: commentHint(), required: true })}
<p class="actions"><button type="submit">${t('comments.edit.update')}</button> ${previewButton()} <a href="/works/${m.comment.workId}/comments/${m.comment.id}">${t('comments.edit.cancel')}</a></p>
</form>`);
}
