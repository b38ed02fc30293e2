/** One comment as AO3 shows it (`li.comment` with a byline, the text and its actions), and the form to write one. */
import { randomBytes } from 'node:crypto';
import { html, raw, type Html } from './html.ts';
import { LruMap } from '../../services/lru-map.ts';
import { csrfField, field, formMessage, type FormState } from './form.ts';
import type { ShownComment } from '../../actions/list-comments.ts';
import type { CommentRecord } from '../../storage/comments.ts';
import { loginWouldHelp, type CommentRefusal } from '../../domain/comment-rules.ts';
import { commentHint, commentPreview, previewButton } from './comment-preview.ts';
import { reportItem } from './report-link.ts';
import { pseudLink } from './byline.ts';
import { pseudSelect } from './pseud-select.ts';
import type { PseudChoice } from '../forms/pseud-choice.ts';
import { byUnrecordedAuthor } from '../../domain/unrecorded-author.ts';
import { currentLocale, t } from '../../i18n/translate.ts';
import { tHtml } from './translate-html.ts';
import { ltrInRtl } from './bidi-isolate.ts';

const when = (ms: number) => t('comments.item.when', { when: ltrInRtl(new Date(ms).toISOString().slice(0, 16).replace('T', ' ')) });

/** Which actions the viewer has on a comment. */
export interface CommentActions {
  reply: boolean;
  edit: boolean;
  remove: boolean;
  moderate: boolean;
}

/** The commenter: a link to the account, an imported reply's "The author" (one of the work's, unrecorded which), or a guest's name. */
export const commenter = (c: CommentRecord): Html =>
  c.login ? pseudLink({ login: c.login, pseud: c.pseud ?? c.login }) : byUnrecordedAuthor(c) ? html`${t('comments.item.the_author')}` : c.userId === null && c.guestName ? html`${t('comments.item.guest', { name: c.guestName })}` : html`${t('comments.item.account_deleted')}`;

const button = (action: string, csrf: string, label: string, fields: Html | '' = '') =>
  html`<form method="post" action="${action}" class="inline">${csrf ? csrfField(csrf) : ''}${fields}<button type="submit">${label}</button></form>`;

/**
 * Comments' items as rendered without a form (no delete or freeze button: those carry the viewer's CSRF token), kept
 * with the comment's record. A members' work page shows the threads kept with the page (actions/read-work.ts
 * `keptWith`) to every member, and most see every item alike; a changed comment is a new record.
 */
const formless = new WeakMap<CommentRecord, Map<string, Html>>();

/** A comment in a list, indented to its (flattened) depth. */
export function commentItem(s: ShownComment, a: CommentActions, csrfToken: string, level: 3 | 4 = 4): Html {
  if (a.remove || a.moderate) return renderItem(s, a, csrfToken, level);
  const key = `${currentLocale()} ${a.reply} ${a.edit} ${s.indent} ${s.muted} ${level}`;
  let kept = formless.get(s.comment);
  if (!kept) formless.set(s.comment, (kept = new Map()));
  let item = kept.get(key);
  if (item === undefined) kept.set(key, (item = renderItem(s, a, '', level)));
  return item;
}

function renderItem(s: ShownComment, a: CommentActions, csrfToken: string, level: 3 | 4): Html {
  const c = s.comment;
  if (c.status === 'deleted') return html`<li class="comment deleted depth-${s.indent}" id="comment_${c.id}"><p class="message">${t('comments.item.deleted')}</p></li>`;
  const threadUrl = `/works/${c.workId}/comments/${c.id}`;
  if (c.hiddenAt !== null && !c.bodyHtml) return html`<li class="comment hidden depth-${s.indent}" id="comment_${c.id}"><p class="message">${t('comments.item.hidden')}</p></li>`;
  const body = html`<h${level} class="heading byline">${commenter(c)} <span class="posted datetime"><time datetime="${new Date(c.createdAt).toISOString()}">${when(c.createdAt)}</time></span>${c.editedAt !== null ? html` <span class="edited">${t('comments.item.edited')}</span>` : ''}${c.status === 'pending' ? html` <span class="status">${t('comments.item.awaiting')}</span>` : ''}</h${level}>
${c.hiddenAt !== null ? html`<p class="notice">${t('comments.item.hidden_notice')}${c.hiddenReason ? ` ${t('comments.item.reason', { reason: c.hiddenReason })}` : ''}</p>` : ''}
<blockquote class="userstuff">${raw(c.bodyHtml)}</blockquote>
<ul class="actions">
<li><a href="${threadUrl}">${t('comments.item.thread')}</a></li>
${a.reply && !c.frozen && c.status === 'published' ? html`<li><a href="${threadUrl}#add_comment">${t('comments.reply')}</a></li>` : ''}
${c.frozen ? html`<li class="frozen">${t('comments.item.frozen')}</li>` : ''}
${a.edit ? html`<li><a href="/comments/${c.id}/edit">${t('comments.item.edit')}</a></li>` : ''}
${a.remove ? html`<li>${button(`/comments/${c.id}/delete`, csrfToken, t('comments.item.delete'))}</li>` : ''}
${c.status === 'published' ? reportItem(threadUrl, t('comments.item.report')) : ''}
${a.moderate && c.parentId === null ? html`<li>${button(`/comments/${c.id}/freeze`, csrfToken, c.frozen ? t('comments.item.unfreeze') : t('comments.item.freeze'), html`<input type="hidden" name="frozen" value="${c.frozen ? '0' : '1'}">`)}</li>` : ''}
</ul>`;
  // A muted writer's comment keeps its place (the replies after it are separate items) but opens only on request.
  if (s.muted) return html`<li class="comment muted depth-${s.indent}" id="comment_${c.id}">${mutedFold(body)}</li>`;
  return html`<li class="comment depth-${s.indent}${c.status !== 'published' ? ' held' : ''}" id="comment_${c.id}">
${body}
</li>`;
}

/** "Comment from a muted user — show": a `<details>`, so it opens without JavaScript. */
export const mutedFold = (content: Html): Html =>
  html`<details class="muted-comment"><summary>${tHtml('comments.item.muted', { toggle: html`<span class="show">${t('comments.item.show')}</span><span class="hide">${t('comments.item.hide')}</span>` })}</summary>
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

/**
 * Blank comment forms as rendered, with a slot for the token, by everything else they show: every member with the
 * same pseuds gets the same form under a chapter (rendering it was 3 % of a signed-in work page's CPU).
 */
const blankForms = new LruMap<string, string>(512);
const TOKEN_SLOT = `csrf-slot-${randomBytes(12).toString('hex')}`;

/** The form to post a comment (guests also give a name and an email, never shown). */
export function commentForm(m: CommentFormModel): Html {
  const blank = !m.preview && !m.form.message && Object.keys(m.form.values).length === 0 && Object.keys(m.form.errors).length === 0;
  if (!blank) return renderCommentForm(m);
  const key = `${currentLocale()}\n${m.workId}\n${m.chapterId}\n${m.parentId}\n${m.guest}\n${m.level}\n${m.heading}\n${JSON.stringify(m.creator ?? null)}`;
  const form = blankForms.remember(key, () => String(renderCommentForm({ ...m, csrfToken: TOKEN_SLOT })));
  return raw(form.replace(TOKEN_SLOT, String(html`${m.csrfToken}`)));
}

function renderCommentForm(m: CommentFormModel): Html {
  return html`<form method="post" action="/works/${m.workId}/comments" id="add_comment" class="new_comment">
<h${m.level} class="heading">${m.heading}</h${m.level}>
${formMessage(m.form)}
${csrfField(m.csrfToken)}
${m.chapterId !== undefined ? html`<input type="hidden" name="comment[chapter_id]" value="${m.chapterId}">` : ''}
${m.parentId !== undefined ? html`<input type="hidden" name="comment[parent_id]" value="${m.parentId}">` : ''}
${m.guest ? html`${field(m.form, { key: 'name', name: 'comment[name]', label: t('comments.form.guest_name'), autocomplete: 'name', required: true })}
${field(m.form, { key: 'email', name: 'comment[email]', label: t('comments.form.guest_email'), type: 'email', autocomplete: 'email', hint: t('comments.form.guest_email_hint'), required: true })}
<div hidden><label for="comment_website">${t('comments.form.honeypot')}</label><input type="text" id="comment_website" name="comment[website]" tabindex="-1" autocomplete="off"></div>` : ''}
${pseudSelect(m.creator, 'comment', t('comments.form.as'))}
${commentPreview(m.preview, 'add_comment_preview', m.level === 2 ? 3 : 5)}
${field(m.form, { key: 'comment', name: 'comment[content]', label: t('comments.form.label'), type: 'textarea', hint: commentHint(), required: true })}
<p class="submit actions"><button type="submit">${t('comments.form.submit')}</button> ${previewButton()}</p>
</form>`;
}

/** Why the viewer cannot comment: the rule that stops them, and for guests the way in. */
export function commentRefusalNotice(refusal: CommentRefusal | 'frozen', returnTo: string): Html {
  const why = t(`comments.refusal.${refusal}`);
  if (!loginWouldHelp(refusal)) return html`<p class="notice" id="add_comment_notice">${why}</p>`;
  return html`<p class="notice" id="add_comment_notice">${why} ${tHtml('comments.refusal.login', {
    login: html`<a href="/users/login?return_to=${encodeURIComponent(returnTo)}">${t('comments.refusal.log_in')}</a>`, signup: html`<a href="/users/new">${t('comments.refusal.sign_up')}</a>`,
  })}</p>`;
}
