/** One comment as AO3 shows it (`li.comment` with a byline, the text and its actions), and the form to write one. */
import { html, raw, type Html } from './html.ts';
import { csrfField, field, formMessage, type FormState } from './form.ts';
import type { ShownComment } from '../../actions/list-comments.ts';
import type { CommentRecord } from '../../storage/comments.ts';
import { REFUSAL_TEXT, loginWouldHelp, type CommentRefusal } from '../../domain/comment-rules.ts';
import { COMMENT_HINT, commentPreview, previewButton } from './comment-preview.ts';
import { reportItem } from './report-link.ts';
import { pseudLink } from './byline.ts';
import { pseudSelect } from './pseud-select.ts';
import type { PseudChoice } from '../forms/pseud-choice.ts';
import { byUnrecordedAuthor } from '../../domain/unrecorded-author.ts';

const when = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Which actions the viewer has on a comment. */
export interface CommentActions {
  reply: boolean;
  edit: boolean;
  remove: boolean;
  moderate: boolean;
}

/** The commenter: a link to the account, an imported reply's "The author" (one of the work's, unrecorded which), or a guest's name. */
export const commenter = (c: CommentRecord): Html =>
  c.login ? pseudLink({ login: c.login, pseud: c.pseud ?? c.login }) : byUnrecordedAuthor(c) ? html`The author` : c.userId === null && c.guestName ? html`${c.guestName} (Guest)` : html`(Account deleted)`;

const button = (action: string, csrf: string, label: string, fields: Html | '' = '') =>
  html`<form method="post" action="${action}" class="inline">${csrf ? csrfField(csrf) : ''}${fields}<button type="submit">${label}</button></form>`;

/** A comment in a list, indented to its (flattened) depth. */
export function commentItem(s: ShownComment, a: CommentActions, csrfToken: string, level: 3 | 4 = 4): Html {
  const c = s.comment;
  if (c.status === 'deleted') return html`<li class="comment deleted depth-${s.indent}" id="comment_${c.id}"><p class="message">(Previous comment deleted.)</p></li>`;
  const threadUrl = `/works/${c.workId}/comments/${c.id}`;
  if (c.hiddenAt !== null && !c.bodyHtml) return html`<li class="comment hidden depth-${s.indent}" id="comment_${c.id}"><p class="message">(This comment was hidden by the archive’s moderators.)</p></li>`;
  const body = html`<h${level} class="heading byline">${commenter(c)} <span class="posted datetime"><time datetime="${new Date(c.createdAt).toISOString()}">${when(c.createdAt)}</time></span>${c.editedAt !== null ? html` <span class="edited">(edited)</span>` : ''}${c.status === 'pending' ? html` <span class="status">Awaiting approval</span>` : ''}</h${level}>
${c.hiddenAt !== null ? html`<p class="notice">Hidden by the archive’s moderators: only its writer and staff see this text.${c.hiddenReason ? ` Reason: ${c.hiddenReason}` : ''}</p>` : ''}
<blockquote class="userstuff">${raw(c.bodyHtml)}</blockquote>
<ul class="actions">
<li><a href="${threadUrl}">Thread</a></li>
${a.reply && !c.frozen && c.status === 'published' ? html`<li><a href="${threadUrl}#add_comment">Reply</a></li>` : ''}
${c.frozen ? html`<li class="frozen">Frozen</li>` : ''}
${a.edit ? html`<li><a href="/comments/${c.id}/edit">Edit</a></li>` : ''}
${a.remove ? html`<li>${button(`/comments/${c.id}/delete`, csrfToken, 'Delete')}</li>` : ''}
${c.status === 'published' ? reportItem(threadUrl) : ''}
${a.moderate && c.parentId === null ? html`<li>${button(`/comments/${c.id}/freeze`, csrfToken, c.frozen ? 'Unfreeze thread' : 'Freeze thread', html`<input type="hidden" name="frozen" value="${c.frozen ? '0' : '1'}">`)}</li>` : ''}
</ul>`;
  // A muted writer's comment keeps its place (the replies after it are separate items) but opens only on request.
  if (s.muted) return html`<li class="comment muted depth-${s.indent}" id="comment_${c.id}">${mutedFold(body)}</li>`;
  return html`<li class="comment depth-${s.indent}${c.status !== 'published' ? ' held' : ''}" id="comment_${c.id}">
${body}
</li>`;
}

/** "Comment from a muted user — show": a `<details>`, so it opens without JavaScript. */
export const mutedFold = (content: Html): Html =>
  html`<details class="muted-comment"><summary>Comment from a muted user — <span class="show">show</span><span class="hide">hide</span></summary>
${content}
</details>`;

/** What the comment form needs. */
export interface CommentFormModel {
  workId: number;
  chapterId?: number;
  parentId?: number;
  guest: boolean;
  form: FormState;
  csrfToken: string;
  heading: string;
  /** The form heading's level (h2 on comment pages, h4 under a work). */
  level: 2 | 4;
  /** The rendered comment, when the writer asked for a preview. */
  preview?: string;
  /** The member's pseuds to comment as (a menu only when they have several). */
  creator?: PseudChoice;
}

/** The form to post a comment (guests also give a name and an email, never shown). */
export function commentForm(m: CommentFormModel): Html {
  return html`<form method="post" action="/works/${m.workId}/comments" id="add_comment" class="new_comment">
<h${m.level} class="heading">${m.heading}</h${m.level}>
${formMessage(m.form)}
${csrfField(m.csrfToken)}
${m.chapterId !== undefined ? html`<input type="hidden" name="comment[chapter_id]" value="${m.chapterId}">` : ''}
${m.parentId !== undefined ? html`<input type="hidden" name="comment[parent_id]" value="${m.parentId}">` : ''}
${m.guest ? html`${field(m.form, { key: 'name', name: 'comment[name]', label: 'Guest name', autocomplete: 'name', required: true })}
${field(m.form, { key: 'email', name: 'comment[email]', label: 'Guest email', type: 'email', autocomplete: 'email', hint: 'Never shown to anyone.', required: true })}
<div hidden><label for="comment_website">Leave this empty</label><input type="text" id="comment_website" name="comment[website]" tabindex="-1" autocomplete="off"></div>` : ''}
${pseudSelect(m.creator, 'comment', 'Comment as')}
${commentPreview(m.preview, 'add_comment_preview', m.level === 2 ? 3 : 5)}
${field(m.form, { key: 'comment', name: 'comment[content]', label: 'Comment', type: 'textarea', hint: COMMENT_HINT, required: true })}
<p class="submit actions"><button type="submit">Comment</button> ${previewButton}</p>
</form>`;
}

/** Why the viewer cannot comment: the rule that stops them, and for guests the way in. */
export function commentRefusalNotice(refusal: CommentRefusal | 'frozen', returnTo: string): Html {
  if (!loginWouldHelp(refusal)) return html`<p class="notice" id="add_comment_notice">${REFUSAL_TEXT[refusal]}</p>`;
  return html`<p class="notice" id="add_comment_notice">${REFUSAL_TEXT[refusal]} <a href="/users/login?return_to=${encodeURIComponent(returnTo)}">Log in</a> or <a href="/users/new">create an account</a> to comment.</p>`;
}
