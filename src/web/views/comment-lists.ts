/** Flat lists of comments: "Reviews by {user}", the moderation queue, and the edit form of one comment. */
import { html, raw, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, field, formMessage, type FormState } from './form.ts';
import { pagination } from './pagination.ts';
import type { PageContext } from './page.ts';
import { commenter } from './comment-item.ts';
import { COMMENT_HINT, commentPreview, previewButton } from './comment-preview.ts';
import type { CommentRecord } from '../../storage/comments.ts';
import type { Account } from '../../domain/account.ts';
import type { PageWindow } from '../../domain/pagination.ts';

const when = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A comment out of its thread: who, on which work, when, and the text. */
function flatItem(c: CommentRecord, extra: Html | '' = ''): Html {
  return html`<li class="comment" id="comment_${c.id}">
<h2 class="heading byline">${commenter(c)} on <a href="/works/${c.workId}/comments/${c.id}">${c.workTitle}</a> <span class="datetime">${when(c.createdAt)}</span>${c.status === 'spam' ? html` <span class="status">Spam?</span>` : c.status === 'pending' ? html` <span class="status">Awaiting approval</span>` : ''}</h2>
<blockquote class="userstuff">${raw(c.bodyHtml)}</blockquote>${extra}
</li>`;
}

/** GET /users/:login/comments. */
export function userCommentsPage(ctx: PageContext, m: { user: Account; items: CommentRecord[]; window: PageWindow }): Html {
  const title = `Reviews by ${m.user.login}`;
  return layout(ctx, title, html`<h1 class="heading">${title}</h1>
${m.items.length ? html`<ol class="comments index">${m.items.map((c) => flatItem(c))}</ol>` : html`<p class="empty">No reviews yet.</p>`}
${pagination(`/users/${m.user.login}/comments`, m.window)}`);
}

/** GET /comments/moderation: held comments with approve, spam and delete. */
export function moderationPage(ctx: PageContext, m: { items: CommentRecord[]; window: PageWindow }): Html {
  const decide = (c: CommentRecord, decision: string, label: string) =>
    html`<form method="post" action="/comments/${c.id}/moderate" class="inline">${csrfField(ctx.csrfToken)}<input type="hidden" name="decision" value="${decision}"><button type="submit">${label}</button></form>`;
  const actions = (c: CommentRecord) => html`<ul class="actions"><li>${decide(c, 'approve', 'Approve')}</li>${c.status !== 'spam' ? html`<li>${decide(c, 'spam', 'Mark as spam')}</li>` : ''}
<li><form method="post" action="/comments/${c.id}/delete" class="inline">${csrfField(ctx.csrfToken)}<button type="submit">Delete</button></form></li></ul>`;
  return layout(ctx, 'Comments awaiting moderation', html`<h1 class="heading">Comments awaiting moderation</h1>
${m.items.length ? html`<ol class="comments index">${m.items.map((c) => flatItem(c, actions(c)))}</ol>` : html`<p class="empty">No comments are waiting.</p>`}
${pagination('/comments/moderation', m.window)}`);
}

/** GET /comments/:cid/edit (and the form again on 422). */
export function editCommentPage(ctx: PageContext, m: { comment: CommentRecord; form: FormState; preview?: string }): Html {
  return layout(ctx, 'Edit comment', html`<h1 class="heading">Edit comment</h1>
<form method="post" action="/comments/${m.comment.id}">${formMessage(m.form)}${csrfField(ctx.csrfToken)}
${commentPreview(m.preview, 'edit_comment_preview', 2)}
${field(m.form, { key: 'comment', name: 'comment[content]', label: 'Comment', type: 'textarea', hint: COMMENT_HINT, required: true })}
<p class="actions"><button type="submit">Update</button> ${previewButton} <a href="/works/${m.comment.workId}/comments/${m.comment.id}">Cancel</a></p>
</form>`);
}
