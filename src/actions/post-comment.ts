/** Posting a comment (review) on a work or chapter, or a reply: permission, validation, spam checks, notifications. */
import { withoutBidiControls } from '../domain/line-text.ts';
import { readableWork } from './read-work.ts';
import { chapterById } from '../storage/chapters.ts';
import { canEditWork, type Viewer, type WorkAccess } from '../domain/permissions.ts';
import { commentSettingsOf, commentRendering } from './comment-settings.ts';
import { notifyOfComment, sendAll } from './comment-notify.ts';
import { insertComment, commentById, refreshCommentCount, recentTextsFrom, type CommentRecord } from '../storage/comments.ts';
import { getWindow, putWindow } from '../storage/rate-limits.ts';
import { commentRefusal, commentTextProblem, needsApproval, refusalText, canSeeComment, loginWouldHelp, loginToComment, type CommentStatus } from '../domain/comment-rules.ts';
import { spamReason, guestProblems, GUEST_COMMENT_LIMIT } from '../domain/spam.ts';
import { checkLimit, recordAttempt } from '../domain/rate-limit.ts';
import { renderComment } from '../domain/comment-text.ts';
import { assertValid, Forbidden, LoginRequired, NotFound, TooManyRequests } from '../domain/errors.ts';
import type { Context } from './context.ts';
import { assertMayParticipate } from './site-policy.ts';
import { chosenPseud } from './pseuds.ts';
import { setCommentPseud } from '../storage/pseuds.ts';
import { t } from '../i18n/translate.ts';

/** What a commenter sends. */
export interface CommentInput {
  workId: number;
  chapterId?: number;
  parentId?: number;
  text: string;
  guestName?: string;
  guestEmail?: string;
  /** The hidden field only bots fill in. */
  honeypot?: string;
  /** A member's Creator/Pseud(s) choice: one of their pseud ids, '' or absent for their default. */
  pseudId?: string;
  ipHash: string;
}

/** The comment replied to, when it may be replied to. */
async function parentFor(ctx: Context, viewer: Viewer, workId: number, access: WorkAccess, parentId: number): Promise<CommentRecord> {
  const parent = await commentById(ctx.db, parentId);
  if (!parent || parent.workId !== workId || !canSeeComment(viewer, parent, access) || parent.status !== 'published') throw new NotFound(t('errors.comment.none'));
  if (parent.frozen) throw new Forbidden(refusalText('frozen'));
  return parent;
}

/** Whether a chapter of this work has been posted, and the viewer may see it (its creators see unposted ones too). */
async function commentableChapter(ctx: Context, viewer: Viewer, workId: number, access: WorkAccess, chapterId: number): Promise<boolean> {
  const chapter = Number.isSafeInteger(chapterId) ? await chapterById(ctx.db, chapterId) : undefined;
  return chapter !== undefined && chapter.workId === workId && chapter.postedAt !== null && (chapter.status === 'posted' || canEditWork(viewer, access));
}

/** Posts a comment; returns it with its status (published, or held as pending or spam). */
export async function postComment(ctx: Context, viewer: Viewer, input: CommentInput): Promise<CommentRecord> {
  if (viewer) await assertMayParticipate(ctx, viewer);
  // The reading rules (hidden works are NotFound, registered-only ones ask guests to log in), without the work's text.
  const { work, access } = await readableWork(ctx, viewer, input.workId);
  const settings = await commentSettingsOf(ctx.db, work.id);
  const refusal = commentRefusal(viewer, access, settings);
  if (refusal && loginWouldHelp(refusal)) throw new LoginRequired(loginToComment(refusal));
  if (refusal) throw new Forbidden(refusalText(refusal));
  const parent = input.parentId ? await parentFor(ctx, viewer, work.id, access, input.parentId) : undefined;
  const chapterId = parent ? parent.chapterId : input.chapterId ?? null;
  if (chapterId !== null && !(await commentableChapter(ctx, viewer, work.id, access, chapterId))) throw new NotFound(t('errors.chapter.none'));
  const guest = viewer ? { name: '', email: '' } : { name: withoutBidiControls(input.guestName ?? '').trim(), email: (input.guestEmail ?? '').trim() };
  const textProblem = commentTextProblem(input.text);
  assertValid({ ...(textProblem ? { comment: textProblem } : {}), ...(viewer ? {} : guestProblems(guest.name, guest.email)) });
  const pseudId = viewer ? await chosenPseud(ctx.db, viewer, input.pseudId) : null;
  const body = renderComment(input.text, await commentRendering(ctx.db));
  const now = ctx.now();
  let status: CommentStatus = needsApproval(viewer, access, settings) ? 'pending' : 'published';
  if (!viewer) {
    const key = `comment:ip:${input.ipHash}`;
    const window = await getWindow(ctx.db, key);
    const verdict = checkLimit(window, GUEST_COMMENT_LIMIT, now);
    if (!verdict.allowed) throw new TooManyRequests(verdict.retryAfterSeconds, t('errors.comment.too_many'));
    await putWindow(ctx.db, key, recordAttempt(window, GUEST_COMMENT_LIMIT, now));
    const recentTexts = await recentTextsFrom(ctx.db, work.id, input.ipHash, now - 24 * 60 * 60_000);
    if (spamReason({ text: input.text, honeypot: input.honeypot ?? '', recentTexts })) status = 'spam';
  }
  const { comment, mails } = await ctx.db.transaction(async (tx) => {
    const id = await insertComment(tx, {
      workId: work.id, chapterId, parentId: parent?.id ?? null, threadRootId: parent?.threadRootId ?? null, depth: parent ? parent.depth + 1 : 0,
      userId: viewer?.id ?? null, guestName: guest.name, guestEmail: guest.email, ...body, status, ipHash: input.ipHash, now,
    });
    if (pseudId !== null) await setCommentPseud(tx, id, pseudId);
    const comment = (await commentById(tx, id))!;
    if (status !== 'published') return { comment, mails: [] };
    await refreshCommentCount(tx, work.id);
    return { comment, mails: await notifyOfComment(ctx, tx, comment, { title: work.title, creatorIds: access.creatorIds }, parent?.userId ?? null) };
  });
  await sendAll(ctx, mails);
  return comment;
}
