/** A work's comments: the block under the text, the full paginated page, and one thread with its reply form. */
import { html, type Html } from './html.ts';
import { layout } from './layout.ts';
import { csrfField, emptyForm, type FormState } from './form.ts';
import { pagination } from './pagination.ts';
import type { PageContext } from './page.ts';
import { commentItem, commentForm, commentRefusalNotice } from './comment-item.ts';
import type { WorkComments, ShownComment } from '../../actions/list-comments.ts';
import { canDeleteComment, canEditComment } from '../../domain/comment-rules.ts';
import type { Viewer } from '../../domain/permissions.ts';
import { choiceOf } from '../forms/pseud-choice.ts';
import { t } from '../../i18n/translate.ts';

/** What a comments view shows beyond the data. */
export interface CommentsView {
  data: WorkComments;
  chapterId?: number;
  /** Replying to this comment (the thread page). */
  parentId?: number;
  form?: FormState;
  now: number;
  /** The page the comments are on, for the login link. */
  path: string;
  /** The rendered comment, when the writer asked for a preview. */
  preview?: string;
}

function list(ctx: Pick<PageContext, 'viewer' | 'csrfToken'>, v: CommentsView, threads: ShownComment[], level: 3 | 4): Html {
  if (threads.length === 0) return html`<p class="empty">${t('comments.empty')}</p>`;
  const access = { visibility: v.data.page.work.visibility, deleted: false, removal: null, creatorIds: v.data.page.creators.map((c) => c.userId) };
  const viewer: Viewer = ctx.viewer;
  return html`<ol class="thread">${threads.map((s) => commentItem(s, {
    reply: !v.data.refusal,
    edit: canEditComment(viewer, s.comment, v.now),
    remove: canDeleteComment(viewer, s.comment, access),
    moderate: v.data.canModerate,
  }, ctx.csrfToken, level))}</ol>`;
}

function formOrNotice(ctx: Pick<PageContext, 'viewer' | 'csrfToken'>, v: CommentsView, heading: string, level: 2 | 4): Html {
  if (v.data.refusal) return commentRefusalNotice(v.data.refusal, v.path);
  return commentForm({ workId: v.data.page.work.id, chapterId: v.chapterId, parentId: v.parentId, guest: !ctx.viewer, form: v.form ?? emptyForm(), csrfToken: ctx.csrfToken, heading, level, preview: v.preview,
    creator: choiceOf(v.data.pseuds, v.form?.values.pseud_id) });
}

/** The block after a work's text: the form (or why not) and the latest threads, with a link to all. */
export function commentsBlock(ctx: Pick<PageContext, 'viewer' | 'csrfToken'>, v: CommentsView): Html {
  const id = v.data.page.work.id;
  const all = v.chapterId !== undefined ? `/works/${id}/chapters/${v.chapterId}/comments` : `/works/${id}/comments`;
  return html`<section id="comments" class="comments" aria-labelledby="comments_heading">
<h3 id="comments_heading" class="heading">${v.chapterId !== undefined ? t('comments.on_chapter') : t('comments.count', { count: v.data.page.work.comments })}</h3>
${formOrNotice(ctx, v, t('comments.form.heading'), 4)}
${list(ctx, v, v.data.threads, 4)}
<p class="actions"><a href="${all}">${t('comments.read_all')}</a>${v.data.canModerate ? html` · <a href="/comments/moderation">${t('comments.moderation_queue')}</a>` : ''}</p>
</section>`;
}

/** The creators' settings: who may comment, and holding comments for approval. */
function settingsForm(ctx: PageContext, v: CommentsView): Html | '' {
  if (!v.data.page.canEdit) return '';
  const s = v.data.settings;
  const opt = (value: string, label: string) => html`<div class="field radio"><input type="radio" id="comment_permission_${value}" name="comment_permission" value="${value}"${s.permission === value ? html` checked` : ''}> <label for="comment_permission_${value}">${label}</label></div>`;
  return html`<form method="post" action="/works/${v.data.page.work.id}/comment_settings" class="comment-settings">${csrfField(ctx.csrfToken)}
<h2 class="heading">${t('comments.settings.heading')}</h2>
<fieldset><legend>${t('comments.settings.who')}</legend>
${opt('everyone', t('comments.settings.everyone'))}${opt('registered', t('comments.settings.registered'))}${opt('nobody', t('comments.settings.nobody'))}
</fieldset>
<div class="field checkbox"><input type="checkbox" id="moderate_comments" name="moderate_comments" value="1"${s.moderated ? html` checked` : ''}> <label for="moderate_comments">${t('comments.settings.hold')}</label></div>
<p class="actions"><button type="submit">${t('comments.settings.save')}</button></p>
</form>`;
}

/** GET /works/:id/comments (and per chapter): every thread, paginated, newest or oldest first. */
export function commentsPage(ctx: PageContext, v: CommentsView & { newest: boolean; basePath: string }): Html {
  const work = v.data.page.work;
  const chapter = v.chapterId !== undefined ? v.data.page.chapters.findIndex((c) => c.id === v.chapterId) + 1 : 0;
  const title = chapter ? t('comments.page.title_chapter', { title: work.title, n: chapter }) : t('comments.page.title', { title: work.title });
  const sortLink = v.newest ? html`<a href="${v.basePath}">${t('comments.sort.oldest')}</a>` : html`<a href="${v.basePath}?sort=newest">${t('comments.sort.newest')}</a>`;
  const pages = pagination(v.basePath, v.data.window);
  return layout(ctx, title, html`<h1 class="heading">${title}</h1>
<p><a href="/works/${work.id}">${t('comments.back_to_work')}</a> · ${sortLink}</p>
${settingsForm(ctx, v)}
${formOrNotice(ctx, v, t('comments.form.heading'), 2)}
<section aria-labelledby="all_comments"><h2 id="all_comments" class="heading">${t('comments.count', { count: v.data.count })}</h2>
${list(ctx, v, v.data.threads, 3)}</section>
${v.newest && pages ? html`<p>${t('comments.sorted_newest')}</p>` : ''}${pages}`);
}

/** GET /works/:id/comments/:cid: one thread, with the form to reply to that comment. */
export function threadPage(ctx: PageContext, v: CommentsView): Html {
  const work = v.data.page.work;
  const title = t('comments.thread.title', { title: work.title });
  return layout(ctx, title, html`<h1 class="heading">${title}</h1>
<p><a href="/works/${work.id}">${t('comments.back_to_work')}</a> · <a href="/works/${work.id}/comments">${t('comments.all')}</a></p>
<section aria-labelledby="thread_heading"><h2 id="thread_heading" class="heading">${t('comments.thread.heading')}</h2>${list(ctx, v, v.data.threads, 3)}</section>
${formOrNotice(ctx, v, t('comments.reply'), 2)}`);
}
