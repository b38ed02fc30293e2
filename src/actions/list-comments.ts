/** Reading comments: a work's or chapter's threads (nested, then flattened for display), a user's reviews, the moderation queue. */
import { keptWith, pageAccess, readWork, type WorkPage } from './read-work.ts';
import { commentSettingsOf } from './comment-settings.ts';
import { countThreads, countedComments, threadRoots, commentsOfThreads, listComments, commentById, type CommentRecord, type CommentFilter } from '../storage/comments.ts';
import { userByLogin } from '../storage/users.ts';
import { commentRefusal, canModerateComments, canSeeComment, canReadHiddenComment, shownDepth, type CommentSettings, type CommentRefusal } from '../domain/comment-rules.ts';
import { hasRole, type Viewer } from '../domain/permissions.ts';
import { pageWindow, type PageWindow } from '../domain/pagination.ts';
import { NotFound } from '../domain/errors.ts';
import { mutedUserIds } from '../storage/blocklist.ts';
import type { Context } from './context.ts';
import { pseudChoices } from './pseuds.ts';
import type { Pseud } from '../domain/pseud.ts';
import { t } from '../i18n/translate.ts';

/** A comment in display order with the depth it is indented to. */
export interface ShownComment {
  comment: CommentRecord;
  indent: number;
  /** Written by someone the viewer muted: shown folded, in its place, so the replies around it keep theirs. */
  muted: boolean;
}

/** A page of a work's comments and what the comment form needs. */
export interface WorkComments {
  page: WorkPage;
  threads: ShownComment[];
  /** Threads, for paging (a deleted comment with replies still holds its thread's place). */
  window: PageWindow;
  /** How many comments the work (or the chapter listed) has: the number every counter shows. */
  count: number;
  settings: CommentSettings;
  refusal: CommentRefusal | 'frozen' | undefined;
  canModerate: boolean;
  /** The viewer's pseuds, for the form's Creator/Pseud(s) menu (none for guests). */
  pseuds: Pseud[];
}

export const COMMENTS_PER_PAGE = 20;

/** A comment as the viewer may read it: one moderators hid keeps its place in the thread but not its text. */
export function redactHidden(viewer: Viewer, c: CommentRecord): CommentRecord {
  return c.hiddenAt === null || canReadHiddenComment(viewer, c) ? c : { ...c, bodyHtml: '', bodySource: '' };
}

/** Orders a thread's comments parent-first (replies oldest first under their parent), marking the `muted` writers'. */
export function flattenThreads(roots: readonly CommentRecord[], all: readonly CommentRecord[], muted: ReadonlySet<number> = new Set()): ShownComment[] {
  const children = new Map<number, CommentRecord[]>();
  for (const c of all) if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const out: ShownComment[] = [];
  const visit = (c: CommentRecord) => {
    out.push({ comment: c, indent: shownDepth(c.depth), muted: c.userId !== null && muted.has(c.userId) });
    for (const child of children.get(c.id) ?? []) visit(child);
  };
  roots.forEach(visit);
  return out;
}

/** A work's (or one chapter's) published comments, a page of threads at a time. */
export async function listWorkComments(ctx: Context, viewer: Viewer, input: { workId: number } & ListOptions): Promise<WorkComments> {
  return commentsOfPage(ctx, viewer, await readWork(ctx, viewer, input.workId), input);
}

/** Which comments of a work to list. */
export interface ListOptions {
  chapterId?: number;
  page?: string | number;
  newest?: boolean;
  perPage?: number;
}

/** A page of a work's threads as every reader sees them, before the viewer's rules (hidden text, mutes). */
interface SharedThreads {
  window: PageWindow;
  settings: CommentSettings;
  count: number;
  roots: CommentRecord[];
  all: CommentRecord[];
}

async function sharedThreads(ctx: Context, page: WorkPage, input: ListOptions): Promise<SharedThreads> {
  const filter: CommentFilter = { workId: page.work.id, chapterId: input.chapterId, statuses: ['published', 'deleted'] };
  const [total, settings, count] = await Promise.all([
    countThreads(ctx.db, filter), commentSettingsOf(ctx.db, page.work.id),
    input.chapterId === undefined ? page.work.comments : countedComments(ctx.db, page.work.id, input.chapterId),
  ]);
  const window = pageWindow(input.page ?? 1, total, input.perPage ?? COMMENTS_PER_PAGE);
  const roots = await threadRoots(ctx.db, filter, { offset: window.offset, limit: window.perPage, newest: input.newest ?? false });
  const all = (await commentsOfThreads(ctx.db, roots.map((r) => r.id))).filter((c) => c.status === 'published' || c.status === 'deleted');
  return { window, settings, count, roots, all };
}

/**
 * The comments of a work already loaded for reading (the work page's block). `known` is what the page already read
 * of the viewer: their pseuds, and whether their blocklist is empty (then nobody is muted).
 */
export async function commentsOfPage(ctx: Context, viewer: Viewer, page: WorkPage, input: ListOptions, known?: { pseuds: Pseud[]; mutesNobody: boolean }): Promise<WorkComments> {
  if (input.chapterId !== undefined && !page.chapters.some((c) => c.id === input.chapterId)) throw new NotFound(t('errors.chapter.none'));
  const access = pageAccess(page);
  const key = `comments ${input.chapterId} ${input.page} ${input.perPage} ${input.newest}`;
  const [shared, muted, pseuds] = await Promise.all([
    keptWith(page, key, () => sharedThreads(ctx, page, input)),
    known?.mutesNobody ? new Set<number>() : mutedUserIds(ctx.db, viewer?.id),
    known?.pseuds ?? pseudChoices(ctx, viewer),
  ]);
  const { window, settings, count, roots } = shared;
  const all = shared.all.map((c) => redactHidden(viewer, c));
  const threads = flattenThreads(roots.map((c) => redactHidden(viewer, c)), all, muted).filter((s, i, list) => s.comment.status !== 'deleted' || (list[i + 1]?.indent ?? -1) > s.indent);
  return { page, threads, window, count, settings, refusal: commentRefusal(viewer, access, settings), canModerate: canModerateComments(viewer, access), pseuds };
}

/** "Reviews by {user}": their published comments on works the viewer may read, newest first. */
export async function listUserComments(ctx: Context, viewer: Viewer, input: { login: string; page?: string }) {
  const user = await userByLogin(ctx.db, input.login);
  if (!user) throw new NotFound(t('errors.no_account'));
  const filter: CommentFilter = { userId: user.id, statuses: ['published'], readableBy: viewer ? 'user' : 'guest' };
  const first = pageWindow(input.page ?? 1, Number.MAX_SAFE_INTEGER, COMMENTS_PER_PAGE);
  const { total, items } = await listComments(ctx.db, filter, { offset: first.offset, limit: COMMENTS_PER_PAGE });
  return { user, items, window: pageWindow(input.page ?? 1, total, COMMENTS_PER_PAGE) };
}

/** Held comments (pending approval or caught as spam): on the viewer's works, or everywhere for moderators. */
export async function moderationQueue(ctx: Context, viewer: NonNullable<Viewer>, input: { page?: string }) {
  const filter: CommentFilter = { statuses: ['pending', 'spam'], ...(hasRole(viewer, 'moderator') ? {} : { creatorId: viewer.id }) };
  const first = pageWindow(input.page ?? 1, Number.MAX_SAFE_INTEGER, COMMENTS_PER_PAGE);
  const { total, items } = await listComments(ctx.db, filter, { offset: first.offset, limit: COMMENTS_PER_PAGE });
  return { items, window: pageWindow(input.page ?? 1, total, COMMENTS_PER_PAGE) };
}

/** One thread (the whole of it) for the thread page, where the reply form answers `commentId`. */
export async function readThread(ctx: Context, viewer: Viewer, input: { workId: number; commentId: number }): Promise<WorkComments & { target: CommentRecord }> {
  const page = await readWork(ctx, viewer, input.workId);
  const access = pageAccess(page);
  const target = await commentById(ctx.db, input.commentId);
  if (!target || target.workId !== page.work.id || !canSeeComment(viewer, target, access)) throw new NotFound(t('errors.comment.none'));
  const all = (await commentsOfThreads(ctx.db, [target.threadRootId])).filter((c) => c.id === target.id || c.status === 'published' || c.status === 'deleted').map((c) => redactHidden(viewer, c));
  const root = all.find((c) => c.id === target.threadRootId);
  const [settings, muted, pseuds] = await Promise.all([commentSettingsOf(ctx.db, page.work.id), mutedUserIds(ctx.db, viewer?.id), pseudChoices(ctx, viewer)]);
  const refusal = target.frozen ? 'frozen' : target.status !== 'published' ? 'closed' : commentRefusal(viewer, access, settings);
  return { page, target: redactHidden(viewer, target), threads: root ? flattenThreads([root], all, muted) : [], window: pageWindow(1, 1, 1), count: page.work.comments, settings, refusal, canModerate: canModerateComments(viewer, access), pseuds };
}
